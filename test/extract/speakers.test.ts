// Whose side a quoted speaker takes when the words around the name do not say (round 14b): the
// body the sentence before made its speaking subject, names that are things and not people.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract";
import { topName } from "./read";

describe("a titled speaker with no employer of their own", () => {
  it("speaks for the body the sentence before made its speaking subject", () => {
    const extraction = extract({
      text: `Tenants accused the Greenway Housing Trust on Monday of leaving mould untreated in 200 flats on the Riverside estate, where families say children have been treated for asthma and repairs promised last winter never came, and where many have stopped paying their service charges in protest.\nThe trust denied that repairs had been delayed. "Every complaint was inspected within a week," chief executive Alan Marsh said.`,
    });
    const quote = extraction.statements.find((s) => s.quote.startsWith("Every complaint"));
    expect(quote?.speaker?.name).toBe("Alan Marsh");
    expect(topName(extraction, quote?.speaksFor)).toBe("Greenway Housing Trust");
  });

  it("reads 'its director' after a quote from the subject before the quote, not from a name inside it", () => {
    const extraction = extract({
      text: `The Kestrel Hauliers Guild said both the port and the ministry were to blame for the queues.\n"We are losing drivers to Germany and to the Netherlands because nobody fixes the gates," its director, Pavel Novak, said.`,
    });
    const quote = extraction.statements.find((s) => s.quote.startsWith("We are losing"));
    expect(topName(extraction, quote?.speaksFor)).toBe("Kestrel Hauliers Guild");
  });

  it("gives 'the company's managing director' the company that spoke, not the parent named in its relative clause", () => {
    const extraction = extract({
      text: `Villagers accused Tamba Copper on Friday of poisoning their wells.\nIn a statement, Tamba Copper, which is majority-owned by the London-listed Ridgeway Metals, said the water had been tested every month.\n"We have broken no rule and we have hidden nothing," the company's managing director, Joseph Banda, told reporters.`,
    });
    const quote = extraction.statements.find((s) => s.quote.startsWith("We have broken"));
    expect(quote?.speaker?.name).toBe("Joseph Banda");
    expect(topName(extraction, quote?.speaksFor)).toBe("Tamba Copper");
  });

  it("takes the state an opening place names for 'the foreign ministry' ('In Hanoi, ...')", () => {
    const extraction = extract({
      text: `JAKARTA (Reuters) - Indonesia seized three Vietnamese fishing boats on Monday.\nIn Hanoi, the foreign ministry said the boats had been in Vietnamese waters.\n"Indonesia must release our fishermen at once," deputy spokesman Le Van Thanh told a briefing.`,
    });
    const quote = extraction.statements.find((s) => s.quote.startsWith("Indonesia must release"));
    expect(topName(extraction, quote?.speaksFor)).toBe("Vietnam");
  });
});

describe("names that are things, not people", () => {
  it("reads a name going on with ', which' or set after '-based' as a company, even beside 'said'", () => {
    const extraction = extract({
      text: `Guinea blamed the Athens-based Doric Shipping for an oil spill off Conakry.\nDoric Shipping said the pilot had ordered the turn. Doric Shipping, which owns the tanker, denied any fault.`,
    });
    const denial = extraction.statements.find((s) => s.quote.includes("denied any fault"));
    expect(denial?.speaker).toBeNull();
    expect(topName(extraction, denial?.speaksFor)).toBe("Doric Shipping");
    expect(extraction.actors.some((a) => a.name === "Athens")).toBe(false);
  });

  it("reads a capitalised word before a currency as no actor ('10bn CFA francs')", () => {
    const extraction = extract({
      text: `Senegal's fisheries minister, Awa Ndiaye, said the owner must lodge a guarantee of 10bn CFA francs. "This company will pay for every beach," she said.`,
    });
    expect(extraction.actors.some((a) => a.name === "CFA")).toBe(false);
  });
});

describe("an 'of' name holding a title's word", () => {
  it("keeps 'the leader of the National Renewal Platform' whole as the employer", () => {
    const extraction = extract({
      text: `"The electoral commission rigged the count," Sam Okello, the leader of the National Renewal Platform, told reporters.`,
    });
    const quote = extraction.statements.find((s) => s.quote.startsWith("The electoral commission"));
    expect(topName(extraction, quote?.speaksFor)).toBe("National Renewal Platform");
  });
});

describe("a long description set off before a name", () => {
  it("reads up to a dozen words back ('The African Union's special envoy for X and Y, Name,')", () => {
    const extraction = extract({
      text: `The Arab League's special envoy for Sudan and South Sudan, Karim Haddad, accused both armies of shelling the market at Majok.`,
    });
    const charge = extraction.statements.find((s) => s.quote.includes("accused both armies"));
    expect(charge?.speaker?.name).toBe("Karim Haddad");
    expect(topName(extraction, charge?.speaksFor)).toBe("Arab League");
  });

  it("stops at a reporting verb ('Minister X said the building's contractor, Name,')", () => {
    const extraction = extract({
      text: `Housing Minister Ayse Demir said the tower's builder, Kartal Yapi, had added three illegal floors. "Those who built this will answer for it," Demir said.`,
    });
    const charge = extraction.statements.find((s) => s.quote.includes("illegal floors"));
    expect(charge?.targets.map((ref) => topName(extraction, ref))).toContain("Kartal Yapi");
  });

  it("keeps a country inside a body's name ('the Federation of German Consumer Organisations')", () => {
    const extraction = extract({
      text: `The head of the Federation of German Consumer Organisations, Klaus Brenner, said customers should be compensated by Rhein Bank. "Rhein Bank failed its customers," he said.`,
    });
    const quote = extraction.statements.find((s) => s.quote.startsWith("Rhein Bank failed"));
    expect(topName(extraction, quote?.speaksFor)).toBe("Federation of German Consumer Organisations");
  });
});

describe("a body's general secretary", () => {
  it("reads 'general secretary' as no general, and 'the forum's' as the Forum named before", () => {
    const extraction = extract({
      text: `ISLAMABAD (Reuters) - The Kenya Asthma Patients' Forum accused drugmaker Halcyon Labs on Monday of doubling the price of inhalers.\n"Children are going without their medicine because Halcyon Labs wants bigger profits," said Amina Yusuf, the forum's general secretary.`,
    });
    const quote = extraction.statements.find((s) => s.quote.startsWith("Children are going"));
    expect(quote?.speaker?.name).toBe("Amina Yusuf");
    expect(topName(extraction, quote?.speaksFor)).toBe("Kenya Asthma Patients' Forum");
    expect(quote?.targets.map((ref) => topName(extraction, ref))).toEqual(["Halcyon Labs"]);
  });
});

describe("a pronoun set off by a comma before the verb", () => {
  it("is the subject alone ('Asked whether he meant Belarus, he said:'), and 'X, ..., told' makes no person of the appositive's last name", () => {
    const extraction = extract({
      text: `"Whoever did this knew exactly where to hit and wanted to hurt us," Marek Nowak, chief engineer at Baltic Gas Networks, told reporters.\nAsked whether he meant Russia, he said: "The saboteurs came from the east and Moscow sent them."`,
    });
    const quote = extraction.statements.find((s) => s.quote.startsWith("The saboteurs"));
    expect(quote?.speaker?.name).toBe("Marek Nowak");
    expect(topName(extraction, quote?.speaksFor)).toBe("Baltic Gas Networks");
  });
});

describe("a titled person the subject speaks of", () => {
  it("is not the subject's official: a state's office named later in the body's own sentence", () => {
    const extraction = extract({
      text: "The opposition Green Harbour party said it would table a motion of no confidence in Prime Minister Ivo Kask next week.",
    });
    const [motion] = extraction.statements;
    expect(topName(extraction, motion?.speaksFor)).toBe("Green Harbour");
    expect(motion?.targets.map((ref) => topName(extraction, ref))).toEqual(["Ivo Kask"]);
  });
});
