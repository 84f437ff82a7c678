// Statements round 16b finds: a short sentence quoted whole after another quote of the same speaker;
// an attribution set between commas inside reported words (", he said,"); a relative clause the
// speaker is said to assert (", which he said had ...").
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("short quotes after a quote", () => {
  it("keeps a short sentence quoted whole right after another quote in the same paragraph", () => {
    const { statements } = readExtraction(
      'The Health Council accused Lakeside Clinic of ignoring reports of a faulty oxygen system. "These failures were reported to management three times this year," council registrar Amos Dube said. "Nobody acted."',
    );
    const short = statements.find((s) => s.quote === "Nobody acted.");
    expect(short).toMatchObject({ forTop: "Health Council", targetTops: ["Lakeside Clinic"] });
  });

  it("still drops a few quoted words inside a sentence", () => {
    const { statements } = readExtraction(
      'The Health Council accused Lakeside Clinic of negligence. "These failures were reported three times," registrar Amos Dube said. He called it "a disgrace" on Monday.',
    );
    expect(statements.some((s) => s.quote === "a disgrace")).toBe(false);
  });
});

describe("attributions inside reported words", () => {
  it("reads ', he said,' inside a sentence as its attribution: the statement is the sentence", () => {
    const { statements } = readExtraction(
      "Ghana's energy minister, John Mensah, accused the National Democratic Congress of leaving debts. The party was in power until 2017, he said, and had signed contracts for power the country did not need.",
    );
    expect(statements.map((s) => s.quote)).toContain(
      "The party was in power until 2017, he said, and had signed contracts for power the country did not need.",
    );
  });

  it("keeps a relative clause with 'which he said' in the words reported", () => {
    const { statements } = readExtraction(
      "The Bolivian Football Federation accused the Professional Football League of hiding debts. The league's president, Gustavo Cuellar, said the delay was caused by the federation's refereeing commission, which he said had sent its invoices weeks after the matches.",
    );
    expect(statements.map((s) => s.quote)).toContain(
      "the delay was caused by the federation's refereeing commission, which he said had sent its invoices weeks after the matches.",
    );
  });
});

describe("new voices in a dispute", () => {
  it("reads a body's cue-less grievance as a charge of the story's one accused", () => {
    const { statements } = readExtraction(
      "Relatives of the victims accused Aegean Star Lines on Monday of ignoring safety rules on its ferries. Aegean Star Lines rejected the charge. The Panhellenic Seamen's Federation said crews had been cut to the legal minimum.",
    );
    const federation = statements.find((s) => s.quote.startsWith("The Panhellenic"));
    expect(federation).toMatchObject({ category: "accusation", targetTops: ["Aegean Star Lines"] });
  });

  it("leaves out what the body says it did, and words when sides trade blame evenly", () => {
    const own = readExtraction(
      "Relatives of the victims accused Aegean Star Lines on Monday of ignoring safety rules on its ferries. The Port Workers Association said it had opened an inquiry.",
    );
    expect(own.statements.some((s) => s.quote.includes("inquiry"))).toBe(false);
    const even = readExtraction(
      "The Civic Party blamed the Labour Party for the blackout. The Labour Party accused the Civic Party of lying. The Grid Operators Association said the cuts were caused by old cables.",
    );
    expect(even.statements.some((s) => s.quote.includes("old cables"))).toBe(false);
  });
});

describe("refusals to comment", () => {
  it("makes no statement of 'did not respond to requests for comment'", () => {
    const { statements } = readExtraction(
      "Relatives of the victims accused Aegean Star Lines on Monday of ignoring safety rules. Aegean Star Lines rejected the charge. Aegean Star Lines did not respond to requests for comment on the union's figures.",
    );
    expect(statements.some((s) => s.quote.includes("did not respond"))).toBe(false);
  });
});
