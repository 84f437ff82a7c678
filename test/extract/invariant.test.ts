// The offset invariant over random texts: every quote is text.slice(start, end), paragraphs are
// the store's, refs resolve, and extract never throws, whatever the input (Unicode, marks, HTML).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paragraphAt } from "../../src/domain/rules";
import { extract, htmlToText } from "../../src/extract";
import { Extraction } from "../../src/extract/contract";

const pieces = fc.constantFrom(
  "“",
  "”",
  '"',
  "‘",
  "’",
  "'",
  "«",
  "»",
  "\n",
  "\n\n",
  ": ",
  ", ",
  ". ",
  " said ",
  " accused ",
  " denied ",
  " Russia ",
  " the Kremlin ",
  " U.S.-backed rebels ",
  "John Smith, a State Department spokesman,",
  " he said, ",
  " according to Reuters, ",
  " blamed each other ",
  " allegedly ",
  "<p>",
  "</p>",
  "<b>",
  "&amp;",
  " of ",
  " Mr. ",
);
const word = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 6 }),
  pieces,
);
const texts = fc.array(word, { maxLength: 60 }).map((parts) => parts.join(""));

function checkInvariant(text: string) {
  const extraction = extract({ text });
  expect(Extraction.safeParse(extraction).success).toBe(true);
  const refs = new Set(extraction.actors.map((actor) => actor.ref));
  for (const statement of extraction.statements) {
    expect(text.slice(statement.start, statement.end)).toBe(statement.quote);
    expect(statement.end).toBeGreaterThan(statement.start);
    expect(statement.paragraph).toBe(paragraphAt(text, statement.start));
    for (const ref of [statement.speaksFor, statement.speakerRef, statement.intermediary, ...statement.targets]) {
      if (ref) expect(refs.has(ref)).toBe(true);
    }
    expect(statement.confidence).toBeGreaterThanOrEqual(0);
    expect(statement.confidence).toBeLessThanOrEqual(1);
  }
}

describe("extract over random texts", () => {
  it("keeps text.slice(start, end) === quote and never throws", () => {
    fc.assert(fc.property(texts, checkInvariant), { numRuns: 300 });
  });

  it("holds on stripped random HTML too", () => {
    fc.assert(
      fc.property(texts, (html) => checkInvariant(htmlToText(html))),
      { numRuns: 150 },
    );
  });

  it("holds on a long text of many quotes", () => {
    const text = Array.from(
      { length: 40 },
      (_, i) => `“Quote ${i} is a lie and a crime,” the spokesman said. Russia accused Ukraine of attack ${i}.`,
    ).join("\n");
    checkInvariant(text);
  });
});
