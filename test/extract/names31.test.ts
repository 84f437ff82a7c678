// Round 31: institutions and bodies named wrong; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a ministry whose name says no state is the story's state's", () => {
  it("'The Ministry of Fisheries and Marine Resources' in a Namibian story", () => {
    const text =
      "WINDHOEK (Reuters) - Namibia's fishing unions accused a trawler company of dumping fish waste off Walvis Bay. " +
      "The Ministry of Fisheries and Marine Resources said it had suspended the company's licence.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("suspended"));
    expect(s?.forName).toBe("Ministry of Fisheries and Marine Resources");
    expect(s?.forTop).toBe("Namibia");
  });
  it("'The Agriculture Ministry' in a Lithuanian story", () => {
    const text =
      "VILNIUS (Reuters) - Lithuania's grain growers accused the government of ignoring the drought. " +
      "The Agriculture Ministry denied the charge.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("denied"));
    expect(s?.forName).toBe("Agriculture Ministry");
    expect(s?.forTop).toBe("Lithuania");
  });
  it("not a body that is no ministry ('The Grain Traders Council')", () => {
    const text =
      "VILNIUS (Reuters) - Lithuania's grain growers accused the government of ignoring the drought. " +
      "The Grain Traders Council denied the charge.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("denied"));
    expect(s?.forTop).toBe("Grain Traders Council");
  });
});

describe("a public body's name after a demonym is the state's body, not a person", () => {
  it("'The Canadian Border Service said' is no person 'Border Service'", () => {
    const text =
      "HALIFAX (Reuters) - Lobster fishermen accused a shipping line of spilling oil off Nova Scotia. " +
      "The Canadian Border Service said it had detained the ship's master.";
    const { statements, extraction } = readExtraction(text);
    expect(extraction.actors.some((a) => a.kind === "person")).toBe(false);
    const s = statements.find((x) => x.quote.includes("detained"));
    expect(s?.forTop).toBe("Canada");
  });
  it("'The Ghanaian Federal Police said' rolls up to Ghana", () => {
    const text =
      "ACCRA (Reuters) - A cocoa exporter accused smugglers of moving beans across the border. " +
      "The Ghanaian Federal Police blamed the smugglers for the shortage at the port.";
    const { statements, extraction } = readExtraction(text);
    expect(extraction.actors.find((a) => a.name === "Federal Police")?.kind).not.toBe("person");
    const s = statements.find((x) => x.quote.includes("shortage"));
    expect(s?.forTop).toBe("Ghana");
  });
  it("a person's name beside a verb is still a person's ('Kofi Mensah, a customs officer, said')", () => {
    const text =
      "ACCRA (Reuters) - A cocoa exporter accused smugglers of moving beans across the border. " +
      "Kofi Mensah, a customs officer, said the smugglers had bribed guards.";
    const { extraction } = readExtraction(text);
    expect(extraction.actors.find((a) => a.name === "Kofi Mensah")?.kind).toBe("person");
  });
});

describe("a ministry's portfolios listed after its 'of' are its name's (round 30's 'and' rule split them)", () => {
  it("'The Ministry of Agriculture, Animal Industry and Fisheries' is one body, the subject", () => {
    const text =
      "KAMPALA (Reuters) - Seed growers accused an importer of selling them bad seed. " +
      "The Ministry of Agriculture, Animal Industry and Fisheries blamed the seed importer Nile Agro for the failed harvest.";
    const { statements, extraction } = readExtraction(text);
    expect(extraction.actors.map((a) => a.name)).not.toContain("Animal Industry");
    const s = statements.find((x) => x.quote.includes("failed harvest"));
    expect(s?.forName).toBe("Ministry of Agriculture, Animal Industry and Fisheries");
    expect(s?.targetNames).toEqual(["Nile Agro"]);
    expect(s?.quote.startsWith("The Ministry of Agriculture, Animal Industry and Fisheries blamed")).toBe(true);
  });
  it("the subject runs back over the name's commas ('Uganda's Ministry of Agriculture, Animal Industry and Fisheries blamed')", () => {
    const text =
      "KAMPALA (Reuters) - Seed growers accused an importer of selling them bad seed. " +
      "Uganda's Ministry of Agriculture, Animal Industry and Fisheries blamed the seed importer Nile Agro for the failed harvest.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("failed harvest"));
    expect(s?.forTop).toBe("Uganda");
    expect(s?.targetNames).toEqual(["Nile Agro"]);
  });
  it("not a list of bodies after a ministry ('the Ministry of Health, Amref and the Kenya Red Cross')", () => {
    const text =
      "NAIROBI (Reuters) - The Ministry of Health, Amref and the Kenya Red Cross blamed the county for the outbreak.";
    const { extraction } = readExtraction(text);
    expect(extraction.actors.map((a) => a.name).some((name) => name.includes("Amref and"))).toBe(false);
  });
});
