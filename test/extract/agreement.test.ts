// Inter-annotator agreement: a second labelling is scored against the first as if it were an
// extraction. Identical labels agree on everything; a different side, accused or span costs
// exactly what it would cost the extractor.
import { describe, expect, it } from "vitest";
import { extractionFromGold } from "../../src/extract/evaluation/agreement";
import { goldFromLabelled, type LabelledFile } from "../../src/extract/evaluation/gold";
import { prf, score } from "../../src/extract/evaluation/score";

const text =
  'Russia accused the United States of shielding the rebels. "We have shielded nobody," State Department spokesman John Kirby said. The two sides blamed each other for the collapse of the truce.';
const first: LabelledFile = {
  id: "agreement",
  set: "patterns",
  text,
  actors: [
    { id: "ru", name: "Russia", kind: "state", code: "RUS" },
    { id: "us", name: "United States", kind: "state", code: "USA" },
    { id: "state-dept", name: "State Department", kind: "government", parentId: "us" },
    { id: "kirby", name: "John Kirby", kind: "person", parentId: "state-dept" },
  ],
  statements: [
    {
      quote: "Russia accused the United States of shielding the rebels.",
      speaker: null,
      speaksFor: "ru",
      targets: ["us"],
      category: "accusation",
    },
    {
      quote: "We have shielded nobody",
      speaker: "kirby",
      speaksFor: "state-dept",
      targets: ["ru"],
      category: ["denial", "counter-accusation"],
      answers: 0,
    },
    {
      quote: "The two sides blamed each other for the collapse of the truce.",
      speaker: null,
      speaksFor: "ru",
      targets: ["us"],
      category: "accusation",
      mutual: true,
    },
  ],
};

describe("agreement between two labellings", () => {
  it("finds a labelling in full agreement with itself, mutual blame and answers included", () => {
    const gold = goldFromLabelled(first);
    const result = score(gold, extractionFromGold(gold));
    for (const metric of ["quotes", "speaker", "speaksFor", "accused", "category", "answers", "edges"] as const)
      expect(prf(result[metric]).f1, metric).toBe(1);
    // Russia → US twice (the charge, one way of the mutual blame) and US → Russia once.
    expect(result.edges).toEqual({ tp: 2, predicted: 2, gold: 2 });
  });

  it("costs a second labeller an edge for another side, and the quote for a span they cut short", () => {
    const second: LabelledFile = structuredClone(first);
    second.statements.pop(); // the mutual blame left unlabelled
    const [charge, denial] = second.statements;
    if (!charge || !denial) throw new Error("fixture");
    charge.speaksFor = "us"; // a careless reading: the accused taken for the accuser
    charge.targets = ["ru"];
    denial.quote = "We have"; // less than 80% of the first labeller's span
    const result = score(goldFromLabelled(first), extractionFromGold(goldFromLabelled(second)));
    expect(result.quotes).toEqual({ tp: 1, predicted: 2, gold: 4 });
    expect(result.speaksFor.tp).toBe(0);
    // Edges are the text's distinct accuser → accused pairs: the first has Russia → US and
    // US → Russia; the second only US → Russia, from the flipped charge.
    expect(result.edges).toEqual({ tp: 1, predicted: 1, gold: 2 });
  });
});
