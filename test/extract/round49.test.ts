// Round 49: actors named wrong on the freshest sets; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a title word inside a body's name is the name's, not a person's title", () => {
  it("'the Harbour City Executive Power' is one body, not 'Harbour City' and 'Power'", () => {
    const text =
      "TIRANA - Residents of a collapsed block accused the Harbour City Executive Power on Monday of letting a developer add two floors without a survey.\n" +
      "The Harbour City Executive Power said in a statement that the floors had been built before its officials took office.";
    const { extraction, statements } = readExtraction(text);
    const names = extraction.actors.map((a) => a.name);
    expect(names).toContain("Harbour City Executive Power");
    expect(names).not.toContain("Power");
    const city = statements.find((x) => x.quote.includes("before its officials took office"));
    expect(city?.forName).toBe("Harbour City Executive Power");
  });
  it("'The Anti-Fraud Prosecutor's Office' and 'The Prosecutor General's Office' are offices, not 'Anti-Fraud' nor 'General's Office'", () => {
    const text =
      "CHISINAU - Prosecutors searched the town hall of Orhei on Tuesday over a street-lighting tender.\n" +
      "The Anti-Fraud Prosecutor's Office accused the mayor, Ion Rusu, of steering the deal to a company run by his former driver.\n" +
      "Rusu denied any wrongdoing. The Prosecutor General's Office said it had opened a criminal case against the firm that won the tender.";
    const { extraction } = readExtraction(text);
    const names = extraction.actors.map((a) => a.name);
    expect(names).toContain("Anti-Fraud Prosecutor's Office");
    expect(names).toContain("Prosecutor General's Office");
    expect(names).not.toContain("Anti-Fraud");
    expect(names).not.toContain("General's Office");
  });
  it("'The Tunisian General Labour Union' is a union, not Tunisia's military", () => {
    const text =
      "SFAX, Tunisia - Doctors at a public hospital in Sfax went on strike on Monday over unpaid overtime.\n" +
      "The Tunisian General Labour Union (UGTT), the country's main labour federation, said it supported the strike and accused the Health Ministry of breaking its promises.";
    const { statements } = readExtraction(text);
    const union = statements.find(
      (x) => x.quote.includes("breaking its promises") || x.quote.includes("supported the strike"),
    );
    expect(union?.forName).toBe("Tunisian General Labour Union");
    expect(union?.forTop).not.toBe("Tunisia");
  });
  it("a title before a person's name stays a title ('Port Mayor Ana Lopes said', guard)", () => {
    const text =
      "LISBON - Port Mayor Ana Lopes accused the ferry operator on Friday of cancelling sailings without notice.";
    const { extraction } = readExtraction(text);
    const names = extraction.actors.map((a) => a.name);
    expect(names).toContain("Ana Lopes");
    expect(names.some((n) => n.includes("Mayor Ana"))).toBe(false);
  });
});

describe("'Office of the <office-holder>' is the office's whole name", () => {
  it("'The Office of the President said ...' is 'Office of the President', not 'Office'", () => {
    const text =
      "ULAANBAATAR - Mongolia's finance minister accused the president on Friday of delaying the budget bill.\n" +
      "The Office of the President said in a statement that its objections had been sent to the ministry in writing in September.";
    const { extraction, statements } = readExtraction(text);
    const names = extraction.actors.map((a) => a.name);
    expect(names).toContain("Office of the President");
    expect(names).not.toContain("Office");
    const office = statements.find((x) => x.quote.includes("objections had been sent"));
    expect(office?.forName).toBe("Office of the President");
  });
  it("'the Office of the Auditor-General' is one body too", () => {
    const text =
      "SUVA - The opposition accused the roads ministry on Wednesday of handing a contract to a firm without a tender.\n" +
      "The Office of the Auditor-General said it had asked the ministry for the contract's papers twice.";
    const { extraction } = readExtraction(text);
    expect(extraction.actors.map((a) => a.name)).toContain("Office of the Auditor-General");
  });
});

describe("a state whose demonym is its own name closes a body's name as any state's name does", () => {
  it("'accused Rowing Integrity New Zealand' is one body, not 'Rowing Integrity' beside New Zealand", () => {
    const text =
      "WELLINGTON - The Aotearoa Rowing Federation accused Rowing Integrity New Zealand on Monday of leaking a rower's test result to reporters.\n" +
      "Rowing Integrity New Zealand rejected the accusation.";
    const { extraction, statements } = readExtraction(text);
    const names = extraction.actors.map((a) => a.name);
    expect(names).toContain("Rowing Integrity New Zealand");
    expect(names).not.toContain("Rowing Integrity");
    const charge = statements.find((x) => x.quote.includes("test result to reporters"));
    expect(charge?.targetNames).toEqual(["Rowing Integrity New Zealand"]);
  });
});

describe("a name, lower-case words and a civic body's head after 'the' are the body's whole name", () => {
  it("'The Ujiji fishermen's cooperative accused ...' speaks for the cooperative, not 'Ujiji'", () => {
    const text =
      "KIGOMA, Tanzania - The Ujiji fishermen’s cooperative accused Burundi's navy on Monday of seizing four of its boats on the lake.\n" +
      "The cooperative said its members had been fishing in Tanzanian waters.";
    const { extraction, statements } = readExtraction(text);
    const names = extraction.actors.map((a) => a.name);
    expect(names).toContain("Ujiji fishermen’s cooperative");
    expect(names).not.toContain("Ujiji");
    const charge = statements.find((x) => x.quote.includes("seizing four of its boats"));
    expect(charge?.forName).toBe("Ujiji fishermen’s cooperative");
  });
});

describe("'Office of the <demonym> <title>' is one body too", () => {
  it("'The Office of the Australian Information Commissioner said ...' is the whole office", () => {
    const text =
      "SYDNEY - Customers accused Meridale Health on Monday of hiding the size of a data breach.\n" +
      "The Office of the Australian Information Commissioner accused Meridale Health of failing to report the breach within 30 days.";
    const { extraction } = readExtraction(text);
    const names = extraction.actors.map((a) => a.name);
    expect(names).toContain("Office of the Australian Information Commissioner");
    expect(names).not.toContain("Office of the Australian Information");
  });
});
