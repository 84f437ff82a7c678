// Round 47: gold statements never proposed and proposals that are no statement, studied on the
// freshest dev sets; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a threat told as the side's plan, 'said it would appeal', is a statement", () => {
  it("'..., and said it would seek compensation for ...' threatens whom the clause before blamed", () => {
    const text =
      "CORK, Aug 7 (Irish Wire) - Irish airline Atlantic Air blamed the airport operator Shannon Ports on Thursday for a summer of delays, and said it would seek compensation for the cost of housing stranded passengers.\n" +
      "Shannon Ports rejected the claims.";
    const { statements } = readExtraction(text);
    const threat = statements.find((x) => x.quote.includes("seek compensation"));
    expect(threat?.quote).toBe("said it would seek compensation for the cost of housing stranded passengers.");
    expect(threat?.category).toBe("threat");
    expect(threat?.forName).toBe("Atlantic Air");
    expect(threat?.targetNames).toContain("Shannon Ports");
  });
  it("'... accused X of ... and said it would challenge the deal in court if ...' is a threat against X", () => {
    const text =
      "PORT LOUIS - The opposition Labour Front accused the government of Mauritius of selling the port to a foreign company and said it would challenge the deal in court if it were signed without a vote in parliament.\n" +
      "The government denied the charge.";
    const { statements } = readExtraction(text);
    const threat = statements.find((x) => x.quote.includes("challenge the deal"));
    expect(threat?.quote).toBe(
      "said it would challenge the deal in court if it were signed without a vote in parliament.",
    );
    expect(threat?.category).toBe("threat");
  });
  it("'said it would meet the ministry next week' stays no statement (guard)", () => {
    const text =
      "NAIROBI - The Kenya Nurses Union accused the health ministry on Monday of withholding three months of pay.\n" +
      "The union said it would meet the ministry next week.";
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("meet the ministry"))).toBeUndefined();
  });
  it("'a ruling ... that the company said it would appeal' stays the writer's aside (guard)", () => {
    const text =
      "LONDON - The regulator accused Harbour Energy of overcharging customers, in a ruling published on Tuesday that the company said it would appeal.\n" +
      "The company rejected the regulator's findings.";
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("would appeal"))).toBeUndefined();
  });
});

describe("a verb inside a condition of the words before is part of them", () => {
  it("'said it would return ... if the chain had not responded to its demands' is one threat", () => {
    const text =
      "STOCKHOLM - The Dairy Farmers Front accused the Nordmarket supermarket chain on Friday of forcing down milk prices.\n" +
      "The Front said it would return with tractors next month if the chain had not responded to its demands.";
    const { statements } = readExtraction(text);
    const threat = statements.find((x) => x.quote.includes("return with tractors"));
    expect(threat?.quote).toBe(
      "The Front said it would return with tractors next month if the chain had not responded to its demands.",
    );
    expect(threat?.category).toBe("threat");
    expect(statements.find((x) => x.quote.startsWith("the chain had not responded"))).toBeUndefined();
  });
});

describe("an abbreviation in brackets after a name is part of the subject", () => {
  it("'The Honduran Private Enterprise Council (COHEP) said ...' runs from the name", () => {
    const text =
      "TEGUCIGALPA - Honduras accused Nicaragua on Monday of closing the El Guasaule crossing without notice.\n" +
      "The Honduran Private Enterprise Council (COHEP) said the government had introduced the new system in a rush and should have agreed on it with Nicaragua first.";
    const { statements } = readExtraction(text);
    const council = statements.find((x) => x.quote.includes("in a rush"));
    expect(council?.quote).toBe(
      "The Honduran Private Enterprise Council (COHEP) said the government had introduced the new system in a rush and should have agreed on it with Nicaragua first.",
    );
  });
  it("'The UN Assistance Mission for Iraq (UNAMI) urged ...' runs from the name, 'for' inside it", () => {
    const text =
      "BAGHDAD - Iraq accused Turkey on Monday of holding back the Tigris behind its dams.\n" +
      "The UN Assistance Mission for Iraq (UNAMI) urged Baghdad and Ankara to revive a joint technical committee.";
    const { statements } = readExtraction(text);
    const mission = statements.find((x) => x.quote.includes("joint technical committee"));
    expect(mission?.quote).toBe(
      "The UN Assistance Mission for Iraq (UNAMI) urged Baghdad and Ankara to revive a joint technical committee.",
    );
  });
});

describe("a threat told as a plan with no one named is a threat against whom it answers", () => {
  it("'The airline said it would appeal.' after a fine is a threat", () => {
    const text =
      "BRASILIA - Brazil's consumer protection agency Procon fined the airline Voa Brasil 4 million reais on Monday and accused it of abandoning stranded passengers.\n" +
      "Voa Brasil rejected the accusation. The airline said it would appeal.";
    const { statements } = readExtraction(text);
    const appeal = statements.find((x) => x.quote.includes("would appeal"));
    expect(appeal?.category).toBe("threat");
    expect(appeal?.targets.length).toBeGreaterThan(0);
  });
});

describe("', despite ...' is a concession the claim is made against, part of it", () => {
  it("'blamed X for ..., despite a written complaint the club had sent' runs to the end", () => {
    const text =
      "BANGKOK - Mekong Rangers were docked six points on Monday.\n" +
      "Club president Thanawat Chaiyaporn blamed Thai League for appointing the same referee to two of the club's matches in three weeks, despite a written complaint the club had sent after the first.";
    const { statements } = readExtraction(text);
    const blame = statements.find((x) => x.quote.includes("same referee"));
    expect(blame?.quote.endsWith("despite a written complaint the club had sent after the first.")).toBe(true);
  });
  it("', despite the company denying it' stays the writer's aside (guard)", () => {
    const text =
      "LAGOS - The Nigeria Labour Congress accused the Nigerian National Petroleum Company of raising petrol prices in secret, despite the company denying it on Monday.";
    const { statements } = readExtraction(text);
    const blame = statements.find((x) => x.quote.includes("raising petrol prices"));
    expect(blame?.quote).toBe(
      "The Nigeria Labour Congress accused the Nigerian National Petroleum Company of raising petrol prices in secret",
    );
  });
});

describe("a relative clause with a pronoun for its subject goes on with the words", () => {
  it("'..., which it had asked the government to change.' is part of what was said", () => {
    const text =
      "LA PAZ - Bolivia's telecom regulator accused the operator Vira Movil on Monday of failing to inspect its battery rooms.\n" +
      "The regulator said inspections were the responsibility of each operator under the current rules, which it had asked the government to change.";
    const { statements } = readExtraction(text);
    const said = statements.find((x) => x.quote.includes("responsibility of each operator"));
    expect(said?.quote.endsWith("which it had asked the government to change.")).toBe(true);
  });
  it("'..., where it said the company had cut a third of the workforce' is part of it", () => {
    const text =
      "PORT OF SPAIN - The Seamen and Dock Clerks Association accused the port authority of negotiating the concession in secret.\n" +
      "The association pointed to Nordhavn's record at the port of Tema in Ghana, where it said the company had cut a third of the workforce within two years.";
    const { statements } = readExtraction(text);
    const record = statements.find((x) => x.quote.includes("port of Tema"));
    expect(record?.quote.endsWith("where it said the company had cut a third of the workforce within two years.")).toBe(
      true,
    );
  });
  it("'..., which it denies.' stays the writer's aside (guard)", () => {
    const text =
      "KINSHASA - Congo accused Rwanda on Monday of sending soldiers onto the islet of Ibuga, which it denies.";
    const { statements } = readExtraction(text);
    const charge = statements.find((x) => x.quote.includes("sending soldiers"));
    expect(charge?.quote).toBe("Congo accused Rwanda on Monday of sending soldiers onto the islet of Ibuga");
  });
});

describe("a side's support or concern, naming no one, is no statement", () => {
  it("'said it supported the doctors and called on the government to ...' is only the demand", () => {
    const text =
      "SFAX - Junior doctors at the Habib Bourguiba hospital went on strike on Monday, accusing the health ministry of failing to pay eight months of overtime.\n" +
      "The Tunisian General Labour Union said it supported the doctors and called on the government to open talks without conditions.";
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("supported the doctors"))).toBeUndefined();
    expect(statements.find((x) => x.quote.includes("open talks"))?.category).toBe("demand");
  });
  it("'said it was concerned by the reports' is no statement (guard)", () => {
    const text =
      "KIGALI - Rwanda accused Congo on Monday of landing soldiers on Ibuga, an islet in Lake Kivu.\n" +
      "The African Union Commission said it was concerned by the reports and called on both countries to exercise restraint.";
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("concerned by the reports"))).toBeUndefined();
  });
});

describe("', a charge the government denies' is the denier's statement, from the noun", () => {
  it("'..., a claim the ministry disputes.' is a denial from 'a claim'", () => {
    const text =
      "VIENNA - Austria's drug wholesalers accused the health ministry on Tuesday of causing a shortage of antibiotic syrups.\n" +
      "Industry groups have long argued that prices for older drugs are among the lowest in western Europe, a claim the ministry disputes.";
    const { statements } = readExtraction(text);
    const denial = statements.find((x) => x.quote.includes("ministry disputes"));
    expect(denial?.quote).toBe("a claim the ministry disputes.");
    expect(denial?.category).toBe("denial");
  });
  it("'..., a charge Rwanda denies.' runs from 'a charge'", () => {
    const text =
      "KINSHASA - Congo accused Rwanda on Monday of landing soldiers on an islet in Lake Kivu.\n" +
      "The United Nations and Congo accuse Rwanda of backing the M23 rebel group, a charge Rwanda denies.";
    const { statements } = readExtraction(text);
    const denial = statements.find((x) => x.quote.includes("Rwanda denies"));
    expect(denial?.quote).toBe("a charge Rwanda denies.");
  });
});
