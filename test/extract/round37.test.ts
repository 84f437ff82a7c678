// Round 37: the accused, second pass; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a state's office whose name says no state is the state's", () => {
  it("'The Directorate of Fisheries' speaks for the story's state, so its charge is not aimed at that state", () => {
    const text =
      "OSLO, June 3 (Nordic Wire) - Some 40,000 salmon escaped from a fish farm run by Fjordlaks Sjømat off western Norway last week.\n" +
      "The Directorate of Fisheries said its inspectors had found worn mooring lines, in breach of the standard every Norwegian fish farm must meet. " +
      "It accused Fjordlaks Sjømat of ignoring two warnings.\n" +
      "Norway's fisheries minister said the government would tighten the rules.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("mooring lines"));
    expect(s?.forTop).toBe("Norway");
    expect(s?.targetTops).not.toContain("Norway");
  });
  it("'In Manila, the Bureau of Plant Industry' is the Philippines', not the story's state's", () => {
    const text =
      "BANGKOK, March 11 (Mekong Wire) - Thai rice exporters accused Thailand's Commerce Ministry of failing to stop the Philippines rejecting their cargoes. " +
      "Thailand's commerce minister said Thai rice met every standard. " +
      "Thai officials said the Philippines was using inspections to protect its own farmers.\n" +
      "In Manila, the Bureau of Plant Industry said its port inspections followed international standards.";
    const { extraction, statements } = readExtraction(text);
    const bureau = extraction.actors.find((a) => a.name === "Bureau of Plant Industry");
    expect(bureau).toBeDefined();
    const s = statements.find((x) => x.quote.includes("port inspections"));
    expect(s?.forTop).toBe("Philippines");
  });
  it("'The National Risk Management Secretariat' blames the municipality, not its own state", () => {
    const text =
      "QUITO, May 19 (Andes Wire) - A landslide killed 14 people in southern Quito on Saturday. Ecuador's government and Quito's municipality blamed each other.\n" +
      "The National Risk Management Secretariat said it had warned Quito's municipality in a 2022 report that 300 families should be moved.\n" +
      '"What was missing was action by the municipality," the secretariat\'s director, Patricia Velasco, said.';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("2022 report"));
    expect(s?.forTop).toBe("Ecuador");
    expect(s?.targetTops).not.toContain("Ecuador");
  });
  it("not a body above the states ('the European Commission', 'the Eurasian Economic Commission')", () => {
    const text =
      "ALMATY, Feb 2 (Steppe Wire) - Kyrgyzstan accused Kazakhstan of holding trucks at the border. " +
      "The Eurasian Economic Commission said it had asked both governments for data on the checks.";
    const { extraction } = readExtraction(text);
    const commission = extraction.actors.find((a) => a.name === "Eurasian Economic Commission");
    expect(commission?.parentRef).toBeUndefined();
  });
  it("not a body two states share ('the Binational Authority')", () => {
    const text =
      "LA PAZ, April 8 (Andes Wire) - Bolivia accused Peru of draining the Rio Verde lagoon. " +
      "The Binational Authority of the Rio Verde said both governments had ignored its warnings.";
    const { extraction } = readExtraction(text);
    const authority = extraction.actors.find((a) => a.name.startsWith("Binational Authority"));
    expect(authority).toBeDefined();
    expect(authority?.parentRef).toBeUndefined();
  });
});
