// Round 24: whom a statement speaks for, each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("an unnamed source speaks for the body its description names", () => {
  it("'A sales manager at the company's office in Osaka, who declined to be named' after the company declined", () => {
    const text =
      "Norvik Pharma accused its Japanese supplier, Tessei Chemicals, of doubling the price of its main ingredient. " +
      "Norvik Pharma said it would raise the price of its tablets by 30%.\n\n" +
      "Tessei Chemicals did not respond to emailed questions. A sales manager at the company's office in Osaka, " +
      "who declined to be named, said Norvik had ignored three offers of a longer contract.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("three offers"));
    expect(s?.forTop).toBe("Tessei Chemicals");
  });
  it("'A port official, who asked not to be named' is the port authority named before", () => {
    const text =
      "The owner of the tanker Aurora Sky blamed the Port Authority of Tema for the collision. " +
      "The Port Authority of Tema denied any fault.\n\n" +
      "A port official, who asked not to be named, said the captain had ignored the pilot's orders.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("ignored the pilot"));
    expect(s?.forName).toBe("Port Authority of Tema");
  });
  it("'A senior federal official' is the state's government; 'a senior gendarmerie officer' the state's", () => {
    const text =
      "The Cattle Breeders' Association of Goias accused Brazil's government of withholding drought relief. " +
      "A senior federal official, who spoke on condition of anonymity, said the association had sent incomplete claims.\n\n" +
      "A senior gendarmerie officer in the region, who asked not to be named, said Kanza Mining had asked his men to clear the road.";
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("incomplete claims"))?.forTop).toBe("Brazil");
    expect(statements.find((x) => x.quote.includes("clear the road"))?.forTop).toBe("Brazil");
  });
});

describe("a charged side's cue-less words about its own people or things defend it", () => {
  it("'said its drivers had stayed inside the area the association had marked out' is a justification, not a charge", () => {
    const text =
      "The Harbour Traders' Association accused Calder Freight of blocking the quay for a week.\n\n" +
      "Calder Freight said its drivers had stayed inside the area the Harbour Traders' Association had marked out in May.";
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("its drivers"))?.category).toBe("justification");
  });
  it("not what it will do: 'said its drivers would block the quay again if ...' stays a threat", () => {
    const text =
      "The Harbour Traders' Association accused Calder Freight of blocking the quay for a week.\n\n" +
      "Calder Freight said its drivers would block the quay again if the Harbour Traders' Association did not pay its fees.";
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("its drivers"))?.category).toBe("threat");
  });
  it("the charging side's own words stay a charge ('“Our members lost a week of trade,”')", () => {
    const { statements } = readExtraction(
      "The Harbour Traders' Association accused Calder Freight of blocking the quay for a week.\n\n" +
        '"Our members lost a week of trade," the association\'s chairwoman, Ingrid Sola, said.',
    );
    expect(statements.find((x) => x.quote.includes("Our members"))?.category).toBe("accusation");
  });
});
