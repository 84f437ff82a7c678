// Round 30: actors named wrong, so that no edge could match; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a state's name inside a body's name is the name's, not the state beside the body", () => {
  it("a state's name closing a body's name ('Reef Guard Malaysia, a conservation group,')", () => {
    const text =
      "Selangor Dredging accused the fisheries department of issuing permits without surveys.\n\n" +
      "Reef Guard Malaysia, a conservation group, blamed Selangor Dredging for the dead coral off Port Dickson.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("dead coral"));
    expect(s?.forName).toBe("Reef Guard Malaysia");
    expect(s?.forTop).toBe("Reef Guard Malaysia");
    expect(s?.targetNames).toEqual(["Selangor Dredging"]);
  });
  it("a possessive state's name closing a company's name ('Tarvos Romania's Vega 7 seed')", () => {
    const text =
      "A farmers' group accused the ministry of ignoring its complaints.\n\n" +
      "The Banat Growers' Federation said maize grown from Tarvos Romania's Vega 7 seed had failed to ripen.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("failed to ripen"));
    expect(s?.targetNames).toEqual(["Tarvos Romania"]);
  });
  it("not a lone word opening a sentence ('Unlike Kenya, ...')", () => {
    const text = "Unlike Kenya, Uganda accused Tanzania of closing the border without notice.";
    const { statements } = readExtraction(text);
    expect(statements[0]?.forTop).toBe("Uganda");
  });
  it("a group noun ending the sentence before does not make the name an armed group", () => {
    const text =
      "The ministry said it had no record of any letters from the group. Coastal Care Watch, a charity, " +
      "accused the ministry of ignoring the cracks.";
    const { extraction } = readExtraction(text);
    expect(extraction.actors.find((a) => a.name === "Coastal Care Watch")?.kind).toBe("organisation");
  });
  it("a state's name opening a body's name that runs over 'and' ('The Kenya Flower Growers and Exporters Association')", () => {
    const text =
      "Kenya Airways accused flower farms of overloading its cargo flights.\n\n" +
      "The Kenya Flower Growers and Exporters Association said it would urge the government to review the airline's cargo rates.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("cargo rates"));
    expect(s?.forName).toBe("Kenya Flower Growers and Exporters Association");
    expect(s?.forTop).toBe("Kenya Flower Growers and Exporters Association");
  });
});
