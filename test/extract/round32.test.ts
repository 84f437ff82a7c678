// Round 32: officials described by a possessive phrase for their body, left without a side; each
// mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a form of address after the comma does not hide the description before it", () => {
  it("'The water board's chief engineer, Dr Maria Lindqvist,' speaks for the water board", () => {
    const text =
      "Residents of Harnby accused the Harnby Water Board of ignoring warnings about a burst main. " +
      "The water board's chief engineer, Dr Maria Lindqvist, said the residents had been told to boil their water.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("boil"));
    expect(s?.speakerName).toBe("Maria Lindqvist");
    expect(s?.forName).toBe("Harnby Water Board");
    expect(s?.speaker?.title).toBe("water board's chief engineer");
  });
  it("'The league's president, Professor Omar Haddad,' speaks for the league", () => {
    const text =
      "The Coastal Football League accused the broadcaster of withholding a payment. " +
      "The league's president, Professor Omar Haddad, said the broadcaster had breached its contract.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("breached"));
    expect(s?.forName).toBe("Coastal Football League");
  });
  it("a name with no description before it keeps its form of address as its title", () => {
    const text = "Dr Maria Lindqvist accused the water board of ignoring warnings about a burst main.";
    const { statements } = readExtraction(text);
    expect(statements[0]?.speaker?.title).toBe("Dr");
  });
});

describe("a common noun's possessive deep in a title says whose official it is", () => {
  it("'The ambulance service’s director of operations' speaks for the service, not the board named last", () => {
    const text =
      "The Northern Ambulance Service and the Harnby Health Board blamed each other for the delay.\n" +
      "The hearing lasted four days and heard from 14 witnesses.\n" +
      "The ambulance service’s director of operations, Mark Ellis, said crews had lost 900 hours because the health board had failed to add beds.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("900 hours"));
    expect(s?.forName).toBe("Northern Ambulance Service");
  });
  it("not a person's possessive ('Mrs Holt's son')", () => {
    const text =
      "The Harnby Water Board apologised to the family of a woman who died. " +
      "Mrs Holt's son, Peter Holt, said the family had been lied to.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("lied"));
    expect(s?.forName).not.toBe("Holt");
  });
});

describe("a title's union or party is a union or a party", () => {
  it("'union president X' is not the company the story names most", () => {
    const text =
      "Andes Air was sued on Monday by the family of a passenger who died. Andes Air said it could not comment. " +
      "Andes Air acknowledged that its crew had worked a double shift.\n" +
      "A pilots' union said it had warned the airline about fatigue for months. " +
      '"Management chose profits over safety," union president Rosa Mena said.';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("profits"));
    expect(s?.forName).not.toBe("Andes Air");
  });
});
