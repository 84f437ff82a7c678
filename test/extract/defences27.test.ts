// Round 27: a charged side's defence read as a charge (and the reverse), each mechanism checked on
// short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

/** A harbour board that charges a ship's owner and is charged by a cleanup network. */
const BOTH_WAYS =
  "The Harbour Board accused Selmar Shipping of ignoring three storm warnings before its tanker ran aground.\n\n" +
  "The Coastal Cleanup Network accused the Harbour Board of leaving oil on the beaches for two days.\n\n";

describe("a charged side's cue-less words about itself defend it, even when it has charged too", () => {
  it("'said its boats had been kept in port until the wind dropped': a condition with no 'will' is how it acted", () => {
    const { statements } = readExtraction(
      `${BOTH_WAYS}The Harbour Board said its boats had been kept in port until the wind dropped.`,
    );
    expect(statements.find((x) => x.quote.includes("kept in port"))?.category).toBe("justification");
  });
  it("its defence is made to the side that charged it, not to the side it charges", () => {
    const { statements } = readExtraction(
      `${BOTH_WAYS}The Harbour Board said its crews had reached the worst-hit beaches within six hours.`,
    );
    const s = statements.find((x) => x.quote.includes("within six hours"));
    expect(s?.category).toBe("justification");
    expect(s?.targetTops).toEqual(["Coastal Cleanup Network"]);
  });
  it("not what it will do: 'said its boats would stay in port until Selmar paid for the cleanup' is no defence", () => {
    const { statements } = readExtraction(
      `${BOTH_WAYS}The Harbour Board said its boats would stay in port until Selmar Shipping paid for the cleanup.`,
    );
    expect(statements.find((x) => x.quote.includes("stay in port"))?.category).not.toBe("justification");
  });
  it("words about the other side stay a charge ('said the tanker's captain had switched off his radio')", () => {
    const { statements } = readExtraction(
      `${BOTH_WAYS}The Harbour Board said the tanker's captain had switched off his radio.`,
    );
    expect(statements.find((x) => x.quote.includes("switched off"))?.category).toMatch(/accusation/);
  });
});
