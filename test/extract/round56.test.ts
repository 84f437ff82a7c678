// Round 56: the speaker's side; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

const STORY =
  "STOCKHOLM, May 4 (Nordic Wire) - Sweden accused the supermarket chain Nordvara on Monday of squeezing the prices it pays dairy farmers.\n" +
  "Nordvara rejected the accusation and blamed the dairies for the cuts.\n";

describe("a minister's portfolio is part of the title, not a body of its own", () => {
  it("'Rural Affairs Minister X said': the story's state's government, not a body named 'Rural'", () => {
    const text = `${STORY}Rural Affairs Minister Elin Sandberg said the chain had cut the price paid to farmers three times this year.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("the chain had cut"));
    expect(s?.speakerName).toBe("Elin Sandberg");
    expect(s?.forTop).toBe("Sweden");
  });
  it("'Minister for Consumer Protection X': the name after the portfolio, the state's government", () => {
    const text = `${STORY}Minister for Consumer Protection Rachel Lindqvist was in Malmo. “The chain has refused to meet my officials three times,” Lindqvist said.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("refused to meet"));
    expect(s?.speakerName).toBe("Rachel Lindqvist");
    expect(s?.forTop).toBe("Sweden");
  });
  it("'The Minister of Trade, X,': the state's government, not a 'Trade' body", () => {
    const text = `${STORY}The Minister of Trade, Erik Dahl, accused the chain of hiding its margins.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("hiding its margins"));
    expect(s?.forTop).toBe("Sweden");
  });
});
