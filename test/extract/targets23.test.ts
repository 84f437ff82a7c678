// Round 23: the statements' targets, each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a lead's longer description of a body introduces the body named after it", () => {
  it("'accused the country's biggest mobile payments platform of ...' is the platform named next", () => {
    const text =
      "NAIROBI (Reuters) - Kenya's competition authority on Monday accused the country's biggest mobile payments platform of charging small traders hidden fees.\n" +
      "The Competition Authority of Kenya said PesaLink had added a charge to every transfer since January.\n" +
      "PesaLink said its fees were published on its website.";
    const { statements } = readExtraction(text);
    const lead = statements.find((x) => x.quote.includes("biggest mobile payments platform"));
    expect(lead?.targetTops).toContain("PesaLink");
  });
  it("'blamed a Chilean salmon grower for ...': a place's name among the describing words", () => {
    const text =
      "SANTIAGO - Chile's health ministry blamed a Peruvian salmon grower on Tuesday for an outbreak of food poisoning that sickened 40 people.\n" +
      "Samples taken at a farm run by Austral Salmon Farms matched the strain found in patients, the ministry said.\n" +
      "Austral Salmon Farms said its fish had passed every test.";
    const { statements } = readExtraction(text);
    const lead = statements.find((x) => x.quote.includes("salmon grower"));
    expect(lead?.targetTops).toContain("Austral Salmon Farms");
  });
});
