// Round 35: statements whose accused were wrong; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a court named is where a case goes, not whom the words blame", () => {
  it("'would file in the Federal Court' accuses the company, not the court", () => {
    const text =
      "Customers accused Harnby Health on Friday of leaving their records unprotected. " +
      "Law firm Carrow Pryce said it had registered more than 40,000 people for a possible class action against Harnby Health and would file in the Federal Court within weeks.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("class action"));
    expect(s?.targetNames).toEqual(["Harnby Health"]);
  });
  it("'would move the Supreme Court if ...' threatens no court", () => {
    const text =
      "Farmers accused the Punjab government of failing to stop stubble burning. " +
      "Delhi's environment minister, Rakesh Mehra, said the Delhi government would move the Supreme Court if the number of fires did not fall this week.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("Supreme Court"));
    expect(s?.category).toBe("threat");
    expect(s?.targetNames).not.toContain("Supreme Court");
  });
  it("'urged Venezuela to respect a ruling by the International Court of Justice' demands nothing of the court", () => {
    const text =
      "Guyana accused Venezuela of sending troops across the border. " +
      "The United States urged Venezuela to respect a 2023 ruling by the International Court of Justice.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("ruling"));
    expect(s?.targetNames).toEqual(["Venezuela"]);
  });
  it("a court a verb of blame takes is still its target", () => {
    const text = "The Harnby Farmers' Union accused the Supreme Court of ignoring the evidence of 200 growers.";
    const { statements } = readExtraction(text);
    expect(statements[0]?.targetNames).toContain("Supreme Court");
  });
});

describe("'the airline', 'the company' is the name the text set right after that noun", () => {
  it("'Brazilian airline Voa Celeste' is 'the airline' of the union's words, though read as a person", () => {
    // ("said Voa Celeste had accounted for" reads the name as a person's; "the airline" then fell to
    // the only body named before, the news agency of the dateline.)
    const text =
      "By Ana Lima\nSAO PAULO, Oct 7 (Southern Cross Wire) - Brazilian airline Voa Celeste blamed air-traffic controllers on Monday for a week of delays.\n" +
      "The controllers' union said the airline was using its members as scapegoats for its own shortage of crews. " +
      "Its president said Voa Celeste had accounted for 61% of all cancellations last week.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("scapegoats"));
    expect(s?.targetNames).toEqual(["Voa Celeste"]);
  });
  it("'the company, Fjordlaks Sjømat AS,' is the company the association's demand is made of", () => {
    const text =
      "Some 40,000 salmon escaped from a fish farm in western Norway last week. The Directorate of Fisheries said mooring lines had worn through.\n" +
      "The directorate has reported the company, Fjordlaks Sjømat AS, to the police.\n" +
      "The Sunnfjord River Owners' Association said Fjordlaks Sjømat had ignored years of warnings. It demanded that the company pay the full cost of the recapture effort.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("full cost"));
    expect(s?.targetNames).toEqual(["Fjordlaks Sjømat"]);
  });
  it("not the person after 'a spokesman for the company,'", () => {
    const text =
      "Garment workers accused Meghna Threads of locking the factory's exits. " +
      '"The doors were open," a spokesman for the company, Anis Rahman, said. ' +
      "The workers' federation said the company had ignored three fire inspections.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("fire inspections"));
    expect(s?.targetNames).not.toContain("Anis Rahman");
  });
});

describe("'the directorate' is a body named before", () => {
  it("'the directorate should ask itself' charges the Directorate of Fisheries", () => {
    const text =
      "The Directorate of Fisheries accused Fjordlaks Sjømat of neglecting its moorings.\n" +
      '"And the directorate should ask itself why this farm was still operating at that site at all," said Arne Fjell, the leader of the Sunnfjord River Owners\' Association.';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("ask itself"));
    expect(s?.targetNames).toContain("Directorate of Fisheries");
  });
});

describe("a state's forces by their common noun, doing the charged act, are the state's", () => {
  it("'the gendarmes had opened fire' charges Guinea's government", () => {
    const text =
      "CONAKRY (Harnby Wire) - Four people were killed in the Guinean town of Kamsar on Tuesday. The security ministry accused the organisers of attacking the security forces.\n" +
      "The Kamsar Residents' Committee said the gendarmes had opened fire on a peaceful crowd without warning.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("opened fire"));
    expect(s?.targetTops).toEqual(["Guinea"]);
  });
  it("'had been detained by police' charges the story's state", () => {
    const text =
      "Villagers in Hoima accused the pipeline company of underpaying them for their land. The Ugandan government said the payments were fair.\n" +
      "The Centre for Land Rights said two of its field officers had been detained by police in Buliisa district for more than 48 hours.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("detained by police"));
    expect(s?.targetTops).toEqual(["Uganda"]);
  });
  it("not police asked to investigate", () => {
    const text =
      "Mayor Hendra Wijaya accused Harnby Construction of using cheap concrete in the sea wall. " +
      "He said the city would withhold payment and had asked police to investigate Harnby Construction.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("asked police"));
    expect(s?.targetNames).toEqual(["Harnby Construction"]);
  });
});
