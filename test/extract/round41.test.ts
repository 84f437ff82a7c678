// Round 41: statements found but dropped, and group voices; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a private person quoted right after a group speaks in the plural is the group's member", () => {
  it("'Some customers said ... . “I found out from the news, not from them,” said X, 67, a retired teacher' is the customers' charge", () => {
    const text =
      "Halvard Insurance said on Monday that hackers had stolen the records of two million members.\n" +
      "The opposition Labour Party accused Halvard of hiding the breach for three weeks.\n" +
      "Halvard rejected the charge.\n" +
      "Some customers said they had learned of the breach from the media.\n" +
      "“I found out from the news, not from them,” said Mary Collins, 67, a retired teacher from Perth.";
    const { statements } = readExtraction(text);
    const member = statements.find((x) => x.quote.includes("I found out from the news"));
    expect(member?.forName?.toLowerCase()).toBe("customers");
    expect(member?.category).toBe("accusation");
    expect(member?.targetNames).toContain("Halvard Insurance");
  });
  it("'drivers said ... . “Both governments should be ashamed,” said X' charges both governments, for the drivers", () => {
    const text =
      "Kyrgyzstan accused Kazakhstan on Tuesday of holding up its trucks at the border with new inspections.\n" +
      "Kazakhstan said the inspections were needed to stop smuggling.\n" +
      "At the crossing itself, drivers said they had been left for days without food or water.\n" +
      "“Both governments should be ashamed,” said Bolot Asanov, who has driven the route for 11 years.";
    const { statements } = readExtraction(text);
    const member = statements.find((x) => x.quote.includes("Both governments"));
    expect(member?.forName?.toLowerCase()).toBe("drivers");
    expect(member?.targetTops).toEqual(expect.arrayContaining(["Kazakhstan", "Kyrgyzstan"]));
  });
  it("a private person after a sentence of no group keeps their quote out", () => {
    const text =
      "Halvard Insurance said on Monday that hackers had stolen the records of two million members.\n" +
      "The opposition Labour Party accused Halvard of hiding the breach for three weeks.\n" +
      "The breach was found by an outside auditor in March.\n" +
      "“I found out from the news, not from them,” said Mary Collins, 67, a retired teacher from Perth.";
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("I found out from the news"))).toBeUndefined();
  });
});

describe("what critics say, naming no one, is a charge of the story's government", () => {
  it("'Critics say the freeze has pushed nurses to seek work abroad' charges the state", () => {
    const text =
      "ACCRA, Ghana - Ghana's health ministry said on Monday it would review deaths at the Kumasi maternity ward.\n" +
      "The government froze the hiring of nurses in 2023.\n" +
      "Critics say the freeze has pushed hundreds of trained nurses and midwives to seek work in Britain and the Gulf.";
    const { statements } = readExtraction(text);
    const critics = statements.find((x) => x.quote.includes("the freeze has pushed"));
    expect(critics?.category).toBe("accusation");
    expect(critics?.speaksFor).toBeNull();
    expect(critics?.targetTops).toContain("Ghana");
  });
  it("'Analysts say prices will rise' stays out: only critics criticise by the word", () => {
    const text =
      "ACCRA, Ghana - Ghana's health ministry said on Monday it would review deaths at the Kumasi maternity ward.\n" +
      "Analysts say the freeze has pushed hundreds of trained nurses and midwives to seek work in Britain and the Gulf.";
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("the freeze has pushed"))).toBeUndefined();
  });
});
