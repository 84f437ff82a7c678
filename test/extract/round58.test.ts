// Round 58: answer links and categories of defences; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

const ELECTION =
  "LIBREVILLE, May 3 (Central Africa Wire) - The Union for Renewal, Gabon's main opposition party, accused the electoral commission on Wednesday of altering tally sheets in two provinces.\n" +
  "The Union for Renewal said figures published by the National Electoral Commission (CENAP) differed from its agents' reports in 300 polling stations.\n";

describe("a rejection naming the charge by its noun answers the charge's lead", () => {
  it("'CENAP rejected the accusation.': the accuser's first sentence made by accusing, not the detail after it", () => {
    const { statements } = readExtraction(`${ELECTION}CENAP rejected the accusation.\n`);
    const lead = statements.findIndex((s) => s.quote.includes("accused the electoral commission"));
    const rejection = statements.find((s) => s.quote.startsWith("CENAP rejected"));
    expect(lead).toBeGreaterThanOrEqual(0);
    expect(rejection?.category).toBe("denial");
    expect(rejection?.answers).toBe(statements[lead]?.ref);
  });
  it("guard: 'CENAP rejected that.' answers the statement it follows", () => {
    const { statements } = readExtraction(`${ELECTION}CENAP rejected that.\n`);
    const detail = statements.find((s) => s.quote.includes("figures published"));
    const rejection = statements.find((s) => s.quote.startsWith("CENAP rejected"));
    expect(rejection?.answers).toBe(detail?.ref);
  });
});

const PRICES =
  "GEORGETOWN, Mar 3 (Caribbean Wire) - Guyana's competition commission accused the Delmar supermarket chain on Monday of raising the shelf prices of rice and flour in step with a rival.\n" +
  "Delmar Stores denied the charge.\n";

describe("a charged side's cue-less words naming a side in no dispute are its defence", () => {
  it("'the weaker Trinidad and Tobago dollar': no charge of Trinidad and Tobago, a defence answering the commission", () => {
    const { statements } = readExtraction(
      `${PRICES}A spokesman for Delmar Stores said the price rises reflected higher freight costs and the weaker Trinidad and Tobago dollar, in which much of its flour is bought.\n`,
    );
    const charge = statements.find((s) => s.quote.includes("accused the Delmar"));
    const s = statements.find((x) => x.quote.includes("freight costs"));
    expect(["denial", "justification"]).toContain(s?.category);
    expect(s?.targetTops).toEqual(["Guyana"]);
    expect(s?.answers).toBe(charge?.ref);
  });
  it("guard: 'said Caribe Freight Lines had doubled its rates' names the doer: still a charge of it", () => {
    const { statements } = readExtraction(
      `${PRICES}A spokesman for Delmar Stores said Caribe Freight Lines had doubled its rates without notice in January.\n`,
    );
    const s = statements.find((x) => x.quote.includes("Caribe Freight"));
    expect(["accusation", "counter-accusation"]).toContain(s?.category);
    expect(s?.targetTops).toContain("Caribe Freight Lines");
  });
});

describe("a charge back whose words say what the side will do on a condition is a threat", () => {
  it("'would move two of its aircraft to Shannon next summer unless DAA fixed the problems': a threat, answering nothing", () => {
    const text =
      "DUBLIN, Jul 8 (Irish Wire) - The airport operator DAA accused the airline Corrib Air on Monday of scheduling more flights at peak hours than its ground staff could handle.\n" +
      "Corrib Air rejected the accusation and said the airport's security queues had caused most of the delays.\n" +
      "The airline said it would move two of its aircraft to Shannon next summer unless DAA fixed the problems.\n";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("move two of its aircraft"));
    expect(s?.category).toBe("threat");
    expect(s?.targetTops).toEqual(["DAA"]);
    expect(s?.answers).toBeUndefined();
  });
  it("guard: a charge back with no condition stays a counter-accusation", () => {
    const text =
      "DUBLIN, Jul 8 (Irish Wire) - The airport operator DAA accused the airline Corrib Air on Monday of scheduling more flights at peak hours than its ground staff could handle.\n" +
      "Corrib Air accused DAA of hiring too few security staff for the summer.\n";
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("too few security staff"))?.category).toBe("counter-accusation");
  });
});

describe("a charge told as the side's standing grievance is a fresh accusation", () => {
  const STORY =
    "LIMA, Apr 2 (Andean Wire) - Bolivia accused Peru on Tuesday of draining Lake Titicaca to irrigate farms on its side of the border.\n" +
    "Peru rejected the accusation.\n";
  it("'Peruvian officials have long accused La Paz of ...': an accusation answering nothing", () => {
    const { statements } = readExtraction(
      `${STORY}Peruvian officials have long accused La Paz of doing too little to stop illegal pumping by Bolivian farmers.\n`,
    );
    const s = statements.find((x) => x.quote.includes("have long accused"));
    expect(s?.category).toBe("accusation");
    expect(s?.targetTops).toEqual(["Bolivia"]);
    expect(s?.answers).toBeUndefined();
  });
  it("guard: 'Peruvian officials accused La Paz of ...' right after the charge is still a charge back", () => {
    const { statements } = readExtraction(
      `${STORY}Peruvian officials accused La Paz of doing too little to stop illegal pumping by Bolivian farmers.\n`,
    );
    expect(statements.find((x) => x.quote.includes("officials accused"))?.category).toBe("counter-accusation");
  });
});

describe("'would seek damages' is a threat through the courts", () => {
  it("'said the operator would seek damages from the consortium': a threat of the consortium", () => {
    const text =
      "BRATISLAVA, Feb 4 (Danube Wire) - The state motorway operator NDS blamed the Tatra Tunnel Group consortium on Tuesday for the collapse of a ceiling panel in the Visnove tunnel.\n" +
      "A spokesman for NDS said the operator would withhold a final 38 million euros owed to the consortium and would seek damages.\n";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("seek damages"));
    expect(s?.category).toBe("threat");
    expect(s?.targetTops).toContain("Tatra Tunnel Group");
  });
});
