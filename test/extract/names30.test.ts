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

describe("two names joined by 'and' are two bodies unless a body's head ties them into one", () => {
  it("'Holmgaard Pharma, Fjellvik Kjemi and Brenta Farmaco had ...': both bodies charged, each its own", () => {
    const text =
      "The Commission said Holmgaard Pharma, Fjellvik Kjemi and Brenta Farmaco had fixed the price of a common antibiotic for five years.";
    const { statements } = readExtraction(text);
    expect(statements[0]?.targetNames).toEqual(["Holmgaard Pharma", "Fjellvik Kjemi", "Brenta Farmaco"]);
  });
  it("a body's head before 'and' with 'of' keeps one name ('Ministry of Lands and Mining Development')", () => {
    const text =
      "Tarvos Gold accused the Ministry of Lands and Mining Development of delaying its licence for two years.";
    const { statements } = readExtraction(text);
    expect(statements[0]?.targetNames).toEqual(["Ministry of Lands and Mining Development"]);
  });
  it("a body's head after 'and' keeps one name ('the Tea and Coffee Council')", () => {
    const text = "Tarvos Gold accused the Tea and Coffee Council of holding back its premiums.";
    const { statements } = readExtraction(text);
    expect(statements[0]?.targetNames).toEqual(["Tea and Coffee Council"]);
  });
  it("a name joined by 'and' to one read as a place is a place ('in Ballarat and Bendigo')", () => {
    const text =
      "Corvane Logistics accused the Harbour Workers' Union of blocking its terminals in Ballarat and Bendigo.";
    const { statements } = readExtraction(text);
    expect(statements[0]?.targetNames).toEqual(["Harbour Workers' Union"]);
  });
});
