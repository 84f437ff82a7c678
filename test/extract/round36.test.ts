// Round 36: a charged side's defence read as a charge; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("the grounds a side gives right after rejecting a charge deny it", () => {
  it("'rejected any responsibility. Its chief executive told reporters that the dam had been inspected by the ministry' denies the villagers' charge", () => {
    const text =
      "Villagers in Tarawe accused Kestrel Mining of ignoring warnings that its tailings dam was failing.\n" +
      "Kestrel Mining rejected any responsibility. Its chief executive, John Amos, told reporters that the dam had been inspected by the Ministry of Mines in March and had passed.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("inspected"));
    expect(s?.category).toBe("denial");
    expect(s?.targetNames).toEqual(["Villagers in Tarawe"]);
    expect(s?.answers).toBe(statements[0]?.ref);
  });
  it("'rejected the accusation. He told reporters that the department's inspectors had done their job' is no charge of the department", () => {
    // (The exporters by their association's name, as the dev text has them: "Thai rice exporters" is
    // read as Thailand, and since round 37 the department is Thailand's too, so the minister's words
    // had no one to answer and were dropped before their grounds were read.)
    const text =
      "The Thai Rice Exporters Association accused the Commerce Ministry of letting infested rice through its inspections.\n" +
      "Commerce Minister Anan Sirikul rejected the accusation. He told reporters that the Department of Foreign Trade's inspectors had done their job and that the weevils had most likely hatched during the voyage.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("done their job"));
    expect(s?.category).toBe("denial");
    expect(s?.targetNames).not.toContain("Department of Foreign Trade");
  });
  it("a charge back with its own verb of blame stays a charge", () => {
    const text =
      "The Harnby Farmers' Union accused the European Commission on Monday of sacrificing French agriculture to seal a trade deal with Brazil.\n" +
      "The Commission rejected the charge. Its trade spokeswoman, Katrin Vell, accused the union of spreading falsehoods about the deal.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("falsehoods"));
    expect(["accusation", "counter-accusation"]).toContain(s?.category);
    expect(s?.targetNames).toContain("Harnby Farmers' Union");
  });
  it("words in the next paragraph are not the rejection's grounds", () => {
    const text =
      "Villagers in Tarawe accused Kestrel Mining of ignoring warnings that its tailings dam was failing.\n" +
      "Kestrel Mining rejected any responsibility.\n" +
      "Its chief executive, John Amos, told reporters that the Ministry of Mines had raised the limit on the dam's height in March.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("raised the limit"));
    expect(s?.category).not.toBe("denial");
  });
});
