// Round 46: the accused (a statement's targets) on the freshest sets; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("an office-holder named before is the one 'the minister' or 'the minister's ...' blames", () => {
  it("'accused the president's office of ...' blames the president named before", () => {
    const text =
      "ULAANBAATAR - Mongolia's president, Batbayar Sukhee, vetoed the state budget on Friday, saying it cut heating subsidies for the poor.\n" +
      "The opposition Green Unity Party, which leads parliament's budget committee, rejected the veto and accused the president's office of \"reading the budget tables upside down.\"";
    const { statements } = readExtraction(text);
    const party = statements.find((x) => x.quote.includes("upside down"));
    const president = statements.find((x) => x.quote.includes("heating subsidies"));
    expect(party).toBeDefined();
    expect(party?.targetTops).toContain(president?.forTop);
  });
  it("'The minister has had the report on her desk' at a sentence's start blames the minister named before", () => {
    const text =
      "STOCKHOLM - Swedish dairy farmers blocked roads on Monday, accusing Rural Affairs Minister Elin Forsberg of ignoring an inquiry into supermarket prices.\n" +
      '"The minister has had the report on her desk for two years and has done nothing with it," said Anders Berg, who chairs the Swedish Dairy Farmers\' Front.';
    const { statements } = readExtraction(text);
    const front = statements.find((x) => x.quote.includes("on her desk"));
    expect(front?.targetNames).toContain("Elin Forsberg");
  });
});

describe("a side does not blame its own body under a longer or a shorter name", () => {
  it("'Vía Norte's general manager ... denied that the company had broken any agreement' does not accuse Vía Norte Concesiones", () => {
    const text =
      "LIMA - Lima's city government accused toll-road operator Vía Norte Concesiones on Wednesday of squeezing commuters with a 14% fare rise.\n" +
      "Vía Norte's general manager, Felipe Arrieta, denied that the company had broken any agreement.";
    const { statements } = readExtraction(text);
    const denial = statements.find((x) => x.quote.includes("broken any agreement"));
    expect(denial).toBeDefined();
    expect(denial?.targetNames).not.toContain("Vía Norte Concesiones");
  });
  it("a party whose name has a word between ('Democratic Party', 'Democratic Renewal Party') is another's (guard)", () => {
    const text =
      "ULAANBAATAR - The Democratic Party accused the Democratic Renewal Party on Monday of stuffing the budget with projects in its lawmakers' districts.";
    const { statements } = readExtraction(text);
    const charge = statements.find((x) => x.quote.includes("stuffing the budget"));
    expect(charge?.targetNames).toContain("Democratic Renewal Party");
  });
});

describe("a state's armed force named after the state is the state's", () => {
  it("'The Botswana Defence Force (BDF) gave a different account' speaks for Botswana and blames Zimbabwe, not Botswana", () => {
    const text =
      "HARARE - Zimbabwe accused Botswana on Monday of killing two cattle herders on the Shashe river.\n" +
      "The Botswana Defence Force (BDF) gave a different account. Its spokesman, Colonel Tebogo Mosweu, said one of the men had fired at a patrol.\n" +
      '"Our soldiers responded to a threat to their lives," Mosweu told reporters. "The cattle were stolen from a kraal the same evening."';
    const { statements } = readExtraction(text);
    const soldiers = statements.find((x) => x.quote.includes("responded to a threat"));
    expect(soldiers?.forTop).toBe("Botswana");
    expect(soldiers?.targetTops).not.toContain("Botswana");
  });
});
