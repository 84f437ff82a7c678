// Round 45: the side of vague plural voices; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a vague plural voice speaks for its group", () => {
  it("'Some customers said ...' is the customers'", () => {
    const text =
      "SYDNEY - The data regulator accused Harbourline Insurance on Monday of waiting three weeks to report a breach of its members' records.\n" +
      "Harbourline said it had acted as soon as it knew how many members were affected.\n" +
      "Some customers said they had learned of the breach from the media before they heard from the insurer.";
    const { statements } = readExtraction(text);
    const customers = statements.find((x) => x.quote.includes("learned of the breach"));
    expect(customers).toBeDefined();
    expect(customers?.forName?.toLowerCase()).toBe("customers");
    expect(customers?.targetNames).toContain("Harbourline Insurance");
  });
  it("', while residents accused the company of ...' is the residents'", () => {
    const text =
      "VILNIUS - The state gas company has blamed sabotage for a pipeline blast that killed two people in the town of Kedainiai, while residents accused the company of ignoring months of complaints about the smell of gas.\n" +
      "The company, Baltic Gas Networks, said the pipe had passed a pressure test in June.";
    const { statements } = readExtraction(text);
    const residents = statements.find((x) => x.quote.includes("ignoring months of complaints"));
    expect(residents).toBeDefined();
    expect(residents?.forName?.toLowerCase()).toBe("residents");
  });
  it("'Some former athletes have called on X to resign' is the former athletes', not the athletes'", () => {
    const text =
      "KINGSTON - The national athletics federation dropped four sprinters from its world championships team on Tuesday, and its president, Marlon Grant, said rules were rules.\n" +
      "The sprinters' club accused Grant of punishing them over a row about unpaid bonuses.\n" +
      "Some former athletes have called on Grant to resign.";
    const { statements } = readExtraction(text);
    const former = statements.find((x) => x.quote.includes("called on Grant to resign"));
    expect(former?.forName?.toLowerCase()).toBe("former athletes");
    expect(former?.category).toBe("demand");
  });
  it("'In Karasu, where ..., residents accused ...' founds the residents of Karasu", () => {
    const text =
      "ALMATY - Kazakhstan's emergencies ministry accused the Zhambyl Azot plant on Monday of failing to report an ammonia leak for two hours.\n" +
      "The plant denied the charge.\n" +
      "In Karasu, where most of those taken to hospital live, residents accused the city administration of failing to sound the sirens.";
    const { statements } = readExtraction(text);
    const residents = statements.find((x) => x.quote.includes("failing to sound the sirens"));
    expect(residents?.forName).toBe("Residents of Karasu");
  });
  it("'Critics say ...', 'Analysts said ...' and 'Experts say ...' stay without a side (guard)", () => {
    const text =
      "ACCRA - Ghana's opposition accused the government on Monday of hiding an audit of the school-meals programme.\n" +
      "The government denied hiding anything.\n" +
      "Critics say the government has starved the programme of money for years.\n" +
      "Analysts said the government had blamed the caterers for its own delays.\n" +
      "Experts say the ministry has ignored warnings about the programme's debts.";
    const { statements } = readExtraction(text);
    for (const words of ["starved the programme", "blamed the caterers", "ignored warnings"]) {
      const found = statements.find((x) => x.quote.includes(words));
      if (found) expect(found.speaksFor).toBeNull();
    }
    expect(statements.some((x) => x.quote.includes("starved the programme"))).toBe(true);
  });
  it("a voice in a list, a relative clause or after 'saying' founds no group (guard)", () => {
    const text =
      "BAGHDAD - Iraq accused Turkey on Monday of cutting the flow of the Tigris, blaming dams upstream for a drought that farmers say has destroyed half of this year's wheat crop.\n" +
      "The Bangladesh Railway Workers' Federation blamed the contractors who installed a new signalling system at the junction last year, saying drivers had reported faults at least four times since March.";
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("blaming dams upstream"))?.quote).toContain("wheat crop");
    expect(statements.find((x) => x.quote.includes("blamed the contractors"))?.quote).toContain("since March");
    expect(statements.some((x) => x.forName?.toLowerCase() === "farmers")).toBe(false);
    expect(statements.some((x) => x.forName?.toLowerCase() === "drivers")).toBe(false);
  });
  it("what a vague plural voice says with no cue and no target is still not proposed (guard)", () => {
    const text =
      "ALMATY - Kazakhstan accused Kyrgyzstan on Monday of holding up trucks at the border to press its claim over an unpaid electricity bill.\n" +
      "Kazakhstan's trade ministry also blamed Kyrgyz customs officers for demanding bribes at the crossing.\n" +
      "Kyrgyzstan denied holding up any trucks.\n" +
      "Drivers said they had been left for days without food, water or toilets.";
    const { statements } = readExtraction(text);
    expect(statements.some((x) => x.quote.includes("without food, water or toilets"))).toBe(false);
  });
});
