// Capitalised words that name no party (the fifteenth round): places a text introduces as places,
// towns named with a prefix, lands and waters, currencies, the words of a title, a place before a
// compound, events and laws, and bodies whose names open with a person's name.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

const actorNames = (text: string) => readExtraction(text).extraction.actors.map((actor) => actor.name);

describe("a place the text introduces as one", () => {
  it("reads 'the village of X' as a place wherever X comes again", () => {
    const text = `Mud swept through the village of Kanyemba on Thursday, killing six people.\nLawyers for families from Kanyemba accused Tembo Mining of ignoring warnings that the dam was failing.\n"Tembo Mining knew," said Grace Moyo, who represents the families.`;
    expect(actorNames(text)).not.toContain("Kanyemba");
  });

  it("reads 'from X to Y' as two places", () => {
    const text = `Oil has washed up from Mbour to Joal, where thousands of families fish.\nThe fisheries minister accused Helios Shipping of hiding the leak from Joal fishermen for two days.`;
    const names = actorNames(text);
    expect(names).not.toContain("Joal");
    expect(names).not.toContain("Mbour");
  });
});

describe("a town named with a prefix", () => {
  it("reads 'Port Sudan' as a town, neither 'Port' nor Sudan as a body", () => {
    const { statements } = readExtraction(
      `"This attack was planned in Port Sudan and carried out by men who take their orders from there," South Sudan's information minister, Deng Mabior, said.`,
    );
    for (const statement of statements) expect(statement.targetTops).not.toContain("Port");
  });

  it("keeps a body whose name opens with one ('Santa Clara University Hospital')", () => {
    const { statements } = readExtraction(
      `The Santa Clara University Hospital accused the health ministry on Monday of cutting its budget by a third.`,
    );
    expect(statements[0]?.forTop).toBe("Santa Clara University Hospital");
  });
});

describe("words that name no party", () => {
  it("reads 'CFA francs' as a currency", () => {
    const text = `Fisheries Minister Awa Ndiaye said Helios Shipping was responsible for the spill and must lodge a guarantee of 10bn CFA francs.`;
    expect(actorNames(text)).not.toContain("CFA");
  });

  it("reads 'Prime Minister X' and 'Health Minister X' as titles, not bodies named Prime and Health", () => {
    const text = `The Farmers' Alliance quit the coalition on Wednesday, accusing Prime Minister Ilze Berga of breaking her promise.\nThe doctors' union blamed Health Minister Rita Sousa for the strike.`;
    const names = actorNames(text);
    expect(names).not.toContain("Prime");
    expect(names).not.toContain("Health");
  });

  it("reads 'Hong Kong-listed X' as X, the place only where it is listed", () => {
    const text = `Tembo Mining, which is owned by the Hong Kong-listed Jinhai Resources, blamed the rain for the collapse.\nLawyers for the families accused Jinhai Resources of ignoring the warnings.`;
    const names = actorNames(text);
    expect(names).toContain("Jinhai Resources");
    expect(names).not.toContain("Hong Kong-listed Jinhai Resources");
  });

  it("reads the islands and the gulf as places", () => {
    const text = `"We are losing nurses to the Gulf, and we are losing them because the ministry treats them as cheap labour," said union president Ana Reis.\nFishermen accused the navy of letting trawlers from the Canary Islands empty the sea.`;
    const names = actorNames(text);
    expect(names).not.toContain("Gulf");
    expect(names).not.toContain("Canary Islands");
  });

  it("reads an event as no party ('the World Cup')", () => {
    const text = `League president Carlos Rojas accused the federation of withholding World Cup bonuses from the clubs.`;
    expect(actorNames(text)).not.toContain("World Cup");
  });

  it("reads the dateline's first word before people as no body ('Junior doctors')", () => {
    const text = `LISBON (Reuters) - Junior doctors walked out on Monday, blaming the health ministry for their pay.`;
    expect(actorNames(text)).not.toContain("Junior");
  });
});

describe("a body's full name", () => {
  it("keeps a title word after 'of' in it ('Union of Resident Doctors')", () => {
    const text = `The Independent Union of Resident Doctors accused the ministry of ignoring its demands.`;
    expect(actorNames(text)).toContain("Independent Union of Resident Doctors");
  });

  it("reads a person's name opening a firm's name as the firm's ('Nyathi & Moyo Legal Practitioners')", () => {
    const text = `"The company was told again and again," said Tapiwa Nyathi of Nyathi & Moyo Legal Practitioners, which represents the families.\nNyathi accused Tembo Mining of negligence.`;
    const { statements } = readExtraction(text);
    for (const statement of statements) expect(statement.targetTops).not.toContain("Moyo Legal Practitioners");
  });
});

describe("a country's name in words that are not the country", () => {
  it("reads 'the opposition Sovereign Estonia party' as one party", () => {
    const { statements } = readExtraction(
      `The opposition Sovereign Estonia party said it would table a motion of no confidence in Prime Minister Kadri Tamm next week.`,
    );
    expect(statements[0]?.forTop).toBe("Sovereign Estonia");
  });

  it("reads 'the vessel's Greek owner' as no charge by Greece", () => {
    const { statements } = readExtraction(
      `Senegal detained the crew of a cargo ship on Monday, as the vessel's Greek owner blamed a harbour pilot for the accident.`,
    );
    for (const statement of statements) expect(statement.forTop).not.toBe("Greece");
  });

  it("reads 'crew members from the Philippines' as where they come from", () => {
    const { statements } = readExtraction(
      `The International Transport Workers' Federation said the crew, most of them from the Philippines, were being held hostage by Senegal in a dispute with the owner.`,
    );
    expect(statements[0]?.targetTops).not.toContain("Philippines");
  });

  it("reads 'Spain's Canary Islands' as Spain's land", () => {
    const { statements } = readExtraction(
      `Fishermen's leader Awa Diop accused Helios Shipping of ruining the catch that young men once sold before leaving for Spain's Canary Islands.`,
    );
    expect(statements[0]?.targetTops).not.toContain("Spain");
  });
});

describe("a body's name with its qualifier cut off", () => {
  it("is the body ('the Port of Dakar' and 'the Autonomous Port of Dakar')", () => {
    const { extraction } = readExtraction(
      `The bulk carrier Sea Meridian ran aground shortly after leaving the Port of Dakar.\nHelios Shipping accused the Port of Dakar of ignoring warnings about the buoys.\nThe Autonomous Port of Dakar denied receiving any warning.`,
    );
    const ports = extraction.actors.filter((actor) => actor.name.includes("Port of Dakar"));
    expect(ports).toHaveLength(1);
  });
});

describe("a body's owner in its description", () => {
  it("only describes it: 'the company' later is the body, not its owner", () => {
    const { statements } = readExtraction(
      `Tembo Lithium, which is majority-owned by the Hong Kong-listed Jinhai Resources, said the rain was to blame.\nLawyers for the families accused the company of ignoring months of warnings.`,
    );
    const charge = statements.find((s) => s.quote.includes("ignoring months"));
    expect(charge?.targetTops).toContain("Tembo Lithium");
    expect(charge?.targetTops).not.toContain("Jinhai Resources");
  });

  it("keeps a law firm's name whole ('Nyathi & Moyo Legal Practitioners')", () => {
    const { extraction } = readExtraction(
      `"Tembo Lithium was told again and again," said Tapiwa Nyathi of Nyathi & Moyo Legal Practitioners.\nThe families would sue Tembo Lithium and Nyathi & Moyo Legal Practitioners would file the claim, Nyathi said.`,
    );
    expect(extraction.actors.map((actor) => actor.name)).not.toContain("Moyo Legal Practitioners");
  });
});
