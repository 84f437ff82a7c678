// Round 59: a regional or local government set against its national government speaks as a side of
// its own; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a sub-national office speaks for its own government, not the national one", () => {
  it("'Governor X' after 'The governor of the Pardubice Region accused the Finance Ministry': the region's, and the charge kept", () => {
    const text =
      "PRAGUE, May 3 (Central Europe Wire) - The governor of the Pardubice Region accused the Finance Ministry on Monday of cutting money promised for rural buses.\n" +
      'Governor Martin Novak told reporters that the ministry had "broken its word" to the villages.\n' +
      "The Finance Ministry rejected the accusation.\n";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("broken its word"));
    expect(s?.forTop).toBe("Pardubice Region");
    expect(s?.targetTops).toContain("Czech Republic");
  });
  it("'Ancona's provincial governor, X, accused the government in Rome': the province's, not Italy's", () => {
    const text =
      "ROME, Jun 4 (Adriatic Wire) - Italy's interior ministry said on Friday that it had sent more officers to the coast.\n" +
      'Ancona\'s provincial governor, Paolo Ricci, accused the government in Rome of "leaving the harbour towns to fend for themselves."\n';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("fend for themselves"));
    expect(s?.forName).toBe("Ancona");
    expect(s?.forParent).toBeUndefined();
  });
  it("'Mayor X' after 'The mayor of Tamale accused ...': the town's", () => {
    const text =
      "ACCRA, Jul 5 (West Africa Wire) - The mayor of Tamale accused Ghana's roads ministry on Tuesday of abandoning a bypass half built.\n" +
      'Mayor Abdul Rahman said the ministry had "taken the money and left us a ditch."\n';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("left us a ditch"));
    expect(s?.forName).toBe("Tamale");
    expect(s?.forTop).toBe("Tamale");
  });
  it("'Premier X' in a story whose 'Manitoba's health minister' makes Manitoba a government: the province's", () => {
    const text =
      "WINNIPEG, Aug 6 (Prairie Wire) - Manitoba accused the federal government on Wednesday of holding back hospital money.\n" +
      "Manitoba's health minister, Carol Dyck, said the province had not received the money.\n" +
      'Premier Lorne Bastien accused Ottawa of "leaving our hospitals to beg."\n';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("leaving our hospitals"));
    expect(s?.forTop).toBe("Manitoba");
  });
  it("guard: 'the governor of the Central Bank' is no region", () => {
    const text =
      "NAIROBI, Sep 7 (East Africa Wire) - The governor of the Central Bank warned the finance ministry on Thursday that the shilling would fall.\n" +
      '"Borrowing more will not save the currency," Governor Patrick Njoroge said.\n';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("Borrowing more"));
    expect(s?.forName).not.toBe("Central Bank");
  });
});
