// Round 20, on precision: a news medium relays, it never accuses; places and things are no parties;
// words that blame nobody are no statements.
import { describe, expect, it } from "vitest";
import { readExtraction, topName } from "./read";

describe("a news medium the gazetteer lacks relays what others say, it is never the side", () => {
  it("'the state news agency X quoted Y as saying' is Y's, relayed by X", () => {
    const text =
      "Kenya accused Uganda on Monday of closing the border crossing at Busia. " +
      "The state news agency KNA later quoted Prime Minister Ivan Korel as saying that Kenya would expel Uganda's envoy if the crossing stayed shut.";
    const { statements, extraction } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("expel"));
    expect(s?.speakerName).toBe("Ivan Korel");
    expect(topName(extraction, s?.speaksFor)).toBe("Kenya");
    expect(s?.via).toBe("KNA");
    expect(statements.some((x) => x.forTop === "KNA")).toBe(false);
  });
  it("'The state-run Daily News quoted Y as saying' is Y's; the paper is no person", () => {
    const text =
      "Kestrel Shipping blamed the port authority of Halden for the spill on Friday. " +
      "The state-run Daily News quoted Ports Minister Anil Perera as saying the government would not allow Kestrel Shipping to escape the cost of the cleanup.";
    const { statements, extraction } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("escape the cost"));
    expect(s?.speakerName).toBe("Anil Perera");
    expect(s?.via).toBe("Daily News");
    expect(s?.targetTops).toContain("Kestrel Shipping");
    expect(extraction.actors.find((a) => a.name === "Daily News")?.kind).toBe("media");
  });
});
