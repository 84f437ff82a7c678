// Round 40: sides, second pass; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a wire service's name is a news medium's, never a person's or a side", () => {
  it("'(Harbour Sports Wire)' and 'told Harbour Sports Wire': the 'He' after it is the speaker named before", () => {
    const text =
      "SUVA, Oct 15 (Harbour Sports Wire) - The opposition accused the works ministry of handing a road contract to a company part-owned by the minister's cousin.\n" +
      '"We won this job on price," the company\'s managing director, Ravin Chand, told Harbour Sports Wire. ' +
      "He acknowledged that the company had subcontracted half the work to another firm.";
    const { extraction, statements } = readExtraction(text);
    expect(extraction.actors.find((a) => a.name === "Harbour Sports Wire")?.kind).not.toBe("person");
    const s = statements.find((x) => x.quote.includes("subcontracted half the work"));
    expect(s?.speakerName).not.toBe("Harbour Sports Wire");
    expect(s?.forTop).not.toBe("Harbour Sports Wire");
  });
  it("'(Cordillera News Agency)': a wire service's two last words; 'the agency' is not the news agency", () => {
    const text =
      "QUITO, May 19 (Cordillera News Agency) - A landslide killed 14 people in southern Quito on Saturday, as city officials and the national disaster agency traded blame.\n" +
      "The agency accused the city of ignoring a 2022 report that said 300 families should be moved.";
    const { extraction, statements } = readExtraction(text);
    expect(extraction.actors.find((a) => a.name === "Cordillera News Agency")?.kind).not.toBe("organisation");
    expect(statements.map((x) => x.forTop)).not.toContain("Cordillera News Agency");
  });
});

describe("a town's office-holder in a story of two levels of government is no voice of the national one", () => {
  it("'Mayor X' set against the national government does not speak for it", () => {
    const text =
      "SEMARANG, Indonesia - The city of Semarang and Indonesia's public works ministry blamed each other on Friday for a flood.\n" +
      "Mayor Hendra Wijaya said the contractor had used cheap concrete and that the national government had ignored the city's warnings.\n" +
      "The ministry said the city had let businesses pump groundwater beside the wall.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("cheap concrete"));
    expect(s?.speakerName).toBe("Hendra Wijaya");
    expect(s?.forTop).not.toBe("Indonesia");
  });
  it("'Quito's mayor': a capital's name before the office only places the town, whose body he speaks for", () => {
    const text =
      "QUITO, May 19 (Andes News Agency) - Rescue teams pulled three more bodies from the mud in southern Quito on Sunday, raising the death toll from a landslide to 14, as city officials, the national disaster agency and residents traded blame for the collapse.\n" +
      "Quito's mayor, Esteban Carvajal, said the houses had been built without permits on land the city declared unfit for housing.\n" +
      '"Illegal land traffickers sold these plots knowing they were deadly, and they must go to prison," Carvajal told reporters.\n' +
      "He said the national government had never given the city any money for relocation.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("must go to prison"));
    expect(s?.speakerName).toBe("Esteban Carvajal");
    expect(s?.forTop).toBe("Quito");
  });
  it("(guard) a town's mayor in a story of one level of government still rolls up to the state", () => {
    const text =
      "Lithuania's gas network operator blamed sabotage for a blast in the town of Jonava. " +
      "Belarus denied any role. " +
      "The town's mayor, Vilius Stankus, accused Belarus of lying about the blast.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("lying about the blast"));
    expect(s?.forTop).toBe("Lithuania");
  });
});

describe("the opposition's voices are the opposition's, not the body named last", () => {
  it("'Opposition lawmakers have accused ...' is a group of its own", () => {
    const text =
      "ANKARA - Cracks have appeared in blocks of flats the housing ministry built after the earthquakes.\n" +
      "Opposition lawmakers have accused the ministry of favouring companies close to the ruling party when handing out contracts.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.startsWith("Opposition lawmakers have accused"));
    expect(s?.forTop).toBe("Opposition lawmakers");
  });
  it("'The opposition's health spokesman, X,' is not the insurer the sentence before spoke of", () => {
    const text =
      "SYDNEY - Hackers stole the records of 3 million customers of Meridale Health, an insurer, and Meridale blamed its software supplier.\n" +
      "Meridale said the company had no intention of paying a ransom.\n" +
      "The opposition's health spokesman, Liam Hartnett, blamed the government for the breach, saying it had delayed security standards for insurers.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("Liam Hartnett, blamed the government"));
    expect(s?.speakerName).toBe("Liam Hartnett");
    expect(s?.forTop).not.toBe("Meridale Health");
  });
  it("(guard) a party the text called the opposition is the spokesman's", () => {
    const text =
      "TALLINN - Estonia accused Russia of violating its airspace. The opposition Free Estonia party said the government had reacted too slowly.\n" +
      "The opposition's defence spokesman, Mart Sepp, accused the defence minister of hiding the delay.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("hiding the delay"));
    expect(s?.forTop).toBe("Free Estonia");
  });
});

describe("a state's body placed by its capital is that state's", () => {
  it("'In Hanoi, the foreign ministry said ... and demanded ...' is Vietnam's, in a story from Jakarta", () => {
    const text =
      "JAKARTA - Indonesia seized six Vietnamese fishing boats. Indonesian officials accused the crews of fishing illegally.\n" +
      "In Hanoi, the foreign ministry said the boats had been operating in Vietnamese waters and demanded the release of the crews.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("release of the crews"));
    expect(s?.forTop).toBe("Vietnam");
  });
});
