// Answers and unnamed targets (the eighth round): a denial without a cue word from a side another
// has charged, and a target named by its relation to the speaker ("accused its neighbour"); (the
// eleventh round) a bystander's words that something brought about the harm a charge named.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

/** The statements, with what each answers as the index of the statement answered. */
function read(text: string) {
  const { statements } = readExtraction(text);
  const refs = statements.map((s) => s.ref);
  return statements.map((s) => ({ ...s, answers: s.answers === undefined ? undefined : refs.indexOf(s.answers) }));
}

describe("denials without a cue word", () => {
  it("reads a charged side's negated words as a denial answering the charge", () => {
    const statements = read(
      `Harbour Freight accused Delta Shipyards on Monday of delivering cranes with faulty brakes. "Nobody delivered a faulty crane. Every brake was tested twice," Delta Shipyards chief executive Omar Reed said.`,
    );
    const denial = statements.find((s) => s.quote.startsWith("Nobody delivered"));
    expect(denial).toMatchObject({ category: "denial", forTop: "Delta Shipyards", targetTops: ["Harbour Freight"] });
    expect(denial?.answers).toBe(0);
  });

  it("leaves the accuser's own negated charge an accusation", () => {
    const statements = read(
      `Harbour Freight accused Delta Shipyards on Monday of delivering cranes with faulty brakes. "They never fixed a single brake," Harbour Freight chief executive Lena Brook said.`,
    );
    const charge = statements.find((s) => s.quote.startsWith("They never"));
    expect(charge).toMatchObject({ category: "accusation", targetTops: ["Delta Shipyards"] });
  });
});

describe("counter-charges", () => {
  it("reads the charged side's later charge naming its accuser as a counter-accusation answering the charge", () => {
    const statements = read(
      `Harbour Freight accused Delta Shipyards on Monday of delivering cranes with faulty brakes.\nDelta Shipyards said every crane had passed its tests.\nA port official said the cranes were still idle.\nDelta Shipyards chief executive Omar Reed later accused Harbour Freight of overloading the cranes.`,
    );
    const counter = statements.find((s) => s.quote.includes("overloading"));
    expect(counter).toMatchObject({ category: "counter-accusation", targetTops: ["Harbour Freight"], answers: 0 });
  });
});

describe("targets named by their relation", () => {
  it("reads 'accused its neighbour' as the other state named next", () => {
    const statements = read(
      "Tajikistan accused its neighbour on Sunday of shelling a pumping station. Officials said Uzbek artillery had fired twelve rounds.",
    );
    expect(statements[0]).toMatchObject({ category: "accusation", forTop: "Tajikistan", targetTops: ["Uzbekistan"] });
  });
});

describe("groups blamed without a name", () => {
  it("makes 'blamed factory owners' a collective of its own, and 'the owners' the same one", () => {
    const statements = read(
      "Pakistan's labour minister blamed factory owners on Thursday for a fire that killed 34 workers. Relatives of the dead demanded that the owners be arrested.",
    );
    expect(statements[0]).toMatchObject({ category: "accusation", targetTops: ["factory owners"] });
    expect(statements[1]).toMatchObject({ category: "demand", targetTops: ["factory owners"] });
  });

  it("never makes a plural of things a group ('blamed years of underinvestment')", () => {
    const statements = read("The utility blamed years of underinvestment for the blackouts.");
    expect(statements.flatMap((s) => s.targetTops)).not.toContain("years");
  });
});

describe("one body under two names", () => {
  it("takes an acronym in a person's title for the name met before ('GFP chairman')", () => {
    const statements = read(
      "The Green Farmers Party accused the Homeland Union on Tuesday of rigging a tender. GFP chairman Darius Petraitis said the Homeland Union had changed the rules two days before bids closed.",
    );
    expect(statements[1]).toMatchObject({ forTop: "Green Farmers Party", targetTops: ["Homeland Union"] });
  });

  it("takes an acronym opening a sentence for the name met before ('ACT said ...')", () => {
    const statements = read(
      "The Coca Traders Association accused Andean Crude Transport on Monday of hiding the spill. ACT said the leak had been sealed within six hours.",
    );
    expect(statements[1]).toMatchObject({
      forTop: "Andean Crude Transport",
      targetTops: ["Coca Traders Association"],
      answers: 0,
    });
  });

  it("takes a name short of its organisation's word for the organisation ('Medi-Care' and 'Medi-Care Group')", () => {
    const statements = read(
      `The Health Professions Council said Medi-Care Group had ignored reports that the oxygen system was failing. Medi-Care's chief executive, Johan Venter, later admitted that one report had been received in March.`,
    );
    expect(statements.at(-1)).toMatchObject({ category: "concession", forTop: "Medi-Care Group" });
  });

  it("takes a described opposition party for the one party out of power the text names", () => {
    const statements = read(
      "Zambia's main opposition party blamed the governing National Unity Party on Sunday for the power cuts. The Democratic Alliance said the blackouts had cost the economy billions.",
    );
    expect(statements[0]).toMatchObject({ forTop: "Democratic Alliance", targetTops: ["National Unity Party"] });
  });

  it("takes a country's described union for the union of that country named after it", () => {
    const statements = read(
      "Poland's largest teachers' union accused the education ministry on Monday of breaking a promise to raise pay. The Polish Teachers' Union said its members would strike in September.",
    );
    expect(statements[0]).toMatchObject({ forTop: "Polish Teachers' Union" });
    expect(statements[1]).toMatchObject({ forTop: "Polish Teachers' Union" });
  });
});

describe("a subject set off by an apposition after a dateline", () => {
  it("is the body the sentence opens with, not the agency of the dateline", () => {
    const statements = read(
      "VILNIUS (Reuters) - The Green Farmers Party, a member of the coalition, accused the Homeland Union on Tuesday of rigging a tender.",
    );
    expect(statements[0]).toMatchObject({ forTop: "Green Farmers Party", targetTops: ["Homeland Union"] });
  });
});

describe("companies by their trade", () => {
  it("reads 'Czech brewer X' as a company, whose chief speaks for it", () => {
    const statements = read(
      `Czech brewer Hradek Pivovar blamed Moravian Glassworks on Monday for a recall of two million bottles. "The bottles came to us already damaged," Hradek's production director Jana Dvorakova said.`,
    );
    expect(statements[0]).toMatchObject({ forTop: "Hradek Pivovar", targetTops: ["Moravian Glassworks"] });
  });
});

describe("a first name that is also a capital", () => {
  it("reads 'director, Sofia Mendez, said' as a person, whose denial answers the charge", () => {
    const statements = read(
      `The Coca Traders Association accused Andean Crude Transport on Monday of hiding the size of the spill. "Nothing has been hidden from anyone," Andean Crude Transport's director, Sofia Mendez, said.`,
    );
    expect(statements[1]).toMatchObject({
      category: "denial",
      forTop: "Andean Crude Transport",
      targetTops: ["Coca Traders Association"],
      answers: 0,
    });
  });
});

describe("a minister named without a country", () => {
  it("is of the state the story has been about so far, not of one named after", () => {
    const statements = read(
      "DUSHANBE (Reuters) - Tajikistan accused Uzbekistan on Sunday of shelling a pumping station.\nDefence Minister Rustam Nazarov said Uzbek artillery had fired twelve rounds at the station before dawn.",
    );
    expect(statements[1]).toMatchObject({ forTop: "Tajikistan", targetTops: ["Uzbekistan"] });
  });
});

describe("blame by implication (the eleventh round)", () => {
  it("reads a bystander's 'X had made the flooding worse' as a charge at the side the lead blamed for the flooding", () => {
    const statements = read(
      `NAIROBI (Reuters) - Kenya's roads minister blamed construction firm Rift Builders Limited on Tuesday for flooding that cut off the airport road.\nThe National Motorists Association said shortcuts in the drainage work had made the flooding worse.`,
    );
    const implied = statements.find((s) => s.quote.includes("shortcuts in the drainage"));
    expect(implied).toMatchObject({
      category: "accusation",
      forTop: "National Motorists Association",
      targetTops: ["Rift Builders Limited"],
    });
  });

  it("leaves a bystander's words alone when the harm they name is not the one charged", () => {
    const statements = read(
      `NAIROBI (Reuters) - Kenya's roads minister blamed construction firm Rift Builders Limited on Tuesday for flooding that cut off the airport road.\nThe National Motorists Association said fuel prices had made the commute longer.`,
    );
    expect(statements.find((s) => s.quote.includes("fuel prices"))).toBeUndefined();
  });
});
