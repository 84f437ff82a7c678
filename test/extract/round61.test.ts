// Round 61: the accused of words that name no one; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

const SPILL =
  "COLOMBO, May 3 (Ocean Desk) - A chemical spill from the container ship Marlow Star has closed fishing along 80 km of coast.\n" +
  "The Negombo Fishermen's Union accused Marlow Shipping and the Sri Lankan government of leaving thousands of families without income for a month. It demanded daily compensation payments for every family affected by the ban.\n" +
  '"If there is no money by the end of the month, we will take our boats into the harbour mouth and close it," the union\'s president, Anura Perera, said.\n';

describe("words that name no one carry whom the same speaker's charge just before blamed", () => {
  it("'It demanded daily compensation payments ...' after the union's charge of two: both are its accused", () => {
    const { statements } = readExtraction(SPILL);
    const s = statements.find((x) => x.quote.includes("daily compensation"));
    expect(s?.category).toBe("demand");
    expect([...(s?.targetTops ?? [])].sort()).toEqual(["Marlow Shipping", "Sri Lanka"]);
  });
  it("the union president's threat in the next paragraph, naming no one, is against both too", () => {
    const { statements } = readExtraction(SPILL);
    const s = statements.find((x) => x.quote.startsWith("If there is no money"));
    expect(s?.category).toBe("threat");
    expect([...(s?.targetTops ?? [])].sort()).toEqual(["Marlow Shipping", "Sri Lanka"]);
  });
  it("guard: words that name their own accused keep it", () => {
    const text = `${SPILL}The union also said Marlow Shipping had hidden the cargo manifest from inspectors.\n`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("cargo manifest"));
    expect(s?.targetTops).toEqual(["Marlow Shipping"]);
  });
});

const DAM =
  "HARARE, Mar 4 (Southern Wire) - Zimbabwe's mines ministry said on Tuesday it had suspended a gold miner's licence after a tailings dam burst near Kwekwe.\n" +
  "The ministry said the company had ignored two orders to reinforce the wall.\n";

describe("a charge of critics, campaigners or rights groups that names no one is of the story's state", () => {
  it("'Campaigners have warned for years that the country's mining inspectorate is too small ...': Zimbabwe", () => {
    const text = `${DAM}Campaigners have warned for years that the country's mining inspectorate is too small to keep pace with new mines.\n`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.startsWith("Campaigners"));
    expect(s?.forName).toBeUndefined();
    expect(s?.targetTops).toEqual(["Zimbabwe"]);
  });
  it("guard: critics' words that name whom they blame keep it", () => {
    const text = `${DAM}Campaigners have warned for years that Kwekwe Gold Mining cut corners on its dams.\n`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.startsWith("Campaigners"));
    expect(s?.targetNames).toEqual(["Kwekwe Gold Mining"]);
  });
});
