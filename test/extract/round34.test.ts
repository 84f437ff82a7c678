// Round 34: statements whose side was wrong or missing; each mechanism checked on short texts
// written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("an official whose title names no employer speaks for the body that spoke the sentence before", () => {
  it("'Quorvix denied that. \"...,\" managing director X said' is Quorvix's, not the insurer named in the quote", () => {
    const text =
      "Hackers stole the records of two million customers of Brightwell Health, the insurer said on Monday.\n\n" +
      "Brightwell blamed Quorvix Systems, a contractor that maintains its claims software, saying the breach began on a laptop belonging to a Quorvix employee.\n\n" +
      "Quorvix denied that. \"Our staff used Brightwell's own network, under Brightwell's rules. The decision was Brightwell's, not ours,\" managing director Anna Pryce said.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("under Brightwell"));
    expect(s?.speakerName).toBe("Anna Pryce");
    expect(s?.forTop).toBe("Quorvix Systems");
  });
  it("'Indonesia's military rejected the accusation. Colonel X said' is Indonesia's, in a story about another state", () => {
    const text =
      "Papua New Guinea accused Indonesian soldiers on Friday of killing two traders near the border village of Wutung. " +
      "Papua New Guinea's foreign minister said Papua New Guinea would protest. Papua New Guinea's police said the men were unarmed.\n" +
      "Indonesia's military rejected the accusation. Colonel Budi Santoso said no Indonesian soldiers had been on patrol in the area.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("no Indonesian soldiers"));
    expect(s?.speakerName).toBe("Budi Santoso");
    expect(s?.forTop).toBe("Indonesia");
  });
  it("a bare title after a sentence with no speaking body keeps the body named before it", () => {
    const text =
      "Hackers stole the records of two million customers of Brightwell Health, the insurer said on Monday.\n\n" +
      "The breach began on a Friday. A spokeswoman, Anna Pryce, said Brightwell had blamed the contractor for the breach.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("blamed the contractor"));
    expect(s?.forTop).toBe("Brightwell Health");
  });
});

describe("'urged both countries' is the states trading blame, not an armed group one of them blamed", () => {
  it("Australia's call on 'both countries' names the two states", () => {
    const text =
      "Papua New Guinea accused Indonesia on Friday of killing two traders near the border.\n" +
      "Indonesia rejected the accusation and blamed the Free Papua Movement for the killings.\n" +
      "The Free Papua Movement denied any involvement and accused Indonesia of lying.\n" +
      "Indonesia accused the Free Papua Movement of hiding in the forest.\n" +
      "Australia, which has close ties with both countries, urged them to work together on an investigation.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("work together"));
    expect(s?.forName).toBe("Australia");
    expect(new Set(s?.targetTops)).toEqual(new Set(["Papua New Guinea", "Indonesia"]));
  });
});

describe("the European Union's institutions are sides of their own", () => {
  const text =
    "BRUSSELS (Reuters) - Harlow Pharma accused the European Commission on Thursday of punishing it for a cartel that never existed.\n\n" +
    '"These companies met in hotel rooms and agreed who would sell what," EU Competition Commissioner Ingrid Solberg told reporters.\n\n' +
    "The European Parliament urged the Commission to publish the evidence.\n\n" +
    "Harlow Pharma rejected the findings and accused Solberg of relying on a rival's account.";
  it("the European Parliament and the European Commission are not rolled up to the EU", () => {
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("publish the evidence"))?.forTop).toBe("European Parliament");
    expect(statements.find((x) => x.quote.includes("never existed"))?.targetTops).toEqual(["European Commission"]);
  });
  it("an EU commissioner speaks for the Commission", () => {
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("hotel rooms"));
    expect(s?.speakerName).toBe("Ingrid Solberg");
    expect(s?.forTop).toBe("European Commission");
  });
});

describe("a party or a group named after a speaker's name by 'of the' is the side", () => {
  const text =
    "ASUNCION (Reuters) - Paraguay accused Argentina on Monday of moving troops onto a river island both claim.\n\n" +
    'Senator Ana Ruiz of the Liberal Front accused the government of "weakness" for waiting four days before protesting.\n\n' +
    "Opposition lawmaker Carlos Mena of the Colorado Renewal Party said the government had ignored warnings.\n\n" +
    "Interior Minister Jorge Paz of Paraguay said the troops had left.";
  it("'Senator X of the Liberal Front' speaks for the Liberal Front, not the state's government", () => {
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("weakness"));
    expect(s?.speakerName).toBe("Ana Ruiz");
    expect(s?.forTop).toBe("Liberal Front");
  });
  it("'Opposition lawmaker X of the Colorado Renewal Party' speaks for the party, not 'Opposition'", () => {
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("ignored warnings"))?.forTop).toBe("Colorado Renewal Party");
  });
  it("'Interior Minister X of Paraguay' stays the state's", () => {
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("troops had left"))?.forTop).toBe("Paraguay");
  });
});

describe("a name a business's noun introduced is no person where it recurs", () => {
  it("'Brazilian airline Voa Sul blamed ...' then 'said Voa Sul had ...': Voa Sul is the airline, never a speaker", () => {
    const text =
      "SAO PAULO (Reuters) - Brazilian airline Voa Sul blamed air-traffic controllers on Monday for a week of delays.\n\n" +
      "The controllers' union rejected the charge. Its president, Marcos Vieira, accused the airline of scheduling too many flights, and said Voa Sul had caused its own cancellations.\n\n" +
      "A spokeswoman, Juliana Teles, said Voa Sul had added flights only at quiet hours.";
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.startsWith("Brazilian airline"))?.speakerName).toBeUndefined();
    const teles = statements.find((x) => x.quote.includes("quiet hours"));
    expect(teles?.speakerName).toBe("Juliana Teles");
    expect(teles?.forTop).toBe("Voa Sul");
  });
  it("'the city's contractor, Bumi Karya Konstruksi,' then 'Bumi Karya said': its director is the company's", () => {
    const text =
      "SEMARANG (ABN) - The mayor of Tegalrejo blamed the city's contractor, Bumi Karya Konstruksi, on Friday for a sea wall that collapsed this week.\n\n" +
      "The company denied cutting corners. In a statement, Bumi Karya said the wall had been built exactly to the design approved by the ministry.\n\n" +
      "Its director, Agus Salim, said the city had failed to maintain the drainage gates.";
    const { statements, extraction } = readExtraction(text);
    expect(extraction.actors.some((a) => a.name === "Bumi Karya" && a.kind === "person")).toBe(false);
    expect(statements.find((x) => x.quote.includes("drainage gates"))?.forTop).toBe("Bumi Karya Konstruksi");
  });
});

describe("a named body's possessive before an office-holder's title is whose the office is", () => {
  const alberta =
    "EDMONTON (Reuters) - Alberta and Ottawa traded blame on Thursday over wildfire relief money.\n\n" +
    'Premier Dana Kowal accused Ottawa of "abandoning families in their hour of need".\n\n' +
    "The federal emergency minister, Raymond Beaulieu, blamed Alberta for cutting its wildfire budget.\n\n" +
    "Alberta’s forestry minister, Colin Ferreira, accused the federal government of rewriting history.";
  it("'Alberta’s forestry minister, X,' speaks for Alberta, not the country's government", () => {
    const { statements } = readExtraction(alberta);
    const s = statements.find((x) => x.quote.includes("rewriting history"));
    expect(s?.speakerName).toBe("Colin Ferreira");
    expect(s?.forTop).toBe("Alberta");
  });
  it("'Punjab’s Agriculture Minister, X,' is Punjab's, not a body 'Punjab’s Agriculture'", () => {
    const text =
      "NEW DELHI, November 4: Delhi and Punjab traded blame on Monday over the haze that has hung over the capital for six days.\n\n" +
      'Punjab’s Agriculture Minister, Gurpreet Bains, accused the Delhi government of "blaming farmers for its own failures".';
    const { statements, extraction } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("blaming farmers"))?.forTop).toBe("Punjab");
    expect(extraction.actors.map((a) => a.name)).not.toContain("Punjab’s Agriculture");
  });
  it("'Premier X accused Ottawa of ...': an office-holder blaming the state's own government is not its voice", () => {
    const { statements } = readExtraction(alberta);
    const s = statements.find((x) => x.quote.includes("abandoning families"));
    expect(s?.speakerName).toBe("Dana Kowal");
    expect(s?.forTop).not.toBe("Canada");
    expect(s?.targetTops).toContain("Canada");
  });
  it("a minister of the story's state who blames another body stays the state's", () => {
    const text =
      "OTTAWA (Reuters) - Canada accused a logging company on Thursday of starting a wildfire.\n\n" +
      "Environment Minister Raymond Beaulieu accused the company of ignoring a burn ban.";
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("burn ban"))?.forTop).toBe("Canada");
  });
});
