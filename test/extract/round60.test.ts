// Round 60: names that resolve to the wrong kind (a company, a club or a body read as a person);
// each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { Document } from "../../src/extract/document";
import { readExtraction } from "./read";

const people = (text: string) => [...new Document(text).people.byKey.values()].map((p) => p.name);

describe("a name the text marks as a body's somewhere is no person's wherever it comes", () => {
  it("', the state company that supplies gas ...': 'Kelvora Dystrib said ...' speaks for the company", () => {
    const text =
      "BAKU, Mar 3 (Caspian Wire) - A gas blast destroyed a block of flats on Sunday, killing four people.\n" +
      "Kelvora Dystrib, the state company that supplies gas to the city, did not comment on Sunday.\n" +
      "Nasimi Servis, which manages the block, accused Kelvora Dystrib of ignoring three requests to replace a riser pipe.\n" +
      "Kelvora Dystrib rejected that and said Nasimi Servis had never sent the letters.\n";
    const { extraction, statements } = readExtraction(text);
    expect(extraction.actors.find((a) => a.name === "Kelvora Dystrib")?.kind).toBe("organisation");
    const s = statements.find((x) => x.quote.startsWith("Kelvora Dystrib rejected"));
    expect(s?.speakerName).toBeUndefined();
    expect(s?.forName).toBe("Kelvora Dystrib");
  });
  it("', one of the country's biggest producers of ...': the plant's name is a company's", () => {
    const text =
      "ALMATY, Oct 14 (Steppe News) - Ammonia leaked on Saturday at the synthesis unit of Tarsk Azot, one of the country's biggest producers of fertiliser.\n" +
      "The union accused the plant's managers of ignoring corroded pipework.\n" +
      "Tarsk Azot said the union was to blame for the delay in the inspection.\n";
    const { extraction, statements } = readExtraction(text);
    expect(extraction.actors.find((a) => a.name === "Tarsk Azot")?.kind).toBe("organisation");
    const s = statements.find((x) => x.quote.includes("to blame for the delay"));
    expect(s?.speakerName).toBeUndefined();
    expect(s?.forName).toBe("Tarsk Azot");
  });
  it("'club Tarrow Rangers' before: 'Tarrow Rangers said they would appeal' is the club's", () => {
    const text =
      "BANGKOK, May 2 (Wire) - The league docked six points from club Tarrow Rangers on Tuesday after crowd trouble.\n" +
      "Tarrow Rangers said they would appeal and accused the league of punishing the club for protesting.\n";
    expect(people(text)).not.toContain("Tarrow Rangers");
  });
  it("guard: ', a Coastal Union member,' is still a person's description", () => {
    const text =
      "RIGA, Apr 9 (Wire) - The coalition split over the tender on Monday.\n" +
      "Mira Holst, a Coastal Union member, said the rules had been changed at the army's request.\n";
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("rules had been changed"))?.speakerName).toBe("Mira Holst");
  });
});

describe("a lower-case title's 'of the' opens a body's name, not a person's", () => {
  it("'The governor of the Upper Veldt Region accused ...': no person named 'Upper Veldt Region'", () => {
    const text =
      "BRNO, Mar 4 (Central Europe Wire) - The governor of the Upper Veldt Region accused the Health Ministry on Tuesday of leaving the region's hospitals short of money.\n";
    expect(people(text)).toEqual([]);
  });
  it("'president general of the Lagoon Dockers' Solidarity Union': no person 'Lagoon Dockers'", () => {
    const text =
      "PORT LOUIS, May 22 (Wire) - Dockworkers stopped work for a day on Thursday.\n" +
      '"The port authority is to blame for this strike," said Ruth Abara, president general of the Lagoon Dockers\' Solidarity Union, which represents about 1,400 dockers.\n';
    expect(people(text)).toEqual(["Ruth Abara"]);
    const { statements } = readExtraction(text);
    expect(statements[0]?.speakerName).toBe("Ruth Abara");
    expect(statements[0]?.forName).toBe("Lagoon Dockers' Solidarity Union");
  });
});

describe("a form of address no title list holds opens a person's name without being part of it", () => {
  it("'the NDU President, Comrade Ade Okoro, said ...': the speaker is Ade Okoro", () => {
    const text =
      "ABUJA, Jan 3 (Wire) - Unions threatened a general strike on Monday over a rise in the petrol price.\n" +
      "Addressing journalists in Abuja, the NDU President, Comrade Ade Okoro, said the increase was a breach of an agreement reached with the government in August.\n";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("breach of an agreement"));
    expect(s?.speakerName).toBe("Ade Okoro");
  });
  it("'the board's chairman, Engineer Tariq Baig,': the speaker is Tariq Baig, for the board", () => {
    const text =
      "LAHORE, Aug 30 (Wire) - The flood board blamed the city for the embankment breach.\n" +
      '"The municipal corporation issued no eviction notices," the board\'s chairman, Engineer Tariq Baig, said.\n';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("no eviction notices"));
    expect(s?.speakerName).toBe("Tariq Baig");
    expect(s?.forName).not.toBe("Engineer Tariq Baig");
  });
  it("'coastguard spokesman Lieutenant-Colonel Sidi Mohamed Ould Amar told ...': the whole name, without the rank", () => {
    const text =
      "DAKAR, Feb 2 (West Africa Wire) - Senegal accused Mauritania's coastguard of firing on a pirogue.\n" +
      '"Our men were attacked at sea and they defended themselves," coastguard spokesman Lieutenant-Colonel Sidi Mohamed Ould Amar told West Africa Wire.\n';
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.startsWith("Our men"))?.speakerName).toBe("Sidi Mohamed Ould Amar");
  });
});

describe("a medium's name ending in 'Report', 'Observer' or 'Monitor' is no person's", () => {
  it("'told Island Business Report': no person 'Island Business Report'", () => {
    const text =
      "PORT OF SPAIN, May 22 (Island Business Report) - Dockworkers stopped work for a day on Thursday.\n" +
      '"If we do nothing, there will be no jobs to protect," port chairman Winston Ramlal told Island Business Report.\n';
    expect(people(text)).not.toContain("Island Business Report");
    expect(people(text)).toContain("Winston Ramlal");
  });
});
