// Round 54: mutual blame whose subject names neither side; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

const STORY =
  "MAPUTO, Jun 2 (Indian Ocean Wire) - Mozambique accused Malawi on Monday of letting smugglers cross the Shire river with stolen cattle.\n" +
  "Malawi rejected the accusation and said Mozambican border guards had fired on its herders.\n" +
  "Mozambique's interior ministry said Malawi had ignored three letters about the crossings.\n";

describe("'the two sides blamed each other': the pair is the two sides the story has had blaming", () => {
  it("'The two governments have blamed each other': mutual, between the story's two states", () => {
    const text = `${STORY}The two governments have blamed each other for a string of incidents on the river since a joint commission last met in 2021.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.startsWith("The two governments"));
    expect(s?.mutual).toBe(true);
    expect([s?.forTop, ...(s?.targetTops ?? [])].sort()).toEqual(["Malawi", "Mozambique"]);
  });
  it("'Both countries have accused each other': the side that blamed first is the accuser", () => {
    const text = `${STORY}Both countries have accused each other of protectionism since.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.startsWith("Both countries"));
    expect(s?.mutual).toBe(true);
    expect(s?.forTop).toBe("Mozambique");
    expect(s?.targetTops).toEqual(["Malawi"]);
  });
  it("'The two sides blamed each other': no third party named before is added as a target", () => {
    const text = `${STORY}The Southern African Development Community urged restraint.\nThe two sides blamed each other again at a tense meeting on Sunday evening.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.startsWith("The two sides"));
    expect(s?.mutual).toBe(true);
    expect(s?.targetTops).toHaveLength(1);
    expect([s?.forTop, ...(s?.targetTops ?? [])].sort()).toEqual(["Malawi", "Mozambique"]);
  });
  it("guard: 'Both sides said they wanted talks' is no blame of each other", () => {
    const text = `${STORY}Both sides said they wanted talks.`;
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.startsWith("Both sides"))?.mutual).toBeUndefined();
  });
});

describe("'each blamed the other': the subject 'each' or 'each side' is the two sides, neither named", () => {
  it("'and each blamed the other on Monday for ...': mutual, between the story's two states", () => {
    const text = `${STORY}The two governments have traded accusations for years, and each blamed the other on Monday for the failure of a joint commission.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.startsWith("each blamed the other"));
    expect(s?.mutual).toBe(true);
    expect([s?.forTop, ...(s?.targetTops ?? [])].sort()).toEqual(["Malawi", "Mozambique"]);
  });
  it("'each side blames the other for the delay': mutual too", () => {
    const text = `${STORY}A border treaty was signed in 2014 but never ratified, and each side blames the other for the delay.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.startsWith("each side blames"));
    expect(s?.mutual).toBe(true);
    expect([s?.forTop, ...(s?.targetTops ?? [])].sort()).toEqual(["Malawi", "Mozambique"]);
  });
  it("guard: 'each accused the other driver' names a third; only 'the other' itself is the other side", () => {
    const text = `${STORY}Two herders were arrested, and each accused the other herder of stealing the cattle.`;
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("other herder"))?.mutual).toBeUndefined();
  });
});
