// Round 63: who speaks when the subject is an office or a government rather than a named person;
// each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("'the regional government', 'the provincial government': a sub-national government, never the state's", () => {
  const STORY =
    "LIMA, Peru, May 3 (Andean Wire) - Farmers in the Colca valley accused the regional government on Monday of diverting their irrigation water to a new mine.\n" +
    "Peru's environment ministry said it would send inspectors to the valley next week.\n";
  it("'The regional government rejected ...' with no place named: a government of its own, not Peru's", () => {
    const text = `${STORY}The regional government rejected the accusation and said the canal had been approved by the farmers' own committee.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("the canal had been approved"));
    expect(s?.forTop).toBe("Regional government");
    const lead = statements.find((x) => x.quote.includes("diverting their irrigation water"));
    expect(lead?.targetTops).toEqual(["Regional government"]);
  });
  it("'the regional government of Moquera' named before: 'The regional government' is Moquera's", () => {
    const text =
      "LIMA, Peru, May 3 (Andean Wire) - Peru's environment ministry and the regional government of Moquera blamed each other on Monday for a failed landfill, after the ministry withdrew its permit and Moquera threatened to challenge the decision in court.\n" +
      "The regional government accused the environment ministry of delaying the permit for a year.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("delaying the permit"));
    expect(s?.forTop).toBe("Moquera");
  });
  it("'Regional Governor X' in a text that speaks of 'the regional government': that government's, not 'Regional'", () => {
    const text = `${STORY}The regional government rejected the accusation. "The canal was built with the farmers' consent," Regional Governor Hugo Salas told reporters.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("built with the farmers"));
    expect(s?.speakerName).toBe("Hugo Salas");
    expect(s?.forTop).toBe("Regional government");
  });
  it("guard: 'the government' alone is still the story's state's", () => {
    const text = `${STORY}Farmers also accused the government of ignoring their letters.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("ignoring their letters"));
    expect(s?.targetTops).toEqual(["Peru"]);
  });
});

describe("'A company spokeswoman, X,' right after a sentence a business opens: that business's", () => {
  const STORY =
    "BELGRADE, March 2 (Balkan Wire) - Serbian carmaker Drina Motors stopped its assembly line on Monday and blamed its supplier, Sava Kablovi, for missing wiring harnesses.\n" +
    "Sava Kablovi said Drina Motors had changed its order twice in January and blamed the carmaker's planners.\n" +
    "Sava Kablovi's managing director, Jelena Markovic, said the supplier had warned Drina Motors in writing.\n" +
    "Sava Kablovi said the new harnesses would ship next week.\n" +
    "Workers at the plant accused management of using the stoppage to cut their pay.\n";
  it("'Drina denied ... . A company spokeswoman, X, said': Drina Motors, by its short form, not the supplier named most", () => {
    const text = `${STORY}Drina denied any link between the stoppage and the pay talks. A company spokeswoman, Ana Petrovic, said the workers were being paid what the labour law provides.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("what the labour law provides"));
    expect(s?.speakerName).toBe("Ana Petrovic");
    expect(s?.forTop).toBe("Drina Motors");
  });
  it("'A spokesman for the company, X, told ...' likewise", () => {
    const text = `${STORY}Drina said it was surprised by the workers' charge. A spokesman for the company, Marko Ilic, told reporters the pay cut was temporary.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("the pay cut was temporary"));
    expect(s?.speakerName).toBe("Marko Ilic");
    expect(s?.forTop).toBe("Drina Motors");
  });
});
