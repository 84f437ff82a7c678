// Round 50: the answers pass on the freshest sets; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a rejection by a demonstrative answers the statement it follows", () => {
  it("'The airline disputed that comparison' answers the figure just before, not the accuser's lead it shares more words with", () => {
    const text =
      "SAO PAULO, Oct 7 (Reuters) - Brazilian airline Voa Brasil blamed air-traffic controllers on Monday for a week of cancellations, saying a slowdown had forced it to cancel 412 flights.\n" +
      "The controllers' union, SNCTA, accused Voa Brasil of scheduling more flights at peak hours than the airspace could handle. Its president, Marcos Vieira, said Voa Brasil had accounted for 61% of all cancellations in the country last week.\n" +
      "The airline disputed that comparison, saying it scheduled no more flights at peak hours than its rivals.";
    const { statements } = readExtraction(text);
    const denial = statements.find((x) => x.quote.includes("disputed that comparison"));
    const figure = statements.find((x) => x.quote.includes("61%"));
    expect(denial?.category).toBe("denial");
    expect(figure).toBeDefined();
    expect(denial?.answers).toBe(figure?.ref);
  });
  it("'Grosu dismissed that as ...' from a side no one has charged answers the words just before and is aimed at their side", () => {
    const text =
      "BALTI, Moldova (Reuters) - Moldova's anti-corruption prosecutors accused the mayor of Balti, Vasile Cojocaru, on Tuesday of rigging a street-lighting tender for a company owned by his cousin.\n" +
      "Cojocaru said the opposition councillors had leaked the tender file to the press to damage him before the election.\n" +
      'The Civic Renewal bloc\'s leader, Natalia Grosu, dismissed that as "the oldest trick there is."';
    const { statements } = readExtraction(text);
    const denial = statements.find((x) => x.quote.includes("dismissed that as"));
    const leak = statements.find((x) => x.quote.includes("leaked the tender file"));
    expect(denial?.category).toBe("denial");
    expect(leak).toBeDefined();
    expect(denial?.answers).toBe(leak?.ref);
    expect(denial?.targetNames).toContain(leak?.forName);
  });
  it("a denial with content of its own ('denied that any exit had been locked') is no demonstrative (guard)", () => {
    const text =
      "DHAKA (Reuters) - A federation of garment unions accused Meghna Knitwear on Sunday of locking the exits of its factory before a fire that killed 14 workers.\n" +
      "The federation said the gates had been padlocked from outside.\n" +
      "Meghna Knitwear denied that any exit had been locked.";
    const { statements } = readExtraction(text);
    const denial = statements.find((x) => x.quote.includes("any exit had been locked"));
    const lead = statements.find((x) => x.quote.includes("locking the exits"));
    expect(denial?.answers).toBe(lead?.ref);
  });
});

describe("a charged side's first charge at a third party, in the next paragraph, passes the blame on", () => {
  it("'Yildiz Insaat blamed inspectors from the ... Municipality' answers the ministry's charge against it", () => {
    const text =
      "ISTANBUL (Reuters) - Turkey's environment ministry said on Monday that the building's contractor, Yildiz Insaat, had added four illegal floors to the block that collapsed, killing 11 people.\n" +
      "Yildiz Insaat blamed inspectors from the Istanbul Metropolitan Municipality for failing to carry out checks.";
    const { statements } = readExtraction(text);
    const ministry = statements.find((x) => x.quote.includes("illegal floors"));
    const contractor = statements.find((x) => x.quote.includes("failing to carry out checks"));
    expect(contractor?.targetNames).toContain("Istanbul Metropolitan Municipality");
    expect(contractor?.category).toBe("counter-accusation");
    expect(contractor?.answers).toBe(ministry?.ref);
  });
  it("a threat of the charged side ('the owner would be arrested if ...') answers nothing (guard)", () => {
    const text =
      "DHAKA (Reuters) - A federation of garment unions accused Meghna Knitwear on Sunday of locking the exits of its factory before a fire that killed 14 workers.\n" +
      'The Bangladesh Garment Manufacturers and Exporters Association urged the government not to "rush to judgment" before an inquiry.\n' +
      "Home Minister Salma Akter said the owner would be arrested if the investigation found the doors had been locked.";
    const { statements } = readExtraction(text);
    const threat = statements.find((x) => x.quote.includes("would be arrested"));
    expect(threat?.category).toBe("threat");
    expect(threat?.answers).toBeUndefined();
  });
});
