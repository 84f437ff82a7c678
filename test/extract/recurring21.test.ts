// Round 21: only what recurs across many dev texts, each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("what a side will do on a condition the other must meet is a threat", () => {
  it("'said its members would refuse overtime if no new staff were hired'", () => {
    const text =
      "The Harbour Nurses' Union accused Kestrel Hospital of leaving wards understaffed on Monday. " +
      "The Harbour Nurses' Union said its members would refuse overtime from next week if no new staff were hired.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("refuse overtime"));
    expect(s?.category).toBe("threat");
    // Not a charge of what would have been ("would have survived if"): that stays an accusation.
    const past = readExtraction(
      "The Mothers' Network accused Kestrel Hospital of letting patients die. " +
        "The Mothers' Network said the women would have survived if the hospital had kept blood in stock.",
    ).statements.find((x) => x.quote.includes("would have survived"));
    expect(past?.category).toBe("accusation");
  });
  it("'would stop work ... unless X withdrew the plan'", () => {
    const text =
      "The Dockers' Federation accused Ostra Ports of cutting jobs in secret. " +
      "Its leader, Anna Berg, said dockers would stop work at every terminal unless Ostra Ports withdrew the plan.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("stop work"));
    expect(s?.category).toBe("threat");
  });
  it("a quote opening on the condition: 'If there is no money ..., we will take our boats into the harbour'", () => {
    const text =
      "The Fishermen's Federation accused Corvex Shipping of poisoning the lagoon. " +
      '"If there is no money by Friday, we will take our boats into the harbour mouth," said the federation\'s secretary, Joseph Perera.';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("take our boats"));
    expect(s?.category).toBe("threat");
  });
});

describe("a speaker's quotes on either side of one attribution are one voice", () => {
  it("'“A,” said X. “B.”': a cue-less A goes with a B that blames", () => {
    const text =
      "Sunflower farmers in the north reported crops a third of the usual size this year. " +
      '"We paid for the best seed on the market and got the worst," said Petar Ivanov, chairman of the Dobrich Growers\' Federation. ' +
      '"Velmora Seeds sold us a fraud and must pay for it."';
    const { statements } = readExtraction(text);
    const first = statements.find((x) => x.quote.includes("best seed"));
    expect(first?.category).toBe("accusation");
    expect(first?.targetNames).toContain("Velmora Seeds");
  });
});

describe("quoted words inside a reported sentence are part of its reported words", () => {
  it("whatever verb follows them: 'said it was “too early to point fingers” and urged X to wait'", () => {
    const text =
      "Ostra Gas blamed saboteurs for the pipeline blast on Monday. " +
      "The prime minister, Jonas Varga, said it was “too early to point fingers” and urged Ostra Gas and politicians to wait for the prosecutors.";
    const { statements } = readExtraction(text);
    expect(statements.some((x) => x.quote === "too early to point fingers")).toBe(false);
    expect(statements.some((x) => x.quote.startsWith("urged Ostra Gas"))).toBe(true);
  });
  it("after a definite subject the reported pass reads: 'the foreign ministry said the boats had been fishing “in waters ...”, a phrase ...'", () => {
    const text =
      "Vietnam accused Indonesia of seizing six of its fishing boats illegally on Thursday.\n\n" +
      'In Hanoi, the foreign ministry said the boats had been fishing "in waters under Vietnam\'s sovereign rights and jurisdiction", a phrase Hanoi uses for its own exclusive economic zone, and demanded the immediate release of the crews.';
    const { statements } = readExtraction(text);
    expect(statements.some((x) => x.quote === "in waters under Vietnam's sovereign rights and jurisdiction")).toBe(
      false,
    );
    expect(statements.some((x) => x.quote.startsWith("the foreign ministry said the boats"))).toBe(true);
  });
  it("'it said Turkey had released “...”': a name with a finite verb after 'said' is what was said, not an inverted speaker", () => {
    const text =
      "Iraq accused Turkey of cutting the flow of the Tigris. Turkey's foreign ministry rejected the accusations. " +
      'In a statement, it said Turkey had released "far more than its fair share" during a drought that had also hit its own southeast.';
    const { statements } = readExtraction(text);
    expect(statements.some((x) => x.quote === "far more than its fair share")).toBe(false);
    expect(statements.some((x) => x.quote.includes("Turkey had released"))).toBe(true);
  });
});

describe("a side's defence right after its own denial goes on denying the charge", () => {
  it("'X rejected the charge. “...,” its spokesman said.'", () => {
    const text =
      "Skyhawk Helicopters accused the Defence Ministry of rigging the tender for a rival. " +
      'The Defence Ministry rejected the charge. "The tender was open to every manufacturer," ministry spokesman Jan Nowak said.';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("open to every manufacturer"));
    expect(s?.category).toBe("denial");
  });
  it("not words that name a side: 'said Indian troops had crossed the line' stays a charge back or a defence", () => {
    const text =
      "India accused China of sending troops across the line of control. Beijing rejected the account. " +
      "Chinese foreign ministry spokesman Wang Wenbin said Indian troops had crossed the line and that China's border guards had acted to protect its territory.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("Indian troops had crossed"));
    expect(s?.category).not.toBe("denial");
    // The same side's defence with no side named right after its rejection is a denial.
    const next = readExtraction(
      "India accused China of sending troops across the line of control. Beijing rejected the account. " +
        "Chinese foreign ministry spokesman Wang Wenbin said the border guards had stayed on their own side of the line.",
    ).statements.find((x) => x.quote.includes("stayed on their own side"));
    expect(next?.category).toBe("denial");
  });
});

describe("a side saying it met every rule, test or requirement denies the charge", () => {
  it("'said its crew had followed every safety rule', 'said every bottle it shipped had passed a pressure test'", () => {
    for (const [words, part] of [
      ["The ferry's owner, Island Star Shipping, said its crew had followed every safety rule.", "every safety rule"],
      ["Island Star Shipping said every bottle it shipped had passed a pressure test.", "pressure test"],
      ["Island Star Shipping said all its cranes had been certified by an inspector in January.", "certified"],
    ] as const) {
      const text = `Survivors accused Island Star Shipping of ignoring the fire alarms on Monday. ${words}`;
      const s = readExtraction(text).statements.find((x) => x.quote.includes(part));
      expect(s?.category, words).toBe("denial");
    }
  });
});

describe("an inquiry announced or a readiness to talk is no charge", () => {
  it("'said it would examine whether the bank had tested ...', 'said it was ready to discuss the matter with X'", () => {
    const examine =
      "Customers accused Nordmark Bank of hiding the cause of the outage. Germany's financial regulator BaFin ordered " +
      "Nordmark Bank to submit a report and said it would examine whether the bank had tested its backup systems.";
    expect(readExtraction(examine).statements.some((x) => x.quote.includes("examine whether"))).toBe(false);
    const ready =
      "Ecuador accused Peru of seizing its fishing boats illegally. Peru's foreign ministry said it was ready to " +
      "discuss the matter with Ecuador through the binational commission.";
    expect(readExtraction(ready).statements.some((x) => x.quote.includes("ready to discuss"))).toBe(false);
    // But a readiness on a condition stays: "was ready to discuss larger releases, but only if X stopped ...".
    const text =
      "Iraq accused Turkey of cutting the flow of the Tigris. " +
      "A Turkish official said Ankara was ready to discuss larger releases in July, but only if Baghdad stopped militants from using its mountains.";
    expect(readExtraction(text).statements.some((x) => x.quote.includes("ready to discuss larger releases"))).toBe(
      true,
    );
  });
});

describe("'successive governments' are the story's state", () => {
  it("'Critics say successive governments have neglected maintenance' charges the state", () => {
    const text =
      "DHAKA (Reuters) - A commuter train crashed near Tongi on Monday, killing 12 people. Bangladesh Railway blamed the driver. " +
      "Bangladesh's railway minister promised an inquiry. " +
      "Critics say successive governments have spent heavily on new lines while neglecting maintenance and the hiring of staff.";
    const s = readExtraction(text).statements.find((x) => x.quote.includes("successive governments"));
    expect(s?.targetTops).toContain("Bangladesh");
  });
});
