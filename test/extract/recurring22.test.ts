// Round 22: only what recurs (continued), each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a charged side saying its thing passed a test, was fully certified or met every requirement denies", () => {
  it("'said the pipe had passed a pressure test in June'", () => {
    const text =
      "The Residents' Council of Marvik blamed Nordgas for the explosion on Monday. " +
      "Nordgas said the pipe had passed a pressure test in June and that the leak had been caused by vandals.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("pressure test"));
    expect(s?.category).toBe("denial");
  });
  it("'said the system had been “fully tested and certified” before it went into service'", () => {
    const text =
      "The Drivers' Guild blamed Kestrel Signals for the derailment on Tuesday. " +
      "Kestrel Signals said its system had been “fully tested and certified” by the railway before it went into service.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("fully tested"));
    expect(s?.category).toBe("denial");
  });
  it("'“We ran the plant in line with every requirement the regulator set,”'", () => {
    const text =
      "Villagers in Oruma accused Tellar Mining of poisoning their wells. " +
      "“We ran the plant in line with every requirement the regulator set, and the regulator knows it,” the company's director, Farah Osei, told reporters.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("every requirement"));
    expect(s?.category).toBe("denial");
  });
});

describe("a side that denies, naming whom it answers, is in a dispute with them", () => {
  it("its next charge with no target of its own is aimed at the one its denial named", () => {
    const text =
      "The Drivers' Guild blamed the contractors for the derailment on Tuesday. " +
      "Kestrel Signals Ltd rejected the Drivers' Guild's claims.\n\n" +
      '"It is irresponsible to blame the signals before the inquiry has even read the data recorder," the company\'s managing director, Omar Haddad, said.';
    const { statements } = readExtraction(text);
    const next = statements.find((x) => x.quote.includes("irresponsible"));
    expect(next?.forTop).toBe("Kestrel Signals Ltd");
    expect(next?.targetTops).toContain("Drivers' Guild");
  });
});

describe("what a side will do to the other in a court or a vote is a threat, with no condition", () => {
  it("'said it would challenge the defence ministry's decision in court'", () => {
    const text =
      "Poland's defence ministry awarded a helicopter tender to Kestrel Aero on Monday. " +
      "Norrland Rotors, which lost the tender, said it would challenge the defence ministry's decision in court.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("challenge the defence ministry"));
    expect(s?.category).toBe("threat");
  });
  it("'said it would table a motion of no confidence in the mayor'", () => {
    const text =
      "The Civic Union accused Mayor Lena Holm of hiding the cost of the bus contract. " +
      "The opposition Civic Union said it would table a motion of no confidence in Holm at the next council meeting.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("motion of no confidence"));
    expect(s?.category).toBe("threat");
  });
});

describe("what a side says another should or must do is a demand", () => {
  it("'said customers who could not pay their rent should be compensated by Halvard Bank'", () => {
    const text =
      "Halvard Bank blamed Cirrus Data Systems for an outage that froze payments for two days. " +
      "The Tenants' League said customers who could not pay their rent should be compensated by Halvard Bank.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("should be compensated"));
    expect(s?.category).toBe("demand");
  });
  it("'said Kestrel Air should refund passengers in full rather than offer vouchers'", () => {
    const text =
      "Kestrel Air blamed its engine maker for the grounding of 20 jets. " +
      "A travellers' association said Kestrel Air should refund passengers in full rather than offer vouchers.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("should refund"));
    expect(s?.category).toBe("demand");
    // "should have", a charge of what was not done, stays a charge.
    const past = readExtraction(
      "Kestrel Air blamed its engine maker for the grounding of 20 jets. " +
        "A travellers' association said Kestrel Air should have warned passengers weeks earlier.",
    ).statements.find((x) => x.quote.includes("should have warned"));
    expect(past?.category).toBe("accusation");
  });
  it("not what a harm forces on someone else: 'cannot decide that a mother must choose between ...'", () => {
    const text =
      "Pakistan's health minister accused Halden Pharma of doubling the price of insulin. " +
      '"Halden Pharma cannot decide overnight that a mother in Quetta must choose between her child\'s insulin and food," the minister, Sara Baig, said.';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("must choose"));
    expect(s?.category).toBe("accusation");
  });
});

describe("a side saying others will be prosecuted, punished or jailed threatens them", () => {
  it("'said the Vietnamese captains would be prosecuted', after a charge", () => {
    const text =
      "Indonesia accused Vietnam of sending trawlers into its waters. " +
      "Indonesia's fisheries minister, Budi Santoso, said the Vietnamese captains would be prosecuted.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("would be prosecuted"));
    expect(s?.category).toBe("threat");
    expect(s?.targetTops).toContain("Vietnam");
  });
  it("'said those responsible would be punished', from the charged side: a threat against no one named", () => {
    const text =
      "The Drivers' Guild blamed the Malaysian government for the crash, saying it had cut maintenance budgets. " +
      'Transport Minister Omar Haddad said those responsible would be punished "whoever they are".';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("would be punished"));
    expect(s?.category).toBe("threat");
    expect(s?.targets).toEqual([]);
  });
});
