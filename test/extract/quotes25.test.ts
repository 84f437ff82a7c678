// Round 25: statements never proposed, each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a side's cue-less words are weighed once the whole story is read", () => {
  it("a side whose charge comes later goes on charging: its earlier words are kept", () => {
    const text =
      "Hundreds of farmers blocked the road to a quarry near Tamsk on Monday.\n" +
      "“They came to clear the road for the lorries, and they cleared it with batons,” the spokesman of the Tamsk Farmers Union, Ivo Lenk, told reporters.\n" +
      "The Tamsk Farmers Union accused Grenmark Mining of poisoning the river that feeds the valley's wells.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("cleared it with batons"));
    expect(s?.forTop).toBe("Tamsk Farmers Union");
    expect(s?.category).toBe("accusation");
  });
  it("a side another charges later defends itself: its earlier words are kept as its justification", () => {
    const text =
      "Power returned to most of Lindfors on Tuesday after a two-day blackout.\n" +
      "“Our crews worked through both nights and restored the main line within 30 hours,” said Mara Voss, a spokeswoman for Nordel Grid.\n" +
      "The Lindfors Traders' Association blamed Nordel Grid for the blackout, saying it had cut maintenance for years.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("worked through both nights"));
    expect(s?.forTop).toBe("Nordel Grid");
    expect(s?.category).toBe("justification");
  });
  it("a third party that only demands is no party: its cue-less words stay out", () => {
    const text =
      "“The talks have gone on for three days and the ships are still waiting,” said Eva Moln, the chair of the Ostra Shippers Council.\n" +
      "The Ostra Dockers' Union accused Halden Terminals of locking out 300 workers.\n" +
      "Halden Terminals denied the union's charge.\n" +
      "The Ostra Shippers Council urged both sides to return to talks.";
    const { statements } = readExtraction(text);
    expect(statements.some((x) => x.quote.includes("ships are still waiting"))).toBe(false);
    expect(statements.some((x) => x.quote.includes("return to talks"))).toBe(true);
  });
});

describe("after a verb that only speaks, 'and' with a backshifted auxiliary goes on with what was said", () => {
  it("'said it would hold X liable and had asked the attorney general to ...' is one statement", () => {
    const text =
      "A tanker ran aground off Varna on Sunday, spilling fuel oil along the coast.\n" +
      "The Black Sea Coast Authority said it would hold Marlow Tankers liable for the cleanup and had asked prosecutors to seize the ship.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("liable"));
    expect(s?.quote).toBe(
      "The Black Sea Coast Authority said it would hold Marlow Tankers liable for the cleanup and had asked prosecutors to seize the ship.",
    );
    expect(statements.filter((x) => x.quote.includes("prosecutors"))).toHaveLength(1);
  });
  it("'said they had hired lawyers and would sue X' is one statement", () => {
    const text =
      "Families of the passengers who died in the Ostrava bus crash said they had hired lawyers and would sue Karvo Transport.";
    const { statements } = readExtraction(text);
    expect(statements.filter((x) => x.quote.includes("sue"))).toHaveLength(1);
    expect(statements.find((x) => x.quote.includes("sue"))?.quote).toContain("hired lawyers and would sue");
  });
  it("'said ... and accused X of ...' stays two statements", () => {
    const text =
      "The Black Sea Coast Authority said the spill had reached 40 kilometres of beaches and accused Marlow Tankers of hiding the size of the leak.";
    const { statements } = readExtraction(text);
    expect(statements.some((x) => x.quote.startsWith("accused Marlow Tankers"))).toBe(true);
  });
});

describe("quoted words inside a sentence that no attribution names are the sentence's reported words", () => {
  it("'called the ruling “a licence to pollute the bay” and said ...': the verb after 'and' attributes nothing", () => {
    const text =
      "Velta Energy won approval on Monday to build a coal terminal at the harbour of Kessel.\n" +
      "The Kessel Harbour Residents Association, which has fought the terminal for a decade, called the ruling “a licence to pollute the bay” and said it would appeal to the supreme court.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("a licence to pollute the bay"));
    expect(s?.quote.startsWith("The Kessel Harbour Residents Association")).toBe(true);
    expect(s?.forTop).toBe("Kessel Harbour Residents Association");
  });
  it("'..., saying past inquiries had “never led to a single fine”': an attribution that names no one", () => {
    const text =
      "The Marlow Fishermen Cooperative accused Tarn Chemicals of dumping waste in the bay.\n" +
      "It called for an independent inquiry into the dumping, saying past inquiries had “never led to a single fine”.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("never led to a single fine"));
    expect(s?.quote.startsWith("It called for an independent inquiry")).toBe(true);
    expect(s?.category).toBe("demand");
  });
});

describe("'withdraw' retracts words only", () => {
  it("'withdrew its claim that ..., saying ...' is a retraction about the claim it takes back", () => {
    const text =
      "The Dockers Union of Riga accused Mayor Anna Berzina of ordering the port cuts in secret.\n" +
      "The Dockers Union of Riga on Friday withdrew its claim that the mayor had ordered the cuts, saying it had been given the wrong date by the Kalns Shipping Company.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("withdrew its claim"));
    expect(s?.category).toBe("retraction");
    expect(s?.quote).toContain("the mayor had ordered the cuts, saying");
    expect(s?.targetNames).toEqual(["Anna Berzina"]);
  });
  it("'withdrew its ambassador' retracts nothing", () => {
    const text =
      "Lithuania accused Belarus of sending migrants across the border.\n" +
      "Lithuania withdrew its ambassador from Minsk on Friday.";
    const { statements } = readExtraction(text);
    expect(statements.some((x) => x.quote.includes("ambassador"))).toBe(false);
  });
});
