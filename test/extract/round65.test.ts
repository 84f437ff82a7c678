// Round 65: a body's common noun resolved to the wrong body or to none; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

const PROVINCE =
  "EDMONTON, May 3 (Prairie Wire) - The premier of Saskaberta accused the federal government on Monday of withholding flood relief money.\n" +
  "Premier Lena Ostrowski said Ottawa had paid only a third of the C$300 million it promised after the spring floods.\n" +
  "Saskaberta's transport minister, Omar Riel, said the province had spent C$90 million of its own money on repairs.\n";

describe("'the province', 'the region': the sub-national government the text's office-holders speak for", () => {
  it("'said the town would sue the province': the province's government is the target", () => {
    const text = `${PROVINCE}The mayor of Pine Falls, Ruth Abara, said the town would sue the province for the cost of temporary housing.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("sue the province"));
    expect(s?.targetTops).toContain("Saskaberta");
  });
  it("guard: a mayor's town is no province ('the region' with only a mayor's office named)", () => {
    const text =
      "LEON, May 3 (Bajio Wire) - The mayor of Silao, Ruth Abara, accused a bus company on Monday of abandoning routes.\n" +
      "Abara said the company had cut services across the region and blamed the region's poor roads for nothing.";
    const { statements } = readExtraction(text);
    for (const s of statements) expect(s.targetNames).not.toContain("Silao");
  });
});

const COALITION =
  "WARSAW, Nov 30 (Vistula Wire) - The Polish Farmers' Party accused the finance ministry on Monday of delaying flood compensation for thousands of families.\n" +
  "The party's leader, Jan Nowak, said the ministry had lost its own cost estimate.\n";

describe("an unnamed source's body: 'an official in the prime minister's office', 'an official at the division'", () => {
  it("'A senior official in the prime minister's office, speaking on condition of anonymity,': the state's government", () => {
    const text = `${COALITION}A senior official in the prime minister's office, speaking on condition of anonymity, accused the party of blocking the bill for votes.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("blocking the bill"));
    expect(s?.forTop).toBe("Poland");
  });
  it("'An official at the division': the body named before whose longer name ends in the noun", () => {
    const text =
      "APIA, Aug 14 (Pacific Wire) - A ferry company blamed a contractor on Thursday for the collapse of a loading ramp.\n" +
      "The Maritime Division of the Ministry of Works, which licenses ports, has also come under criticism.\n" +
      "An official at the division, who asked not to be named, accused the contractor of hiding its warnings from inspectors.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("hiding its warnings"));
    expect(s?.forName).toBe("Maritime Division");
  });
  it("guard: a named holder's lower-case title 'councillor for the environment' is no body's source", () => {
    const text =
      "KUALA LUMPUR, Jan 9 (Malay Wire) - The Department of Environment said it had fined a factory twice.\n" +
      'The Selangor state government accused the federal department of acting too slowly. "The department knew for months," state executive councillor for the environment Jamaliah Osman said.';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("knew for months"));
    expect(s?.forName).not.toBe("Department of Environment");
  });
});
