// Round 62: statements no labeller would label, and blame read where there is none; each mechanism
// checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

const STORY =
  "LUSAKA, Apr 3 (Southern Africa Wire) - Zambia accused Malawi on Tuesday of letting smugglers cross the Luangwa river with stolen maize.\n" +
  "Malawi rejected the accusation and said Zambian border guards had fired on its traders.\n";

describe("'..., according to X' after the writer's own sentence: a source that only backs a fact", () => {
  it("'Zambia accounted for about a third of the region's maize exports, according to the Grain Council': no charge", () => {
    const text = `${STORY}Zambia accounted for about a third of the region's maize exports in 2024, according to the Regional Grain Council, a body based in Harare.\n`;
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("accounted for"))).toBeUndefined();
  });
  it("guard: a cue of blame in the words keeps the source's account ('..., blamed on Malawi, according to X')", () => {
    const text = `${STORY}Malawian troops shelled two Zambian villages last week, according to the Regional Grain Council.\n`;
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("shelled"))).toBeDefined();
  });
});

describe("'take' retracts only with 'back'", () => {
  it("'The Zambian Traders' Union took a different line.' is no retraction", () => {
    const text = `${STORY}The Zambian Traders' Union took a different line.\n`;
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("took a different line"))).toBeUndefined();
  });
});

describe("the writer's aside and the envoy's summons end a lead's charge", () => {
  it("', drawing a sharp rebuttal from ...' is the writer's, not the charge's words", () => {
    const text = `LUSAKA, Apr 3 (Southern Africa Wire) - Zambia accused Malawi on Tuesday of letting smugglers cross the Luangwa river with stolen maize, drawing a sharp rebuttal from Lilongwe.\nMalawi said Zambian border guards had fired on its traders.\n`;
    const { statements } = readExtraction(text);
    const lead = statements.find((x) => x.quote.startsWith("Zambia accused"));
    expect(lead?.quote).toBe(
      "Zambia accused Malawi on Tuesday of letting smugglers cross the Luangwa river with stolen maize",
    );
  });
  it("', in the most serious incident on the frontier in a decade' is the writer's ranking", () => {
    const text = `LUSAKA, Apr 3 (Southern Africa Wire) - Zambia accused Malawian soldiers on Tuesday of shooting two traders near the Mwami crossing, in the most serious incident on the frontier in a decade.\nMalawi said its soldiers had been fired on.\n`;
    const { statements } = readExtraction(text);
    const lead = statements.find((x) => x.quote.startsWith("Zambia accused"));
    expect(lead?.quote).toBe(
      "Zambia accused Malawian soldiers on Tuesday of shooting two traders near the Mwami crossing",
    );
  });
  it("', and summoned Malawi's high commissioner ...' is a deed told after the charge, not its words", () => {
    const text = `LUSAKA, Apr 3 (Southern Africa Wire) - Zambia accused Malawian soldiers on Tuesday of shooting two traders near the Mwami crossing, and summoned Malawi's high commissioner in Lusaka to explain the shooting.\nMalawi said its soldiers had been fired on.\n`;
    const { statements } = readExtraction(text);
    const lead = statements.find((x) => x.quote.startsWith("Zambia accused"));
    expect(lead?.quote).toBe(
      "Zambia accused Malawian soldiers on Tuesday of shooting two traders near the Mwami crossing",
    );
  });
  it("guard: ', in the second half of January' (no ranking) stays with the words", () => {
    const text = `${STORY}The ministry acknowledged that the documents had been filed late, in the second half of January, but said they had been complete.\n`;
    const { statements } = readExtraction(text);
    expect(statements.some((x) => x.quote.includes("in the second half of January"))).toBe(true);
  });
});

describe("what the side's own body will give or send to relieve the harm is its plan, no charge", () => {
  it("'said the ministry would release 80,000 bags of maize this week' is not proposed", () => {
    const text = `${STORY}Zambia's agriculture ministry said the ministry would release 80,000 bags of maize from the reserve this week.\n`;
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("release 80,000 bags"))).toBeUndefined();
  });
  it("'said the government would put 40 of its own lorries on the road' is not proposed", () => {
    const text = `${STORY}Zambia's agriculture ministry said the government would put 40 of its own lorries on the Chipata road.\n`;
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("40 of its own lorries"))).toBeUndefined();
  });
  it("guard: 'the government would withhold ...' (against the other) is still weighed", () => {
    const text = `${STORY}Zambia's agriculture ministry said the government would withhold the final payment to Malawi's grain board.\n`;
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("withhold the final payment"))).toBeDefined();
  });
});

describe("a body's concern in quotation marks is no charge either", () => {
  it(`'said it was "concerned" by the stoppage' is not proposed`, () => {
    const text = `${STORY}The Zambia Port Authority, which runs the Mpulungu harbour, said it was "concerned" by the stoppage.\n`;
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("concerned"))).toBeUndefined();
  });
});

describe("a side's cue-less words right after its own denial by the verb are the denial's grounds", () => {
  const lead =
    "LUSAKA, Apr 3 (Southern Africa Wire) - The Zambia Traders' Union accused the Malawi Revenue Authority (MRA) on Tuesday of holding maize lorries at the Mwami border post for bribes.\n" +
    "The MRA denied that its officers had asked for money.";
  it("'A spokesman for the MRA said the union had been told the post would be closed' is a denial, not a charge back", () => {
    const text = `${lead} A spokesman for the MRA said the Zambia Traders' Union had been told the post would be closed on Monday.\n`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("had been told the post"));
    expect(s?.category).toBe("denial");
  });
  it("guard: words naming a doer by a passive's 'by' ('the design approved by the Ministry ...') stay a charge", () => {
    const text =
      "SEMARANG, Indonesia, Mar 4 (Asia Wire) - Semarang's city government accused the contractor PT Bayu Karya on Monday of building a sea wall that cracked within a year, and blamed the Ministry of Public Works for approving it.\n" +
      "Bayu Karya denied cutting corners. Bayu Karya said the wall had been built exactly to the design approved by the Ministry of Public Works.\n";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("design approved by"));
    expect(["accusation", "counter-accusation"]).toContain(s?.category);
  });
  it("guard: words with a cue of blame ('had been caused by ...') stay a charge back", () => {
    const text = `${lead} A spokesman for the MRA said the queue had been caused by a computer fault at the Zambian side of the post.\n`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("computer fault"));
    expect(s?.category).toBe("counter-accusation");
  });
});
