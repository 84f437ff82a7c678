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
