// Definite descriptions of a named body (the tenth round): in "strip the company of its licence"
// the "of" names no owner, so "the company" is the one named before, not one introduced later.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract";

describe("definite descriptions", () => {
  it("reads 'strip the company of its licence' as the company named before, not the next body named", () => {
    const extraction = extract({
      text: `SYDNEY (Reuters) - South Australia's premier blamed power company Redrock Power on Friday for a blackout.\nPremier Anna Holt said the company had ignored warnings.\nHolt threatened to strip the company of its licence if an inquiry found it had neglected maintenance.\nThe Western Trades Union said the crews had been cut.`,
    });
    const byRef = new Map(extraction.actors.map((actor) => [actor.ref, actor.name]));
    const threat = extraction.statements.find((s) => s.quote.includes("strip the company"));
    expect(threat?.targets.map((ref) => byRef.get(ref))).toEqual(["Redrock Power"]);
  });
});

describe("a quoted label", () => {
  it("reads 'called the minister's remarks \"a cheap smear\"' as the speaker's charge at the minister's side, and the 'and said' after it too", () => {
    const extraction = extract({
      text: `NAIROBI (Reuters) - Kenya's energy minister blamed generator firm Tana Power on Monday for a nationwide outage.\nThe chief executive of Tana Power, James Mwangi, called the minister's remarks "a cheap smear" and said the government's own tariff freeze had starved the grid of investment.`,
    });
    const byRef = new Map(extraction.actors.map((actor) => [actor.ref, actor.name]));
    const label = extraction.statements.find((s) => s.quote.includes("a cheap smear"));
    expect(label).toMatchObject({ speaker: { name: "James Mwangi" }, category: "counter-accusation" });
    expect(byRef.get(label?.speaksFor ?? "")).toBe("Tana Power");
    expect(label?.targets.map((ref) => byRef.get(ref))).toEqual(["Kenya"]);
    expect(extraction.statements.some((s) => s.quote.startsWith("the government's own tariff freeze"))).toBe(true);
  });
});
