// The evaluation's calibration: each proposal is scored as an editor meets it (is its quote a gold
// statement's, and could it be accepted without an edit?), so a confidence figure can be checked.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract";
import { goldFromLabelled } from "../../src/extract/evaluation/gold";
import { score } from "../../src/extract/evaluation/score";

const text =
  'Russia accused the United States of shielding the rebels. "We have shielded nobody," State Department spokesman John Kirby said. The weather in Geneva was mild.';
const gold = goldFromLabelled({
  id: "calibration",
  set: "patterns",
  text,
  actors: [
    { id: "ru", name: "Russia", kind: "state", code: "RU" },
    { id: "us", name: "United States", kind: "state", code: "US" },
    { id: "kirby", name: "John Kirby", kind: "person", parentId: "us" },
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
      speaksFor: "us",
      targets: ["ru"],
      category: "denial",
      answers: 0,
    },
  ],
});

describe("proposal outcomes", () => {
  it("marks a proposal that agrees on speaker, side, accused and category as right as proposed", () => {
    const extraction = extract({ text });
    const outcomes = score(gold, extraction).proposals ?? [];
    expect(outcomes).toHaveLength(extraction.statements.length);
    expect(outcomes.every((one) => one.quote && one.asProposed)).toBe(true);
    expect(outcomes.map((one) => one.confidence)).toEqual(extraction.statements.map((one) => one.confidence));
  });

  it("marks a proposal with the right quote and a wrong accused as needing an edit", () => {
    const extraction = extract({ text });
    const charge = extraction.statements.find((one) => one.category === "accusation");
    expect(charge).toBeDefined();
    if (!charge || !charge.speaksFor) return;
    charge.targets = [charge.speaksFor];
    const outcome = (score(gold, extraction).proposals ?? [])[extraction.statements.indexOf(charge)];
    expect(outcome).toMatchObject({ quote: true, asProposed: false });
  });

  it("marks a proposal whose quote is in no gold statement as wrong", () => {
    const extraction = extract({ text });
    const weather = text.indexOf("The weather");
    extraction.statements.push({
      ...(extraction.statements[0] as (typeof extraction.statements)[number]),
      ref: "s-extra",
      quote: text.slice(weather),
      start: weather,
      end: text.length,
      answers: undefined,
    });
    const outcomes = score(gold, extraction).proposals ?? [];
    expect(outcomes.at(-1)).toMatchObject({ quote: false, asProposed: false });
  });
});

describe("oracle edges", () => {
  it("counts the edge a wrong accused loses, and gives it back with the gold's accused", () => {
    const extraction = extract({ text });
    const charge = extraction.statements.find((one) => one.category === "accusation");
    expect(charge).toBeDefined();
    if (!charge || !charge.speaksFor) return;
    charge.targets = [charge.speaksFor];
    const scored = score(gold, extraction);
    expect(scored.edges.tp).toBe(0);
    expect(scored.oracle?.side.tp).toBe(0);
    expect(scored.oracle?.targets).toEqual({ tp: 1, predicted: 1, gold: 1 });
    expect(scored.oracle?.sideAndTargets.tp).toBe(1);
  });

  it("gives back the edge a wrong side loses only with the gold's side", () => {
    const extraction = extract({ text });
    const charge = extraction.statements.find((one) => one.category === "accusation");
    const other = extraction.actors.find((actor) => actor.ref !== charge?.speaksFor && actor.kind === "state");
    expect(charge && other).toBeTruthy();
    if (!charge || !other) return;
    charge.speaksFor = other.ref;
    const scored = score(gold, extraction);
    expect(scored.edges.tp).toBe(0);
    expect(scored.oracle?.targets.tp).toBe(0);
    expect(scored.oracle?.side).toEqual({ tp: 1, predicted: 1, gold: 1 });
  });
});
