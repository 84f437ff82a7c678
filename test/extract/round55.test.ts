// Round 55: the accused of a statement; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

const SPILL =
  "KLANG, Malaysia, Mar 4 (Straits Wire) - A resin factory and its haulier blamed each other on Tuesday for a solvent spill in the Klang river.\n" +
  "The environment department said samples showed toluene downstream of Mutiara Resins Sdn Bhd, a factory in the Meru industrial park.\n" +
  "Haulier Cekap Angkut Logistik denied that its driver had dumped anything.\n";

describe("a name between a possessive and a thing's noun qualifies the thing, it is no party", () => {
  it("'the tanker's GPS record showed ...': no 'GPS' among the accused", () => {
    const text = `${SPILL}Its operations manager, Azman Yusof, said the tanker's GPS record showed it had driven straight to a licensed treatment plant, and accused the factory of leaking solvent into the drain itself.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("GPS record"));
    expect(s).toBeDefined();
    expect(s?.targetNames).not.toContain("GPS");
    expect(statements.flatMap((x) => x.targetNames)).not.toContain("GPS");
  });
  it("'halted work at its Okpo shipyard': the union, not the shipyard's place, is accused", () => {
    const text =
      "SEOUL, Jul 8 (Korea Business Wire) - Shipbuilder Daehan Heavy Industries on Monday blamed a strike by subcontracted welders for delays to four gas carriers.\n" +
      "Daehan said the welders' union had halted work on the hulls at its Okpo shipyard for three weeks and said it would seek damages from the union.";
    const { statements } = readExtraction(text);
    expect(statements.flatMap((x) => x.targetNames)).not.toContain("Okpo");
  });
  it("guard: 'Bolivia's ATT regulator' is still the regulator (a body's noun after the name)", () => {
    const text =
      "LA PAZ, May 9 (Andes Wire) - Bolivia's ATT regulator fined the mobile operator Tigo Andina on Friday for an outage.\n" +
      "Tigo Andina accused the ATT of ignoring its warnings about the power grid.";
    const { statements } = readExtraction(text);
    const s = statements.find(
      (x) => x.quote.includes("ignoring its warnings") || x.quote.startsWith("Tigo Andina accused"),
    );
    expect(s?.targetNames.join(" ")).toMatch(/ATT/);
  });
});

describe("a road's name is a place, no party", () => {
  it("'threatened to block the Pan-American Highway at Choluteca': no road among the accused", () => {
    const text =
      "TEGUCIGALPA, Jan 12 (Central America Wire) - Honduras accused Nicaragua on Monday of closing the El Guasaule crossing to its lorries.\n" +
      "The Honduran National Council of Transporters called on both governments to reopen the crossing and threatened to block the Pan-American Highway at Choluteca if they did not.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("Pan-American Highway"));
    expect(s).toBeDefined();
    expect(s?.targetNames.join(" ")).not.toMatch(/Highway/);
  });
  it("'which runs the 35-km Costanera Sur expressway' ... 'the company': the operator, not the road", () => {
    const text =
      "LIMA, Feb 5 (Andes Wire) - Callao's port authority on Wednesday accused the private operator of the port's access road of overcharging lorries.\n" +
      "Vía Sur Concesiones, which has run the 35-km Costanera Sur expressway under a concession since 2012, raised the toll on Monday. Mayor Jorge Salas said the increase broke a 2023 agreement in which the company promised to freeze fares.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("broke a 2023 agreement"));
    expect(s).toBeDefined();
    expect(s?.targetNames.join(" ")).not.toMatch(/Costanera/);
  });
});

describe("a demonym before a company's role or a country's produce says where from, it accuses no state", () => {
  it("'a backup system supplied by Finnish vendor Telvane Systems failed': the vendor, not Finland", () => {
    const text =
      "LA PAZ, May 9 (Andes Wire) - Bolivia's telecom regulator opened sanction proceedings against the mobile operator Vira Movil on Tuesday over a 19-hour outage.\n" +
      "Vira Movil said the outage began when a voltage surge damaged power equipment at its switching centre and a backup system supplied by Finnish vendor Telvane Systems failed to take over.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("Finnish vendor"));
    expect(s).toBeDefined();
    expect(s?.targetTops).not.toContain("Finland");
  });
  it("'had been exporting Austrian stock to neighbouring countries': the wholesaler, not Austria", () => {
    const text =
      "MUNICH, Dec 2 (Alpine Wire) - The drugmaker Veltrix Pharma rejected on Tuesday a wholesaler's account of a shortage of children's antibiotic syrup.\n" +
      "Veltrix Pharma said the wholesaler Alpenmed had been exporting Austrian stock to neighbouring countries, where it could sell it for more.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("Austrian stock"));
    expect(s?.targetNames).toContain("Alpenmed");
    expect(s?.targetTops).not.toContain("Austria");
  });
  it("guard: 'A federation of Bulgarian grain farmers' stays Bulgarian (a demonym of people, not of produce)", () => {
    const text =
      "SOFIA, Sep 9 (Balkan Wire) - A federation of Bulgarian grain farmers has threatened to block motorways with tractors next week, accusing seed maker Velmora of selling them bad seed.";
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("threatened to block"))?.forTop).toBe("Bulgaria");
  });
});
