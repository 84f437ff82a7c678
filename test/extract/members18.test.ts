// Round 18: a member speaks for the body they belong to; a lawyer for a group speaks for the group.
import { describe, expect, it } from "vitest";
import { readExtraction, topName } from "./read";

describe("a member speaks for the body they belong to", () => {
  it("', a X member,' makes a person of X", () => {
    const text =
      "The Farmers' Voice party accused the ruling Green Union of rigging the vote count on Tuesday. " +
      "Mirela Dobre, a Farmers' Voice member, said the Green Union had hidden ballots in two districts.";
    const { statements, extraction } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("hidden ballots"));
    expect(s?.speakerName).toBe("Mirela Dobre");
    expect(topName(extraction, s?.speaksFor)).toBe("Farmers' Voice");
  });
  it("', a member of X,' makes a person of X", () => {
    const text =
      "The Coastal League accused the Harbour Authority of dumping silt on Monday. " +
      "Petra Lind, a member of the Coastal League, said the Harbour Authority had lied to residents.";
    const { statements, extraction } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("lied to residents"));
    expect(s?.speakerName).toBe("Petra Lind");
    expect(topName(extraction, s?.speaksFor)).toBe("Coastal League");
  });
  it("', who belongs to X,' makes a person of X", () => {
    const text =
      "The Coastal League accused the Harbour Authority of dumping silt on Monday. " +
      "Petra Lind, who belongs to the Coastal League, said the Harbour Authority had lied to residents.";
    const { statements, extraction } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("lied to residents"));
    expect(s?.speakerName).toBe("Petra Lind");
    expect(topName(extraction, s?.speaksFor)).toBe("Coastal League");
  });
});
