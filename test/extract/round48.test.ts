// Round 48: sides on the freshest sets; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a story names its national government by its seat or beside the provinces' as two levels", () => {
  it("'the government in Chisinau': the town's mayor speaks for the town, not the state", () => {
    const text =
      "ORHEI, Mar 12 (Inland Wire) - Prosecutors searched the town hall in Orhei on Wednesday over a street-lighting contract.\n" +
      "Mayor Ilie Brandus denied any wrongdoing and called the searches a political show.\n" +
      '"They want this town back before the elections," Brandus said.\n' +
      "The Justice Ministry rejected the accusation. Orhei is governed by a party that opposes the government in Chisinau.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("political show"));
    expect(s?.speakerName).toBe("Ilie Brandus");
    expect(s?.forTop).not.toBe("Moldova");
  });
  it("'the federal and provincial governments': the mayor's cue-less quote is kept as the town's charge", () => {
    const text =
      "LARKANA, Pakistan, Aug 27 (Indus Wire Service) - The mayor of Larkana accused a flood-protection board on Tuesday of ignoring warnings about a weakened embankment.\n" +
      '"For two years we wrote letter after letter," Mayor Imran Soomro told reporters.\n' +
      "Soomro said the Indus Flood Board had failed to pay the contractor it hired to repair the embankment.\n" +
      "The board rejected the mayor's account.\n" +
      "A rights group called on the federal and provincial governments to publish all inspection reports.";
    const { statements } = readExtraction(text);
    const charge = statements.find((x) => x.quote.includes("failed to pay the contractor"));
    expect(charge?.speakerName).toBe("Imran Soomro");
    expect(charge?.forTop).not.toBe("Pakistan");
    const quote = statements.find((x) => x.quote.includes("letter after letter"));
    expect(quote?.forTop).toBe(charge?.forTop);
  });
});

describe("a chamber or a council whose name a demonym opens is its members' body, not the state", () => {
  it("'The Portuguese Chamber of Notaries' and 'The chamber's president, X,': the chamber's, not Portugal's", () => {
    const text =
      "LISBON, May 4 (Iberia Press) - The Portuguese Chamber of Notaries accused the justice ministry on Monday of cutting its fees without consulting it.\n" +
      "The chamber's president, Rui Matos, said the ministry had ignored three letters since January.";
    const { statements } = readExtraction(text);
    const lead = statements.find((x) => x.quote.includes("cutting its fees"));
    expect(lead?.forTop).toBe("Portuguese Chamber of Notaries");
    const s = statements.find((x) => x.quote.includes("ignored three letters"));
    expect(s?.speakerName).toBe("Rui Matos");
    expect(s?.forTop).toBe("Portuguese Chamber of Notaries");
  });
  it("'The Chilean National Council of Truckers called on ...': the council speaks, not Chile", () => {
    const text =
      "SANTIAGO, June 2 - Chile and Argentina blamed each other for closing the Cristo Redentor pass.\n" +
      "The Chilean National Council of Truckers called on both governments to reopen the pass within 24 hours.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("reopen the pass"));
    expect(s?.forTop).toBe("Chilean National Council of Truckers");
  });
  it("(guard) 'The Turkish National Security Council' is still the state's", () => {
    const text =
      "ANKARA, June 2 - Turkey and Greece traded blame over an incident in the Aegean.\n" +
      "The Turkish National Security Council accused Greece of arming islands near the Turkish coast.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("arming islands"));
    expect(s?.forTop).toBe("Turkey");
  });
});

describe("an unnamed spokesman or official named by no body speaks for the body that answered just before", () => {
  it("'Liffey Air denied ... . A spokesman said ...': the airline's spokesman", () => {
    const text =
      "DUBLIN, Aug 7 (Irish Business Wire) - A passengers' association accused Corrib Air on Thursday of refusing compensation claims for delayed flights.\n" +
      "Corrib Air denied that it had been refusing claims. A spokesman said the airline paid every valid claim within 28 days and blamed the airport for the delays.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("every valid claim"));
    expect(s?.forTop).toBe("Corrib Air");
  });
  it("'The ... Ministry rejected the charge. A senior official, who did not wish to be named, said ...': the state's", () => {
    const text =
      "NEW DELHI, Nov 4 - Punjab's agriculture minister accused the central government of failing to pay farmers to stop burning stubble.\n" +
      "The Union Environment Ministry rejected the charge. A senior official, who did not wish to be named, said the Centre had released ₹1,680 crore to Punjab since 2018 and blamed the state for not spending it.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("released ₹1,680 crore"));
    expect(s?.forTop).toBe("India");
  });
  it("(guard) after a sentence where a body only acts, a local official stays no one's", () => {
    const text =
      "A cooperative of cocoa farmers accused Swiss chocolate maker Brunner & Keller of cutting the premium it pays them.\n" +
      "The Cocoa Growers' Union held a protest march on Saturday. A local official said the loss of the premium would cost the town about 900 million CFA francs and blamed the company.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("900 million"));
    expect(s?.forTop).not.toBe("Cocoa Growers' Union");
  });
});

describe("the opposition's members of an assembly, named with it, are the opposition's voice", () => {
  it("'Opposition members of the city council accused the mayor ...': a side of their own, named with the council", () => {
    const text =
      "SUKKUR, Pakistan, Aug 27 - The mayor of Sukkur accused a federal board of ignoring warnings about an embankment.\n" +
      "Opposition members of the city council accused the mayor of using the board as a shield.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("using the board as a shield"));
    expect(s?.forTop).toBe("Opposition members of the city council");
  });
  it("'Opposition lawmakers in the Flemish Parliament accused ...': the opposition, not no side", () => {
    const text =
      "BRUSSELS, Oct 7 - Flanders' largest teachers' union called a strike, accusing the education department of cutting support hours.\n" +
      "Opposition lawmakers in the Flemish Parliament accused the education minister of misleading the chamber in June.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("misleading the chamber"));
    expect(s?.forTop).toBe("Opposition lawmakers in the Flemish Parliament");
  });
});
