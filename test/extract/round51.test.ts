// Round 51: which state a body named by a common noun belongs to in a story between two states;
// each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("'their own government', 'the government' in the words of a body of one state's people", () => {
  it("'The Chilean Chamber of Fruit Exporters ... criticised her own government': Chile's, not Peru's", () => {
    const text =
      "SANTIAGO, Mar 3 (Andes Wire) - Peru banned imports of Chilean grapes on Monday, citing a fruit fly outbreak.\n" +
      "The Chilean Chamber of Fruit Exporters blamed the government in Lima for punishing growers over a trade quarrel.\n" +
      "The chamber's president, Ana Rojas, also criticised her own government.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("her own government"));
    expect(s?.forTop).toBe("Chilean Chamber of Fruit Exporters");
    expect(s?.targetTops).toEqual(["Chile"]);
  });
  it("'Fishermen in Tumbes accused their own government': the story's other state than the one the words name, else the dateline's", () => {
    const text =
      "LIMA/QUITO, Jan 9 (Andes Wire) - Ecuador accused Peru on Tuesday of seizing three fishing boats.\n" +
      "Peru said the boats had been fishing without a licence inside Peruvian waters.\n" +
      "Ecuador rejected that and demanded the crews' release.\n" +
      "Peru's foreign ministry said Ecuador had ignored its warnings.\n" +
      "Fishermen in Tumbes accused their own government as well.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("their own government"));
    expect(s?.targetTops).toEqual(["Peru"]);
  });
  it("'Ecuador took our catch. But our own government ...': the state of the two the words do not name", () => {
    const text =
      "QUITO, Jan 9 (Andes Wire) - Ecuador accused Peru on Tuesday of seizing three fishing boats.\n" +
      "Peru said the boats had been fishing without a licence inside Peruvian waters.\n" +
      "Peru's foreign ministry said Ecuador had ignored its warnings.\n" +
      "The Tumbes Fishermen's Union accused the fisheries ministry of neglect.\n" +
      '"Ecuador took our catch, yes. But our own government took our boats," the union\'s head, Luis Paz, said.';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("our own government"));
    expect(s?.targetTops).toContain("Peru");
  });
  it("'The Honduran Coffee Council said the government had ...': Honduras's government, not the last one named", () => {
    const text =
      "TEGUCIGALPA, Feb 9 (Istmo Press) - Honduras and Nicaragua blamed each other on Sunday for closing their main border crossing.\n" +
      "Nicaragua's government said Honduran officers had refused its lorries.\n" +
      "The Honduran Coffee Council said the government had introduced the new permits without warning.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("new permits"));
    expect(s?.forTop).toBe("Honduran Coffee Council");
    expect(s?.targetTops).toEqual(["Honduras"]);
  });
  it("'accused the government' from a landowners' association of neither state: the dateline's state, one of the two", () => {
    const text =
      "PORT MORESBY, May 2 (Pacific Wire) - Papua New Guinea accused Indonesia on Thursday of killing two traders near the border.\n" +
      "Indonesia's government rejected the accusation and said its soldiers had not crossed the border.\n" +
      "The Sandaun Landowners Association accused the government of abandoning the border.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("abandoning the border"));
    expect(s?.targetTops).toEqual(["Papua New Guinea"]);
  });
});

describe("'..., the statement said': the body that issued the statement, not the person named last", () => {
  it("'In a statement, it said ...' then a quote the statement said: Peru's ministry", () => {
    const text =
      "LA PAZ (Reuters) - Bolivia accused Peru on Monday of draining Lake Titicaca.\n" +
      '"Peru is stealing our water," Foreign Minister Juan Quispe told reporters.\n' +
      "Peru's foreign ministry rejected the accusation. In a statement, it said the drought was to blame.\n" +
      '"To accuse Peru of stealing water is irresponsible," the statement said.';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("irresponsible"));
    expect(s?.speakerName).toBeUndefined();
    expect(s?.forTop).toBe("Peru");
    expect(s?.targetTops).toEqual(["Bolivia"]);
  });
  it("'X said in a statement that ...' then 'the statement said': the company", () => {
    const text =
      "KAMPALA (AP) - Families displaced by an oil pipeline accused its builder of underpaying them.\n" +
      '"They came with promises and left with our land," said Yosia Kato, a farmer.\n' +
      'Lake Albert Pipeline Ltd said in a statement that it had paid compensation "in full compliance with the law."\n' +
      '"Every rate was approved by the government valuer, not by the company," the statement said.';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("Every rate was approved"));
    expect(s?.speakerName).toBeUndefined();
    expect(s?.forTop).toBe("Lake Albert Pipeline Ltd");
  });
});

describe("'According to <a side's body>, ...' opening a sentence: the side's account, its doer described", () => {
  it("'According to the Kyrgyz foreign ministry, Kazakhstan's envoy was summoned ...': proposed, Kyrgyzstan against Kazakhstan", () => {
    const text =
      "BISHKEK, Nov 21 (Caspian News Agency) - Kyrgyzstan accused Kazakhstan on Thursday of holding up trucks at their border.\n" +
      "Kazakhstan's customs committee rejected the charge.\n" +
      "According to the Kyrgyz foreign ministry, Kazakhstan's charge d'affaires was summoned on Wednesday and handed a protest note demanding that the inspections be suspended.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("protest note"));
    expect(s?.forTop).toBe("Kyrgyzstan");
    expect(s?.targetTops).toEqual(["Kazakhstan"]);
  });
  it("(guard) '..., according to the WHO' after a figure: no charge", () => {
    const text =
      "ACCRA (AP) - Ghana's health ministry and a nurses' union traded blame over staff shortages.\n" +
      "Ghana's maternal mortality ratio has fallen by a third since 2010, according to the WHO.";
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("maternal mortality"))).toBeUndefined();
  });
});
