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
