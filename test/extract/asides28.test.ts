// Round 28: where a reported statement ends when a clause follows its words after a comma (the
// quote-span convention settled that round), each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a participle that reports more words goes on with the clause before it", () => {
  it("', noting that ...' after a verb of blame is part of the charge", () => {
    const text =
      "The Varna Traders' Guild accused the port authority of raising berth fees without notice, noting that the authority had published the new tariff only two days before it took effect.";
    const { statements } = readExtraction(text);
    expect(statements).toHaveLength(1);
    expect(statements[0]?.quote).toBe(text);
  });
  it("', telling lawmakers that ...' after a denial is part of the denial", () => {
    const text =
      "The Osk Nurses' Union accused the health ministry of freezing hiring at Osk General Hospital.\n" +
      "Health Minister Piet Lander rejected the union's account, telling lawmakers that the ministry had cleared the hospital to hire 20 nurses in March.";
    const { statements } = readExtraction(text);
    const denial = statements.find((x) => x.quote.includes("rejected"));
    expect(denial?.quote).toBe(
      "Health Minister Piet Lander rejected the union's account, telling lawmakers that the ministry had cleared the hospital to hire 20 nurses in March.",
    );
    expect(statements.some((x) => x.quote.startsWith("lawmakers"))).toBe(false);
  });
  it("', charging that ...' after a verb that only speaks is part of what was said", () => {
    const text =
      "The consumer group Fairfare said it would file a complaint with the competition authority, charging that Nordwind Rail had raised season-ticket prices by 40 percent overnight.";
    const { statements } = readExtraction(text);
    expect(statements).toHaveLength(1);
    expect(statements[0]?.quote).toBe(text);
  });
  it("', blaming X for ...' after a verb of blame stays a statement of its own", () => {
    const text =
      "Moldova accused Ukraine on Monday of cutting the flow of the Dniester, blaming a dam upstream for a drought on its farms.";
    const { statements } = readExtraction(text);
    expect(statements.some((x) => x.quote.startsWith("blaming a dam upstream"))).toBe(true);
  });
});

describe("a condition, concession or rule the claim is made on goes with it", () => {
  it("', although ...' stays with the claim", () => {
    const text =
      "Villagers in Odra accused the Varda Brigade of shelling their market.\n" +
      "Residents said soldiers from the Varda Brigade had taken six hours to reach the village, although their nearest base is 15 kilometres away.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("six hours"));
    expect(s?.quote).toBe(
      "Residents said soldiers from the Varda Brigade had taken six hours to reach the village, although their nearest base is 15 kilometres away.",
    );
  });
  it("', although <another voice> denied it' is the writer's aside and ends the claim", () => {
    const text =
      "The Tamsk Farmers Union accused Grenmark Mining of poisoning the river that feeds the valley's wells, although the company has denied it.";
    const { statements } = readExtraction(text);
    expect(statements[0]?.quote).toBe(
      "The Tamsk Farmers Union accused Grenmark Mining of poisoning the river that feeds the valley's wells",
    );
  });
  it("', but only if ...' stays with the claim", () => {
    const text =
      "Lodmar accused Kerra of closing the border crossing at Vesk without warning.\n" +
      "A Kerran official, who asked not to be named, said Kerra was ready to reopen the crossing in May, but only if Lodmar paid its transit fees.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("ready to reopen"));
    expect(s?.quote).toBe(
      "A Kerran official, who asked not to be named, said Kerra was ready to reopen the crossing in May, but only if Lodmar paid its transit fees.",
    );
  });
  it("', as national rules require' stays with the claim; ', as floods swamped ...' does not", () => {
    const text =
      "The Osk Patients' Forum accused Osk General Hospital of hiding the deaths of six mothers.\n" +
      "The hospital said each death was being reviewed by a panel of senior doctors, as national rules require.\n" +
      "The Osk Patients' Forum accused the hospital of turning mothers away, as floods swamped the city for a third week.";
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("panel of senior doctors"))?.quote).toContain(
      ", as national rules require",
    );
    expect(statements.find((x) => x.quote.includes("turning mothers away"))?.quote).not.toContain("floods");
  });
});
