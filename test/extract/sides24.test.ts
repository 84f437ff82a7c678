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
