// Whom a statement blames (the fourteenth round): what a name in the words is there for (a place
// something goes to, a country's law or waters, where a company is from), and whose name opens a
// body's name.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a country's name opening a body's name", () => {
  it("reads 'Kenya Farmers' Movement' as one body, not Kenya and a 'Farmers' Movement'", () => {
    const { statements } = readExtraction(
      `NAIROBI (Reuters) - The ruling Kenya Farmers' Movement accused the opposition alliance Umoja Mbele on Monday of stirring up protests over maize prices.\nUmoja Mbele denied the charge.`,
    );
    const lead = statements.find((s) => s.quote.includes("accused the opposition"));
    expect(lead?.forTop).toBe("Kenya Farmers' Movement");
  });
});

describe("a body after 'to'", () => {
  const text = `The Harbour Workers' Union accused Baltic Quay Terminals on Tuesday of cutting crane crews to save money.\n"Every week we lose members to Norway, because this company treats them as costs," union leader Anna Berg said.`;

  it("is where something goes, not whom the words blame", () => {
    const { statements } = readExtraction(text);
    const quote = statements.find((s) => s.quote.startsWith("Every week"));
    expect(quote?.targetTops).not.toContain("Norway");
  });

  it("is blamed when the words put the harm down to it", () => {
    const { statements } = readExtraction(
      `TALLINN (Reuters) - "This sabotage is linked to Russia and its shadow fleet," Interior Minister Lauri Tamm said on Sunday.`,
    );
    expect(statements[0]?.targetTops).toContain("Russia");
  });
});

describe("a demonym before the country's things", () => {
  it("reads 'under Norwegian law' as no charge at Norway", () => {
    const { statements } = readExtraction(
      `Baltic Quay Terminals said in a statement that the strike was illegal because the Harbour Workers' Union had not given the notice required under Norwegian law.`,
    );
    expect(statements[0]?.targetTops).toEqual(["Harbour Workers' Union"]);
  });

  it("reads 'its Brazilian supplier, Verde Pulp,' as the supplier, not Brazil", () => {
    const { statements } = readExtraction(
      `Nordic Tissue, a paper maker, said on Monday that its prices would rise. It blamed its Brazilian supplier, Verde Pulp, for a 40% rise in the cost of pulp.`,
    );
    const blame = statements.find((s) => s.quote.includes("blamed"));
    expect(blame?.targetTops).toEqual(["Verde Pulp"]);
  });
});

describe("a rejection of 'that charge'", () => {
  it("makes the side rejecting it the target of the statement just before, which named none", () => {
    const { statements } = readExtraction(
      `The Green Coast Party accused the transport ministry on Monday of wasting money on a bypass that was never finished.\nTransport Minister Pedro Alves denied the accusation.\nAlves blamed regional councils for delaying the permits.\nThe Association of Regional Councils rejected that charge.`,
    );
    const blame = statements.find((s) => s.quote.includes("blamed regional councils"));
    expect(blame?.targetTops).toEqual(["Association of Regional Councils"]);
    const rejection = statements.find((s) => s.quote.includes("rejected that charge"));
    expect(rejection?.category).toBe("denial");
    expect(rejection?.answers).toBe(blame?.ref);
  });
});

describe("whom words are told to, and 'the company'", () => {
  const text = `ACCRA (Reuters) - Ghana's trade minister accused cement maker Volta Cement on Monday of fixing prices.\nTrade Minister Kwame Asante told the National Assembly that the company had raised prices three times this year without telling the regulator.`;

  it("reads the addressee of 'told X that' as no target, and 'the company' as the business named, not the assembly", () => {
    const { statements } = readExtraction(text);
    const told = statements.find((s) => s.quote.includes("the company had raised"));
    expect(told?.targetTops).toContain("Volta Cement");
    expect(told?.targetTops).not.toContain("National Assembly");
  });
});
