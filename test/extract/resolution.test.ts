// Actors, sides and targets on long texts (the sixteenth round): a politician whose party the text
// names speaks for the party in a row between parties; "the prime minister" as a target.
import { describe, expect, it } from "vitest";
import { Document } from "../../src/extract/document";
import { readExtraction } from "./read";

describe("a minister whose party the text names", () => {
  const text = `TALLINN (Reuters) - The Farmers Party accused its coalition partner on Monday of rigging a road tender.\nParty chairman Toomas Kask said the transport ministry, run by the Reform Union, had changed the rules.\nTransport Minister Mari Saar, a Reform Union member, said the Farmers Party had leaked the tender papers to the press.\n"The ministry followed the law," Saar said.`;

  it("speaks for the party, and the ministry she runs is not her target", () => {
    const { statements } = readExtraction(text);
    const charge = statements.find((s) => s.quote.includes("leaked the tender papers"));
    expect(charge?.speakerName).toBe("Mari Saar");
    expect(charge?.forTop).toBe("Reform Union");
    expect(charge?.targetTops).toEqual(["Farmers Party"]);
    const defence = statements.find((s) => s.quote.startsWith("The ministry followed"));
    expect(defence?.targetTops ?? []).not.toContain("Estonia");
  });

  it("gives 'Saar's Reform Union' the prime minister, so a charge at her is the party's", () => {
    const { statements } = readExtraction(
      `RIGA (Reuters) - The Farmers Party quit the coalition on Monday, accusing Prime Minister Mari Saar of breaking her promise.\nParty leader Toomas Kask said Saar's Reform Union had drafted the bill in secret.\nA Reform Union lawmaker said the bill was needed.\nSaar accused the Farmers Party of populism.`,
    );
    const lead = statements.find((s) => s.quote.includes("accusing Prime Minister"));
    expect(lead?.targetTops).toEqual(["Reform Union"]);
    const answer = statements.find((s) => s.quote.startsWith("Saar accused"));
    expect(answer?.forTop).toBe("Reform Union");
  });

  it("leaves a minister of a row between states to the state", () => {
    const { statements } = readExtraction(
      `DUSHANBE (Reuters) - Tajikistan accused Uzbekistan on Monday of shelling border villages, a charge the ruling People's Front party repeated.\nDefence Minister Rustam Nazarov, a People's Front member, said the shelling had come from Uzbekistan.\nOpposition parties backed the government.`,
    );
    const charge = statements.find((s) => s.quote.includes("shelling had come"));
    expect(charge?.forTop).toBe("Tajikistan");
  });
});

describe("an office-holder named by title alone", () => {
  it("reads 'called on the prime minister' as the prime minister named before", () => {
    const { statements } = readExtraction(
      `VILNIUS (Reuters) - The Farmers Party accused Prime Minister Mari Saar on Monday of breaking her promise on pensions.\nThe Liberal Movement said it would stay in government but called on the prime minister to delay the vote.`,
    );
    const demand = statements.find((s) => s.quote.startsWith("called on the prime minister"));
    expect(demand?.targetNames).toEqual(["Mari Saar"]);
  });
});

describe("a subject set off by an apposition with no title", () => {
  it("does not read 'said the shelling had come from X' as an inverted speaker", () => {
    const { statements } = readExtraction(
      `DUSHANBE (Reuters) - Tajikistan accused Uzbekistan on Monday of shelling border villages.\nDefence Minister Rustam Nazarov, a Unity Front member, said the shelling had come from Uzbekistan.`,
    );
    const charge = statements.find((s) => s.quote.includes("shelling had come"));
    expect(charge?.speakerName).toBe("Rustam Nazarov");
    expect(charge?.forTop).toBe("Tajikistan");
  });
});

describe("the opposition the text names", () => {
  const text = `ACCRA (Reuters) - Ghana's main opposition coalition on Tuesday accused the Electoral Commission of rigging the count.\nProvisional results gave the president 50.6% against 45.1% for opposition candidate Kofi Mensah of the Alliance for Renewal.\nThe ruling Unity Party accused the opposition of trying to provoke unrest.\nElectoral Commission chairwoman Ama Owusu said the discrepancies the coalition had pointed to came from arithmetic errors.\nThe Catholic Bishops' Conference said the count was fair.\nA Western diplomat in Accra, who asked not to be named, said observers had seen "nothing on the scale the opposition claims".`;

  it("keeps a body's name going past 'for' ('Alliance for Renewal'), a body after 'of the', not a place", () => {
    const { extraction } = readExtraction(text);
    expect(extraction.actors.map((a) => a.name)).toContain("Alliance for Renewal");
  });

  it("reads 'the opposition' as the body the text called the opposition, and the described coalition as it", () => {
    const { statements } = readExtraction(text);
    const ruling = statements.find((s) => s.quote.startsWith("The ruling Unity Party"));
    expect(ruling?.targetTops).toEqual(["Alliance for Renewal"]);
    const lead = statements.find((s) => s.quote.startsWith("Ghana's main opposition coalition"));
    expect(lead?.forTop).toBe("Alliance for Renewal");
  });

  it("does not take 'the discrepancies the coalition' for a description that introduces a later name", () => {
    const { statements } = readExtraction(text);
    const reply = statements.find((s) => s.quote.includes("discrepancies the coalition"));
    expect(reply?.targetTops ?? []).not.toContain("Catholic Bishops' Conference");
  });

  it("takes no body from 'a Western diplomat'", () => {
    const doc = new Document(text);
    expect(doc.mentions.map((m) => text.slice(m.start, m.end))).not.toContain("Western");
  });
});

describe("the players' union", () => {
  it("is the Union the text names later, not the federation named before", () => {
    const { statements } = readExtraction(
      `LA PAZ (AP) - The Andean Football Federation suspended the season on Tuesday, as the players' union demanded that the federation pay wages it says are overdue.\nThe federation blamed the league for the debts.\nThe Andean Union of Professional Footballers said 300 players had not been paid.`,
    );
    const demand = statements.find((s) => s.quote.startsWith("the players' union demanded"));
    expect(demand?.forTop).toBe("Andean Union of Professional Footballers");
  });
});
