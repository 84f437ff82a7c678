// Definite descriptions of a named body (the tenth round): in "strip the company of its licence"
// the "of" names no owner, so "the company" is the one named before, not one introduced later.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract";
import { Document } from "../../src/extract/document";
import { readExtraction } from "./read";

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

describe("a description introducing a body named later", () => {
  const text = `KISUMU (Reuters) - Fishermen at Kisumu's main landing beach blamed the county government on Monday for a fuel shortage that kept more than 200 boats ashore, saying depot deliveries had been halted for weeks without any warning to the crews.\nThe Dunga Beach Fishermen Cooperative said it had written to the county twice since March to ask for the deliveries to resume.\n"They take our levies and give us nothing," cooperative chairman Peter Okoth said.\nLakeside County's fisheries officer, John Kamau, said the deliveries had resumed on Friday.`;

  it("reads 'the county government' as the later name sharing its word ('Lakeside County'), not the first body named after it", () => {
    const extraction = extract({ text });
    const byRef = new Map(extraction.actors.map((actor) => [actor.ref, actor.name]));
    const lead = extraction.statements.find((s) => s.quote.startsWith("Fishermen at Kisumu"));
    expect(lead?.targets.map((ref) => byRef.get(ref))).toEqual(["Lakeside County"]);
  });

  it("makes no target of a body introduced after 'from' ('warnings from the market operator')", () => {
    const extraction = extract({
      text: `SYDNEY (Reuters) - South Australia's premier blamed power company Redrock Power on Friday for a blackout that left 300,000 homes without electricity for up to 14 hours during a heatwave and closed two hospitals.\nPremier Anna Holt said the company had ignored warnings from the market operator about the state of its transmission lines, and that its shareholders had been paid first while the lines went unrepaired for more than a year.\nThe Australian Energy Market Operator, which runs the national electricity market, said it had written to the company twice.`,
    });
    const byRef = new Map(extraction.actors.map((actor) => [actor.ref, actor.name]));
    const charge = extraction.statements.find((s) => s.quote.includes("ignored warnings"));
    expect(charge?.targets.map((ref) => byRef.get(ref))).toEqual(["Redrock Power"]);
  });
});

describe("the people of a described thing", () => {
  it("reads 'the crew of a cargo barge' as the side of the barge's owner named later ('The barge's owner, Delta Marine Lines,')", () => {
    const extraction = extract({
      text: `LAGOS (Reuters) - Nigeria's maritime agency blamed the crew of a cargo barge on Tuesday for a collision that sank a fishing boat near the port, saying they had sailed without lights.\nThe barge's owner, Delta Marine Lines, said its crew had kept every rule.`,
    });
    const byRef = new Map(extraction.actors.map((actor) => [actor.ref, actor.name]));
    const lead = extraction.statements.find((s) => s.quote.includes("crew of a cargo barge"));
    expect(lead?.targets.map((ref) => byRef.get(ref))).toContain("Delta Marine Lines");
  });
});

describe("a noun the text gave a name", () => {
  it("reads 'the refinery' after 'Nigerian refiner Lekki Petroleum Company' as that company, speaking and charged", () => {
    const extraction = extract({
      text: `LAGOS (Reuters) - Nigerian refiner Lekki Petroleum Company blamed pipeline vandals on Monday for a fire that shut its plant.\nThe refinery said a valve supplied by Delta Valves Limited had failed in the heat.\nDelta Valves Limited said the refinery had run the valve far above its rated pressure.`,
    });
    const byRef = new Map(extraction.actors.map((actor) => [actor.ref, actor.name]));
    const own = extraction.statements.find((s) => s.quote.startsWith("The refinery said"));
    expect(byRef.get(own?.speaksFor ?? "")).toBe("Lekki Petroleum Company");
    const reply = extraction.statements.find((s) => s.quote.includes("rated pressure"));
    expect(reply?.targets.map((ref) => byRef.get(ref))).toEqual(["Lekki Petroleum Company"]);
  });
});

describe("a state's public body described before it is named", () => {
  it("reads 'Zambia's energy regulator' ... 'The Energy Regulation Board' as one body of the Zambian state", () => {
    const { statements } = readExtraction(
      `LUSAKA (Reuters) - Zambia's energy regulator fined a fuel importer on Tuesday for selling contaminated diesel.\nThe Energy Regulation Board said Copperline Fuels had ignored two warnings about its storage tanks.\nCopperline Fuels denied that it had been warned.`,
    );
    const board = statements.find((s) => s.quote.startsWith("The Energy Regulation Board"));
    expect(board).toMatchObject({
      forName: "Energy Regulation Board",
      forTop: "Zambia",
      targetNames: ["Copperline Fuels"],
    });
    const denial = statements.find((s) => s.quote.startsWith("Copperline Fuels denied"));
    expect(denial?.targetTops).toEqual(["Zambia"]);
  });
});

describe("a public body named right after its state", () => {
  it("makes 'Norway's Petroleum Safety Authority' a body of the Norwegian state", () => {
    const doc = new Document(
      `OSLO (Reuters) - Norway's Petroleum Safety Authority said on Monday that driller Nordkyst Boring had ignored a gas alarm.\nNordkyst Boring said the leak had been minor.`,
    );
    const authority = [...doc.book.entries.values()].find((actor) => actor.name === "Petroleum Safety Authority");
    expect(doc.book.get(authority?.parentKey)?.name).toBe("Norwegian government");
  });
});

describe("a described ministry", () => {
  const text = `BRATISLAVA (Reuters) - Slovakia's largest nurses' union accused the health ministry on Monday of breaking a pledge on overtime pay.\nHealth Minister Jan Novak said the delay was caused by the finance ministry.\nEva Kral, a spokeswoman for the finance ministry, said the health ministry had been told of the cut in March.\nThe patients' group Pacienti Spolu urged both sides to talk.`;

  it("never takes a body named later that is no ministry ('the health ministry' is not the patients' group)", () => {
    const { statements } = readExtraction(text);
    for (const s of statements.filter((s) => s.quote.includes("health ministry")))
      expect(s.targetNames).not.toContain("Pacienti Spolu");
    expect(statements.find((s) => s.quote.startsWith("Slovakia's"))?.targetTops).toEqual(["Slovakia"]);
  });

  it("charges the body that runs a described ministry, not the ministry's state ('the transport ministry, run by the Liberal Movement,')", () => {
    const { statements } = readExtraction(
      `VILNIUS (Reuters) - The Farmers Party accused its coalition partner on Tuesday of rigging a tender.\nParty chairman Jonas Vaitkus said the transport ministry, run by the Liberal Movement, had changed the rules.`,
    );
    expect(statements.find((s) => s.quote.startsWith("the transport ministry"))?.targetNames).toEqual([
      "Liberal Movement",
    ]);
  });
});
