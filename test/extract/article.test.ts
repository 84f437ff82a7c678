// The aleppo-2016 article extracted inside workerd and scored against its seed stream.
import { describe, expect, it } from "vitest";
import article from "../../events/article-aleppo-2016.txt?raw";
import seedText from "../../events/seed/aleppo-2016.ndjson?raw";
import { extract } from "../../src/extract";
import { goldFromSeed } from "../../src/extract/evaluation/gold";
import { prf, score } from "../../src/extract/evaluation/score";

const seed = seedText
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line));

describe("the article against its seed stream", () => {
  const extraction = extract({ text: article });
  const result = score(goldFromSeed("aleppo-2016", article, seed), extraction);

  it("finds at least 90% of the gold quotes and the accuser → accused edges", () => {
    expect(prf(result.quotes).recall).toBeGreaterThanOrEqual(0.9);
    expect(prf(result.edges).f1).toBeGreaterThanOrEqual(0.9);
  });

  it("names the speaker of at least 90% of the quotes it matches", () => {
    expect(result.speakerAgreement.agree / result.speakerAgreement.matched).toBeGreaterThanOrEqual(0.9);
  });

  it("quotes the article verbatim at its offsets", () => {
    for (const statement of extraction.statements) {
      expect(article.slice(statement.start, statement.end)).toBe(statement.quote);
    }
  });

  it("extracts a 1,600-word text well within a request's CPU budget, inside workerd", () => {
    const long = `${article}\n${article}`;
    extract({ text: long });
    const started = performance.now();
    for (let i = 0; i < 5; i++) extract({ text: long });
    // workerd's clock only moves on I/O, so this measures little there; the eval script gives the figure.
    expect((performance.now() - started) / 5).toBeLessThan(200);
  });

  it("rolls the State Department's spokesmen up to the United States", () => {
    const kirby = extraction.actors.find((actor) => actor.name === "John Kirby");
    const department = extraction.actors.find((actor) => actor.ref === kirby?.parentRef);
    let top = department;
    while (top?.parentRef) top = extraction.actors.find((actor) => actor.ref === top?.parentRef);
    expect(kirby?.kind).toBe("person");
    expect(department?.name).toBe("U.S. State Department");
    expect(top).toMatchObject({ name: "United States", kind: "state", code: "USA" });
  });
});
