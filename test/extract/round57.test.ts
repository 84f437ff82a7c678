// Round 57: statements never proposed (quote recall); each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a clause of a verb that only informs, inside another's words, does not end them", () => {
  it("'said auditors had found that Rapido Buses had reported ...': the official's words run to the end", () => {
    const text =
      "SAN SALVADOR, June 10 (Central America Press) - Bus drivers walked off the job on Tuesday as their union accused Rapido Buses of withholding two months of wages.\n" +
      "Rapido Buses said the transport ministry had failed to pay its subsidy.\n" +
      "A senior official at the transport ministry, who asked not to be named, said auditors had found that Rapido Buses had reported more kilometres than its buses had driven in 2025.\n";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.startsWith("A senior official"));
    expect(s?.quote).toBe(
      "A senior official at the transport ministry, who asked not to be named, said auditors had found that Rapido Buses had reported more kilometres than its buses had driven in 2025.",
    );
    expect(s?.targetTops).toEqual(["Rapido Buses"]);
  });
  it("'has demanded that Indonesia explain how ...': the demand runs on through what it demands", () => {
    const text =
      "PORT MORESBY (Pacific Wire) - Papua New Guinea has demanded that Indonesia explain how two of its citizens came to be shot dead near the border at Wutung.\n" +
      "Indonesia said its soldiers had not crossed the border.\n";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.startsWith("Papua New Guinea has demanded"));
    expect(s?.quote).toBe(
      "Papua New Guinea has demanded that Indonesia explain how two of its citizens came to be shot dead near the border at Wutung.",
    );
    expect(s?.category).toBe("demand");
    expect(s?.targetTops).toEqual(["Indonesia"]);
  });
  it("guard: a verb that informs joined by a comma and 'and' is a clause of its own, not the first one's words", () => {
    const text =
      "NAIROBI, Jan 3 (Wire) - Kenya accused Uganda on Monday of seizing Migingo island.\n" +
      "Uganda said its police had patrolled the island for years, and Kenya's coast guard reported that two boats had been seized.\n";
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.startsWith("Uganda said"))?.quote ?? "").not.toContain("coast guard");
  });
});

describe("a quoted label right after a verb of blame, its charge after it: one reported statement", () => {
  it("'accused “some people in the village” of refusing access ...': the clause, not the label", () => {
    const text =
      "SKIKDA, Algeria, Oct 21 (Maghreb Press Service) - Villagers on the Saf Saf river accused Numidia Polymeres on Tuesday of poisoning their wells.\n" +
      "Numidia's director, Karim Messaoudi, said the company had offered to pay for independent tests of the wells, and accused “some people in the village” of refusing access to the laboratory team last month.\n";
    const { statements } = readExtraction(text);
    expect(statements.map((x) => x.quote)).toContain(
      "accused “some people in the village” of refusing access to the laboratory team last month.",
    );
    expect(statements.map((x) => x.quote)).not.toContain("some people in the village");
  });
  it("'Ochieng also accused \"certain NGOs funded from abroad\" of encouraging ...': from the subject", () => {
    const text =
      "KAMPALA, March 3 (East Africa Wire) - Villagers accused the Ugandan energy ministry on Monday of paying too little for their land.\n" +
      'Energy Minister Ruth Ochieng said the payments were fair. Ochieng also accused "certain NGOs funded from abroad" of encouraging villagers to refuse payment.\n';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("certain NGOs"));
    expect(s?.quote).toBe(
      'Ochieng also accused "certain NGOs funded from abroad" of encouraging villagers to refuse payment.',
    );
    expect(s?.mode).toBe("reported");
  });
  it("the places and bodies of the charge after the label are not whom it blames", () => {
    const text =
      "GABORONE, Aug 11 (Southern Africa Wire) - Zimbabwe accused Botswana's soldiers on Monday of shooting dead two herdsmen.\n" +
      "Botswana's Ministry of Defence said it stood by the patrol. Its spokesman, Colonel Tebogo Mosweu, accused “criminal syndicates operating from across the border” of stealing cattle from the Tati Ranch Company every month.\n";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("criminal syndicates"));
    expect(s?.mode).toBe("reported");
    expect(s?.targetTops).not.toContain("Tati Ranch Company");
  });
  it("guard: 'said \"we will not give up ...,\" and urged' stays a quote of its own", () => {
    const text =
      "NAIROBI, Jan 3 (Wire) - Kenya accused Uganda on Monday of seizing Migingo island.\n" +
      'Uganda\'s foreign minister, John Okello, said "we will not give up one metre of our land," and urged Kenya to talk.\n';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.startsWith("we will not give up"));
    expect(s?.mode).toBe("direct");
  });
});

describe("'acknowledged that ..., but said ...': the words after 'but' rebut the rest, even with no cue", () => {
  const CHARGE =
    "YAOUNDE, Feb 12 (Wire) - The opposition Renewal Movement accused the electoral commission on Monday of rigging the count in the Far North.\n";
  it("an unnamed official's 'but said the delay had not changed the outcome': a denial, kept", () => {
    const text = `${CHARGE}An official at the commission, who asked not to be named, acknowledged that results from 30 polling stations had been entered late, but said the delay had not changed the outcome in any constituency.\n`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("had not changed the outcome"));
    expect(s?.quote).toBe("said the delay had not changed the outcome in any constituency.");
    expect(s?.category).toBe("denial");
  });
  it("'admitted that ..., but said such cases were few': a justification, kept", () => {
    const text =
      "LAGOS, March 2 (Wire) - Nigeria's main labour unions accused the petroleum regulator on Monday of letting fuel marketers overcharge motorists.\n" +
      "The marketers' association said prices were set by the regulator. Its chairman, Musa Danjuma, admitted that some filling stations had sold old stock at the new price on Saturday, but said such cases were few.\n";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("such cases were few"));
    expect(s?.category).toBe("justification");
  });
  it("guard: 'but said it would publish them next week' is a plan, no rebuttal", () => {
    const text = `${CHARGE}An official at the commission, who asked not to be named, acknowledged that results from 30 polling stations had been entered late, but said it would publish them next week.\n`;
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("publish them"))).toBeUndefined();
  });
});

describe("a body's name after 'The', its place after it, opens the sentence as its subject", () => {
  it("'The European Union delegation in Chisinau said ... and urged the authorities to ...': the EU's demand", () => {
    const text =
      "CHISINAU, Feb 4 (Wire) - Anti-corruption prosecutors searched the town hall in Balti on Wednesday over a street-lighting contract.\n" +
      "The mayor, Vasile Cojocaru, denied any wrongdoing.\n" +
      "The European Union delegation in Chisinau said it was following the case closely and urged the authorities to ensure that the investigation was swift and transparent.\n";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.startsWith("urged the authorities"));
    expect(s?.category).toBe("demand");
    expect(s?.forTop).toBe("European Union");
    expect(s?.targetTops).toEqual(["Moldova"]);
  });
});
