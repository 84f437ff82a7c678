// The model extractor's answer checked against the text: what a language model proposes reaches an
// editor only as the article's own words, at their offsets, with refs that point somewhere.
import { describe, expect, it } from "vitest";
import { ProposedStatement } from "../../src/extract/contract";
import { groundModelAnswer } from "../../src/extract/model";

const TEXT = [
  "MOSCOW (Reuters) - Russia accused the United States on Tuesday of sabotaging the ceasefire.",
  "“That is a lie,” State Department spokesman John Kirby said. “Moscow is bombing hospitals.”",
  "Officials said both sides had broken the truce.",
].join("\n");

const ACTORS = [
  { ref: "a1", name: "Russia", kind: "state", aliases: ["Moscow"] },
  { ref: "a2", name: "United States", kind: "state" },
  { ref: "a3", name: "State Department", kind: "government", parentRef: "a2" },
  { ref: "a4", name: "John Kirby", kind: "person", parentRef: "a3" },
];

describe("groundModelAnswer", () => {
  it("keeps verbatim quotes at their offsets, folds marks and spaces, and links answers by index", () => {
    const extraction = groundModelAnswer(
      { text: TEXT },
      {
        actors: ACTORS,
        statements: [
          {
            quote: "Russia accused the United States on Tuesday of sabotaging the ceasefire",
            speaksFor: "a1",
            attribution: "named",
            targets: ["a2"],
            category: "accusation",
            confidence: 0.9,
          },
          // Straight marks and a doubled space where the article has curly marks and one space.
          {
            quote: '"That is a  lie,"',
            speaker: "John Kirby",
            speakerTitle: "State Department spokesman",
            speaksFor: "a3",
            targets: ["a1"],
            category: "denial",
            answers: 0,
          },
          {
            quote: "Moscow is bombing hospitals.",
            speaker: "John Kirby",
            speaksFor: "a3",
            targets: ["a1"],
            category: "counter-accusation",
            answers: 0,
          },
        ],
      },
    );
    const quotes = extraction.statements.map((s) => TEXT.slice(s.start, s.end));
    expect(quotes).toEqual([
      "Russia accused the United States on Tuesday of sabotaging the ceasefire",
      "That is a lie",
      "Moscow is bombing hospitals.",
    ]);
    for (const statement of extraction.statements) {
      expect(statement.quote).toBe(TEXT.slice(statement.start, statement.end));
      expect(ProposedStatement.safeParse(statement).success).toBe(true);
    }
    const [charge, denial, counter] = extraction.statements;
    expect(charge).toMatchObject({ ref: "s1", mode: "reported", paragraph: 1, speaksFor: "a1", targets: ["a2"] });
    expect(denial).toMatchObject({
      mode: "direct",
      paragraph: 2,
      speaker: { name: "John Kirby", title: "State Department spokesman" },
      speakerRef: "a4",
      answers: "s1",
      confidence: 0.5,
    });
    expect(counter?.answers).toBe("s1");
    expect(extraction.extractor.name).toBe("claims-ledger-model");
  });

  it("drops paraphrases, unknown categories and duplicates, and cuts refs that point nowhere", () => {
    const extraction = groundModelAnswer(
      { text: TEXT },
      {
        actors: [...ACTORS, { ref: "a9", name: "Syria", kind: "state", parentRef: "a9" }, { ref: "a1", name: "Again" }],
        statements: [
          {
            quote: "Russia said the United States sabotaged the ceasefire",
            speaksFor: "a1",
            targets: ["a2"],
            category: "accusation",
          },
          { quote: "That is a lie", speaksFor: "a3", targets: ["a1"], category: "insult" },
          { quote: "That is a lie", speaksFor: "a7", targets: ["a1", "a8", "a1"], category: "denial", answers: 0 },
          { quote: "That is a lie", speaksFor: "a3", targets: ["a1"], category: "denial" },
          { quote: "lie", speaksFor: "a3", targets: [], category: "denial" },
          {
            quote: "both sides had broken the truce",
            speaksFor: null,
            attribution: "vague",
            targets: ["a9"],
            category: "accusation",
          },
        ],
      },
    );
    expect(extraction.statements.map((s) => s.quote)).toEqual(["That is a lie", "both sides had broken the truce"]);
    const [denial, vague] = extraction.statements;
    // An unknown side is no side: the statement is unattributed rather than pinned on a guess.
    expect(denial).toMatchObject({ speaksFor: null, attribution: "unattributed", targets: ["a1"] });
    expect(denial?.answers).toBeUndefined();
    expect(vague).toMatchObject({ speaksFor: null, attribution: "vague", targets: ["a9"] });
    // Only the actors the statements use; the self-parented one loses its parent, the second a1 is gone.
    expect(extraction.actors.map((a) => [a.ref, a.name, a.parentRef])).toEqual([
      ["a1", "Russia", undefined],
      ["a9", "Syria", undefined],
    ]);
  });

  it("finds a repeated quote at its next occurrence and resolves names to the dossier's actors", () => {
    const text = "Iran denied the report. Later, Iran denied the report again.";
    const extraction = groundModelAnswer(
      {
        text,
        known: {
          actors: [{ actorId: "iran", name: "Islamic Republic of Iran", kind: "state", aliases: ["Iran"] }],
          claims: [],
        },
      },
      {
        actors: [{ ref: "a1", name: "Iran", kind: "state" }],
        statements: [
          { quote: "Iran denied the report", speaksFor: "a1", targets: [], category: "denial" },
          { quote: "Iran denied the report", speaksFor: "a1", targets: [], category: "denial" },
        ],
      },
    );
    expect(extraction.statements.map((s) => s.start)).toEqual([0, text.lastIndexOf("Iran denied")]);
    expect(extraction.actors[0]).toMatchObject({ ref: "a1", actorId: "iran" });
  });

  it("answers an empty extraction for an answer of the wrong shape", () => {
    const extraction = groundModelAnswer({ text: TEXT }, { actors: "none", statements: [{ quote: 42 }, null] });
    expect(extraction.statements).toEqual([]);
    expect(extraction.actors).toEqual([]);
  });
});
