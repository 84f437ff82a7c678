// A source whose name the report keeps back with no commas around the clause that says so ("A
// diplomat who declined to be named said ..."): the clause is part of the subject, no act of its own.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

const STORY =
  "HANOI - Vietnam accused China on Monday of ramming a fishing boat near the Paracel Islands.\n" +
  "A diplomat who declined to be named said Beijing had ignored the protest.\n" +
  "A source speaking on condition of anonymity said Beijing had lied about the collision.\n" +
  "A police official who asked not to be named because he was not authorised to speak said Chinese sailors had boarded the boat.";

describe("a source's name kept back with no commas", () => {
  it("the statement runs from the subject, through the clause that keeps the name back", () => {
    const { statements } = readExtraction(STORY);
    const quotes = statements.map((s) => s.quote);
    expect(quotes).toContain("A diplomat who declined to be named said Beijing had ignored the protest.");
    expect(quotes).toContain("A source speaking on condition of anonymity said Beijing had lied about the collision.");
    expect(quotes.some((q) => q.startsWith("A police official who asked not to be named because"))).toBe(true);
    // Never a span cut inside the clause ("be named said ...", "condition of anonymity said ...").
    expect(quotes.some((q) => /^(?:be named|condition of anonymity|named because)/.test(q))).toBe(false);
  });
  it("'who asked not to be named' asks nothing of anyone: the words are a charge, not a demand", () => {
    const { statements } = readExtraction(
      "HANOI - Vietnam accused China on Monday of ramming a fishing boat near the Paracel Islands.\n" +
        "A police official who asked not to be named said Chinese sailors had boarded the boat.",
    );
    const police = statements.find((s) => s.quote.includes("boarded the boat"));
    expect(police?.quote.startsWith("A police official who asked not to be named said")).toBe(true);
    expect(police?.category).toBe("accusation");
    expect(police?.targetTops).toContain("China");
  });
  it("the same sentence with commas reads the same", () => {
    const { statements } = readExtraction(
      "HANOI - Vietnam accused China on Monday of ramming a fishing boat near the Paracel Islands.\n" +
        "A police official, who asked not to be named, said Chinese sailors had boarded the boat.",
    );
    const police = statements.find((s) => s.quote.includes("boarded the boat"));
    expect(police?.quote.startsWith("A police official, who asked not to be named, said")).toBe(true);
    expect(police?.category).toBe("accusation");
  });
});
