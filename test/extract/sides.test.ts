// Whose side a speaker or a target is on (the thirteenth round): a state's ruling movement is its
// government, an army's spokesman speaks for the story's state, a state company is the state's.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract";
import { topName } from "./read";

describe("a state's ruling movement", () => {
  const text = `TASHKENT (Reuters) - Uzbekistan accused Turkmenistan's Ruhnama government on Thursday of diverting water from a shared canal.\nThe Ruhnama administration rejected the charge and said Uzbek farmers had dug illegal channels.\n"Tashkent should look at its own farms," a spokesman said.`;

  it("reads '<state>'s <Name> government' as that state's government, and the name again as the same", () => {
    const extraction = extract({ text });
    const lead = extraction.statements.find((s) => s.quote.startsWith("Uzbekistan accused"));
    expect(lead?.targets.map((ref) => topName(extraction, ref))).toEqual(["Turkmenistan"]);
    const denial = extraction.statements.find((s) => s.quote.startsWith("The Ruhnama administration"));
    expect(topName(extraction, denial?.speaksFor)).toBe("Turkmenistan");
    expect(denial?.targets.map((ref) => topName(extraction, ref))).toEqual(["Uzbekistan"]);
  });
});

describe("an army's spokesman", () => {
  it("gives a named 'army spokesman' the army of the state the story is about so far", () => {
    const extraction = extract({
      text: `DHAKA (Reuters) - Bangladesh accused Myanmar on Friday of firing mortar shells across the border.\n"The shells came from Myanmar soil. Naypyitaw must stop this," army spokesman Colonel Rashid Karim told reporters.\nMyanmar said its forces had fired only at rebels inside Myanmar.`,
    });
    const quote = extraction.statements.find((s) => s.quote.startsWith("The shells came"));
    expect(quote?.speaker?.name).toBe("Rashid Karim");
    expect(topName(extraction, quote?.speaksFor)).toBe("Bangladesh");
  });

  it("gives an unnamed 'an army spokesman' the story's army", () => {
    const extraction = extract({
      text: `DHAKA (Reuters) - Bangladesh accused Myanmar on Friday of firing mortar shells across the border at Bangladeshi villages.\n"The shells came from Myanmar soil. Naypyitaw must stop this," an army spokesman told reporters.`,
    });
    const quote = extraction.statements.find((s) => s.quote.startsWith("The shells came"));
    expect(topName(extraction, quote?.speaksFor)).toBe("Bangladesh");
  });
});

describe("a report's credits and dateline", () => {
  const text = `By Nora Lindqvist\nPORT ELDER, Freedonia (Reuters) - Dockworkers at Port Elder accused terminal operator Harbor Cranes Ltd on Monday of breaking a staffing agreement.\n"They broke the deal behind our backs," union secretary-general Tomas Berg told reporters.\n(Reporting by Nora Lindqvist in Port Elder; Editing by Paul Ames)`;

  it("reads no byline, footer or capitals-only dateline city as an actor", () => {
    const extraction = extract({ text });
    const names = extraction.actors.map((actor) => actor.name);
    expect(names).not.toContain("Nora Lindqvist");
    expect(names).not.toContain("PORT ELDER");
    expect(names).not.toContain("Paul Ames");
  });

  it("reads a hyphenated title ('union secretary-general X') as a title, the union's", () => {
    const extraction = extract({ text });
    const quote = extraction.statements.find((s) => s.quote.startsWith("They broke the deal"));
    expect(quote?.speaker).toMatchObject({ name: "Tomas Berg", title: "union secretary-general" });
  });
});

describe("a possessive family", () => {
  it("reads 'The passenger's family blamed the airline' as the family, a side of its own", () => {
    const extraction = extract({
      text: `NAIROBI (Reuters) - A passenger died after a fall on a jet bridge at Nairobi's main airport, and airline Skyline Air said it was reviewing its procedures.\nThe passenger's family blamed the airline for the death and said they would sue.`,
    });
    const byRef = new Map(extraction.actors.map((actor) => [actor.ref, actor.name]));
    const blame = extraction.statements.find((s) => s.quote.startsWith("The passenger's family"));
    expect(byRef.get(blame?.speaksFor ?? "")).toBe("The passenger's family");
    expect(blame?.targets.map((ref) => byRef.get(ref))).toEqual(["Skyline Air"]);
  });
});
