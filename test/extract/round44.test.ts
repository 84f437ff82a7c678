// Round 44: cue-less words dropped because the speaker's side is in no dispute; each mechanism
// checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a person's cue-less words telling what 'they' did are a grievance against the story's accused", () => {
  const story =
    "HARARE - The Mberengwa Residents' Trust accused Kuda Lithium on Monday of ignoring warnings that its tailings dam was leaking.\n" +
    "The trust said the company had been told of cracks in the wall in March.\n";
  it("'“They told us the dam was strong,” said Memory Shumba' is kept, charging the company", () => {
    const text = `${story}“They told us the dam was strong,” said Memory Shumba, whose fields were buried by the sludge.`;
    const { statements } = readExtraction(text);
    const grievance = statements.find((x) => x.quote.includes("the dam was strong"));
    expect(grievance).toBeDefined();
    expect(grievance?.speakerName).toBe("Memory Shumba");
    expect(grievance?.category).toBe("accusation");
    expect(grievance?.targetTops).toEqual(["Kuda Lithium"]);
  });
  it("'“They did not warn us,” ...' is kept too", () => {
    const text = `${story}“They did not warn us. They did not speak to us,” said Memory Shumba, whose fields were buried by the sludge.`;
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("did not warn us"))?.targetTops).toEqual(["Kuda Lithium"]);
  });
  it("a person's words of what happened, no 'they' doing it, stay out (guard)", () => {
    const text = `${story}“There was a huge bang and then people were running,” said Memory Shumba, whose fields were buried by the sludge.`;
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("huge bang"))).toBeUndefined();
  });
  it("'they' with no deed of the past ('They are good neighbours') stays out (guard)", () => {
    const text = `${story}“They are good neighbours most of the year,” said Memory Shumba, whose fields were buried by the sludge.`;
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("good neighbours"))).toBeUndefined();
  });
});
