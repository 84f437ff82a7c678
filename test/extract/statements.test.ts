// Statements round 12b finds: "asked X to ..." as a demand (and a demand made of a third party not
// the side's opponent); a subject's ", whose ...," clause; an institution's words quoted whole past a
// long apposition; a day between subject and verb; what a speaker says it did itself; asides set in
// the middle of a clause; and (main's mechanism) "The patient's family".
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("demands by asking", () => {
  it("reads 'and asked X to ...' as a demand of its own, after the charge", () => {
    const { statements } = readExtraction(
      "Harbour Freight accused Delta Shipyards on Monday of delivering cranes with faulty brakes, and asked the port authority to suspend their use.",
    );
    expect(statements.map((s) => s.quote)).toEqual([
      "Harbour Freight accused Delta Shipyards on Monday of delivering cranes with faulty brakes",
      "asked the port authority to suspend their use.",
    ]);
    expect(statements[1]).toMatchObject({ category: "demand", forTop: "Harbour Freight" });
  });

  it("reads 'It asked X to ...' as a demand, and not 'asked why ...'", () => {
    const { statements } = readExtraction(
      "The Nurses' Union blamed Lakeside Clinic for a patient's death. It asked the health department to inspect the clinic. Reporters asked why the clinic had stayed open.",
    );
    const demand = statements.find((s) => s.quote.startsWith("It asked"));
    expect(demand).toMatchObject({ category: "demand", forTop: "Nurses' Union" });
    expect(statements.some((s) => s.quote.includes("asked why"))).toBe(false);
  });

  it("keeps the side's opponent the one it blamed, not the body it asked to act", () => {
    const { statements } = readExtraction(
      'Harbour Freight accused Delta Shipyards of delivering faulty cranes and asked the Maritime Safety Board to investigate. "This is sabotage of our business," Harbour Freight chief executive Lena Brook said.',
    );
    const quote = statements.find((s) => s.quote.startsWith("This is sabotage"));
    expect(quote?.targetTops).toEqual(["Delta Shipyards"]);
  });
});

describe("subjects carrying a relative clause", () => {
  it("runs the statement from the name before ', whose ...,', commas inside the clause included", () => {
    const { statements } = readExtraction(
      "Harbour Freight accused Delta Shipyards of delivering faulty cranes. The Port Users Council, whose chairman, Tom Reyes, sits on the harbour board, urged Delta Shipyards to replace the brakes.",
    );
    const demand = statements.find((s) => s.category === "demand");
    expect(demand?.quote).toBe(
      "The Port Users Council, whose chairman, Tom Reyes, sits on the harbour board, urged Delta Shipyards to replace the brakes.",
    );
  });

  it("keeps two names joined by 'and' before the relative clause", () => {
    const { statements } = readExtraction(
      "Harbour Freight accused Delta Shipyards of delivering faulty cranes. Delta Shipyards denied the charge. The Coffee and Cocoa Board, whose members include both firms, urged Delta Shipyards to replace the brakes.",
    );
    const demand = statements.find((s) => s.category === "demand");
    expect(demand?.quote.startsWith("The Coffee and Cocoa Board, whose members")).toBe(true);
  });
});

describe("an institution's words set off by a long apposition", () => {
  it("quotes the whole clause of a body that only speaks, apposition included", () => {
    const { statements } = readExtraction(
      "Harbour Freight accused Delta Shipyards of delivering cranes with faulty brakes. Delta Shipyards, the Korean-owned builder of the harbour's cranes, said every brake had been tested twice.",
    );
    const reply = statements.find((s) => s.quote.includes("every brake"));
    expect(reply?.quote).toBe(
      "Delta Shipyards, the Korean-owned builder of the harbour's cranes, said every brake had been tested twice.",
    );
  });
});

describe("a day between subject and verb", () => {
  it("finds the subject before 'on Tuesday accused'", () => {
    const { statements } = readExtraction(
      "Norway's competition watchdog on Tuesday accused Delta Shipyards of fixing crane prices with two rivals.",
    );
    expect(statements[0]?.quote).toBe(
      "Norway's competition watchdog on Tuesday accused Delta Shipyards of fixing crane prices with two rivals.",
    );
    expect(statements[0]).toMatchObject({ category: "accusation", forTop: "Norway", targetTops: ["Delta Shipyards"] });
  });
});

describe("what the speaker says it did itself", () => {
  it("reads 'said it had ordered X to ...' as the demand it reports", () => {
    const { statements } = readExtraction(
      "Norway's maritime authority said it had ordered Delta Shipyards to stop using the cranes until they were inspected.",
    );
    expect(statements[0]).toMatchObject({ category: "demand", forTop: "Norway", targetTops: ["Delta Shipyards"] });
  });

  it("leaves 'said they had been warned' and 'said they had warned X about Y' words that only speak", () => {
    const { statements } = readExtraction(
      "Norway's maritime authority said it had been warned about the cranes. Dock workers said they had warned managers about the cranes.",
    );
    expect(statements.some((s) => s.category === "threat")).toBe(false);
  });
});

describe("asides set in the middle of a clause", () => {
  it("goes on past an apposition or a relative clause closed by a comma", () => {
    const { statements } = readExtraction(
      "Harbour Freight blamed Delta Engineering, which built the cranes, for the collapse. Delta Engineering said the crane, a model built in 1998, had been overloaded.",
    );
    expect(statements.map((s) => s.quote)).toEqual([
      "Harbour Freight blamed Delta Engineering, which built the cranes, for the collapse.",
      "Delta Engineering said the crane, a model built in 1998, had been overloaded.",
    ]);
  });

  it("still ends the clause at an aside that runs to its end", () => {
    const { statements } = readExtraction(
      "Harbour Freight blamed Delta Shipyards for the collapse, the third at the port this year.",
    );
    expect(statements[0]?.quote).toBe("Harbour Freight blamed Delta Shipyards for the collapse");
  });
});

describe("a family named by whose it is", () => {
  it("reads 'The patient's family blamed ...' as the family, a side of its own named by the phrase", () => {
    const { statements } = readExtraction(
      "A patient died at Lakeside Clinic after a power cut. The patient's family blamed the clinic for the death and said they would sue.",
    );
    expect(statements[0]).toMatchObject({
      quote: "The patient's family blamed the clinic for the death",
      category: "accusation",
      forName: "The patient's family",
    });
  });
});
