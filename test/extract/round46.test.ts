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
