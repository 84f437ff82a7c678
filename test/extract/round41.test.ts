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
