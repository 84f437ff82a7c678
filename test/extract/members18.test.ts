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

describe("a lawyer for a group speaks for the group, never for the law firm", () => {
  it("'Lawyers for 112 families from X said' speaks for the families", () => {
    const text =
      "Kestrel Cement blamed heavy rain for the collapse of its quarry wall on Monday. " +
      "Lawyers for 112 families from Ondara said the rain was no excuse for Kestrel Cement.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("no excuse"));
    expect(s?.forTop).toBe("The families");
  });
  it("'X, a lawyer for the villagers,' speaks for the villagers", () => {
    const { statements } = readExtraction(
      "Tomas Reyes, a lawyer for the villagers, said Kestrel Cement had ignored the warnings.",
    );
    const s = statements.find((x) => x.quote.includes("ignored the warnings"));
    expect(s?.speakerName).toBe("Tomas Reyes");
    expect(s?.forTop).toBe("The villagers");
  });
  it("'X of a law firm, which represents the families' speaks for the families", () => {
    const text =
      "“Kestrel Cement was warned again and again that the wall was cracking,” said Ana Ruiz of Ruiz & Vega Legal Practitioners, which represents the families. " +
      "“It chose profit over lives,” Ruiz said.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("profit over lives"));
    expect(s?.speakerName).toBe("Ana Ruiz");
    expect(s?.forTop).toBe("The families");
  });
});
