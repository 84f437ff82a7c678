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
  it("'blamed a Peruvian salmon grower on Tuesday for ...': a place's name among the describing words", () => {
    const text =
      "SANTIAGO - Chile's health ministry blamed a Peruvian salmon grower on Tuesday for an outbreak of food poisoning that sickened 40 people.\n" +
      "Samples taken at a farm run by Austral Salmon Farms matched the strain found in patients, the ministry said.\n" +
      "Austral Salmon Farms said its fish had passed every test.";
    const { statements } = readExtraction(text);
    const lead = statements.find((x) => x.quote.includes("salmon grower"));
    expect(lead?.targetTops).toContain("Austral Salmon Farms");
  });
});

describe("'it', 'its <staff>' or 'the <noun>' later in a lead's sentence is the body the sentence described", () => {
  it("'A copper mining company whose ... has blamed ..., as villagers accused it of ...'", () => {
    const text =
      "A copper mining company whose waste pond overflowed in northern Zambia last week has blamed heavy rain, as lawyers for the villagers accused it of ignoring warnings about the wall.\n" +
      "The pond, which held waste from Kafue Copper Mines’ smelter near Chingola, gave way on Thursday.\n" +
      "Kafue Copper Mines said the rain had been the heaviest in decades.";
    const { statements } = readExtraction(text);
    const charge = statements.find((x) => x.quote.includes("accused it of"));
    expect(charge?.targetTops).toContain("Kafue Copper Mines");
  });
  it("'Norway's state rail company has blamed ..., while residents accused the company of ...'", () => {
    const text =
      "Norway's state rail company has blamed a signal fault for a derailment that injured 12 people near Hamar, while residents accused the company of ignoring months of complaints about the line.\n" +
      "The train left the track shortly after 9pm on Sunday.\n" +
      "Norske Banedrift (NBD), which runs the country's rail network, said on Monday that a relay had failed.";
    const { statements } = readExtraction(text);
    const charge = statements.find((x) => x.quote.includes("accused the company"));
    expect(charge?.targetNames).toContain("Norske Banedrift");
  });
  it("'Parents of children treated at a private hospital ... accused its managers of ...'", () => {
    const text =
      "Parents of six children treated at a private hospital in Lagos accused its managers on Monday of hiding an infection on the ward.\n" +
      "The infections at Harbour View Hospital came to light last month.\n" +
      "Harbour View Hospital said it had reported every case to the health ministry.";
    const { statements } = readExtraction(text);
    const charge = statements.find((x) => x.quote.includes("accused its managers"));
    expect(charge?.targetTops).toContain("Harbour View Hospital");
  });
  it("not the speaker's own 'it': 'said it had warned the bank ...'", () => {
    const text =
      "Nordmark Bank blamed its cloud provider, Stratos Cloud, for an outage on Tuesday. " +
      "A spokesman for Stratos Cloud said it had warned the bank in writing not to make such changes.";
    const { statements } = readExtraction(text);
    const reply = statements.find((x) => x.quote.includes("warned the bank"));
    expect(reply?.targetTops ?? []).not.toContain("Stratos Cloud");
  });
});
