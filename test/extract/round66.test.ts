// Round 66: a state's or a place's name that names a water, a land, a work or a currency, not the
// state or a body, and a body's name met again cut at its foreign particle; each mechanism checked on
// short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

const names = (text: string) => readExtraction(text).extraction.actors.map((actor) => actor.name);

describe("a state's or a place's name before a water's, a land's or a work's noun", () => {
  it("'along the Niger river': the river, not the state Niger; 'the Office du Niger' met again is whole", () => {
    const text =
      "BAMAKO, Feb 18 - Farmers in central Mali blamed the Office du Niger on Tuesday for handing their land to a sugar company.\n" +
      "The Office du Niger, the state agency that runs irrigated land along the Niger river, said the plots had been state land since 1962.\n" +
      "The government accused the Office du Niger of ignoring the farmers.";
    const { statements, extraction } = readExtraction(text);
    expect(extraction.actors.some((actor) => actor.name === "Niger")).toBe(false);
    expect(statements.find((s) => s.quote.includes("since 1962"))?.forName).toBe("Office du Niger");
    const government = statements.find((s) => s.quote.startsWith("The government accused"));
    expect(government?.forTop).toBe("Mali");
    expect(government?.targetNames).toEqual(["Office du Niger"]);
  });
  it("'the Hamoun wetlands': a name before a wetland's noun is the place, no body a warning charges", () => {
    const text =
      "ZAHEDAN, Iran, Aug 4 - Iran accused Afghanistan on Monday of holding back the water of the Helmand.\n" +
      "Environmental groups have warned that the Hamoun wetlands, once among the largest lakes on the plateau, could disappear because of the dams upstream.";
    expect(names(text)).not.toContain("Hamoun");
  });
  it("'(US$36 million)': a currency's sign after a state's short name is no state to charge", () => {
    const text =
      "SEOUL, Jul 3 - Daehan Heavy Industries said it would seek 50 billion won (US$36 million) in damages from the welders' union, which it accused of an illegal occupation.";
    const { statements, extraction } = readExtraction(text);
    expect(extraction.actors.some((actor) => actor.name === "United States")).toBe(false);
    expect(statements[0]?.targetNames).not.toContain("United States");
  });
  it("guard: a state's name before a capitalised feature or as a subject is still the state", () => {
    const text =
      "NIAMEY, May 2 - Niger accused Mali on Friday of letting armed groups cross the river into its territory.";
    const { statements } = readExtraction(text);
    expect(statements[0]?.forName).toBe("Niger");
    expect(statements[0]?.targetNames).toContain("Mali");
  });
});

describe("a province's governor", () => {
  it("'the governor of Gaza province', '... of Sistan and Baluchestan province': the province named whole", () => {
    const text =
      "MAPUTO, Jun 3 - Mozambique accused South African rangers on Sunday of killing three men near the border.\n" +
      'The governor of Gaza province, Armando Nhaca, accused the rangers of firing "without warning".\n' +
      "In Zahedan, the governor of Sistan and Baluchestan province, Mohammad Reza Ghasemi, blamed Afghanistan for the crisis.";
    const { statements } = readExtraction(text);
    expect(statements.find((s) => s.speakerName === "Armando Nhaca")?.forName).toBe("Gaza province");
    expect(statements.find((s) => s.speakerName === "Mohammad Reza Ghasemi")?.forName).toBe(
      "Sistan and Baluchestan province",
    );
  });
});

describe("a thing's acronym", () => {
  it("'GPS trackers': a technique's acronym is no body a statement charges", () => {
    const text =
      "HALIFAX, Nova Scotia, Sep 9 - The Eastern Shore Fishermen's Association accused the Mulgrave Port Authority on Monday of dumping dredged mud on lobster grounds.\n" +
      "The Mulgrave Port Authority said all disposal had taken place within its permit and that each barge carried GPS trackers whose records were available to regulators.";
    const { statements } = readExtraction(text);
    expect(names(text)).not.toContain("GPS");
    expect(statements.find((s) => s.quote.includes("GPS trackers"))?.targetNames).not.toContain("GPS");
  });
  it("guard: an acronym that is a body's name is still one", () => {
    const text =
      "LIMA, Apr 4 - The environmental regulator OEFA accused Ecorresiduos del Sur on Friday of dumping waste without a permit.";
    expect(names(text)).toContain("OEFA");
  });
});
