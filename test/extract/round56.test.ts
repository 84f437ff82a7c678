// Round 56: the speaker's side; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

const STORY =
  "STOCKHOLM, May 4 (Nordic Wire) - Sweden accused the supermarket chain Nordvara on Monday of squeezing the prices it pays dairy farmers.\n" +
  "Nordvara rejected the accusation and blamed the dairies for the cuts.\n";

describe("a minister's portfolio is part of the title, not a body of its own", () => {
  it("'Rural Affairs Minister X said': the story's state's government, not a body named 'Rural'", () => {
    const text = `${STORY}Rural Affairs Minister Elin Sandberg said the chain had cut the price paid to farmers three times this year.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("the chain had cut"));
    expect(s?.speakerName).toBe("Elin Sandberg");
    expect(s?.forTop).toBe("Sweden");
  });
  it("'Minister for Consumer Protection X': the name after the portfolio, the state's government", () => {
    const text = `${STORY}Minister for Consumer Protection Rachel Lindqvist was in Malmo. “The chain has refused to meet my officials three times,” Lindqvist said.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("refused to meet"));
    expect(s?.speakerName).toBe("Rachel Lindqvist");
    expect(s?.forTop).toBe("Sweden");
  });
  it("'The Minister of Trade, X,': the state's government, not a 'Trade' body", () => {
    const text = `${STORY}The Minister of Trade, Erik Dahl, accused the chain of hiding its margins.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("hiding its margins"));
    expect(s?.forTop).toBe("Sweden");
  });
});

const QUITO =
  "QUITO, May 2 (Andes Wire) - Quito's mayor, Esteban Ruiz, blamed illegal land traffickers on Monday for a landslide that buried 14 homes on the city's southern edge.\n" +
  "“These plots were sold knowing they were deadly,” Ruiz said.\n";

describe("the employer after 'of' or 'for' in a person's description is the body, not a place in its words", () => {
  it("'president of the San Miguel neighbourhood committee': the committee, its lower-case noun in its name", () => {
    const text = `${QUITO}Rosa Quishpe, president of the San Miguel neighbourhood committee, said the city had collected property tax from the families for years.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("property tax"));
    expect(s?.speakerName).toBe("Rosa Quishpe");
    expect(s?.forTop).toBe("San Miguel neighbourhood committee");
  });
  it("'chief executive of Guayaquil-based builder Andes Obras SA': the builder, not the city that bases it", () => {
    const text = `${QUITO}Ana Torres, chief executive of Guayaquil-based builder Andes Obras SA, said the city had approved the plans in 2019.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("approved the plans"));
    expect(s?.forTop).toBe("Andes Obras SA");
  });
  it("'Vulcan Power's general manager for distribution in the Pichincha region': Vulcan Power, not the region", () => {
    const text = `${QUITO}Vulcan Power’s general manager for distribution in the Pichincha region, Lerato Mena, said the city had ignored its letters.`;
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("ignored its letters"));
    expect(s?.forTop).toBe("Vulcan Power");
  });
});

describe("'the union' after a name the text set the noun after as an apposition is that name's body", () => {
  it("'Kontra, the union that represents ...' and later 'The union demanded ...': Kontra, not the company named most", () => {
    const text =
      "KATOWICE, Poland, March 6 (Reuters) - A methane blast at the Wierzbica mine deepened a row between its owner, Silesian Coal Holding, and Kontra, the union that represents most of its miners.\n" +
      "Silesian Coal Holding said the sensors had failed because of work by Górtech, a contractor.\n" +
      "Górtech said its crew had followed every instruction. Górtech had worked at the mine since 2019.\n" +
      "The union demanded the dismissal of the mine's entire management board.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.startsWith("The union demanded"));
    expect(s?.forTop).toBe("Kontra");
  });
  it("'(CRSO), a union strong among ...' and 'the union's president': the farmers' union, not the European Union", () => {
    const text =
      "TOULOUSE, France, Jan 24 (Reuters) - Farmers blocked motorways on Wednesday over a trade deal the European Union signed with Mercosur.\n" +
      "The blockades, called by the Rural Coordination of the South-West (CRSO), a union strong among livestock farmers, spread to six departments. The EU says the deal protects farmers.\n" +
      "“They are opening our borders to beef raised on cleared land,” the union's president, Jean-Paul Lacoste, told reporters. “Brussels has sold us out.”";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.startsWith("They are opening"));
    expect(s?.speakerName).toBe("Jean-Paul Lacoste");
    expect(s?.forTop).toBe("CRSO");
    expect(s?.targetTops).toEqual(["European Union"]);
  });
});

describe("guard: an apposition in which the noun only modifies another is no name for it", () => {
  it("'the Basin Authority, the ministry body that manages the river,' leaves 'the ministry' the state's, not the authority", () => {
    const text =
      "MADRID, Feb 2 (Reuters) - Spain's Ministry for the Ecological Transition cut the water transfer to Murcia by a third on Monday.\n" +
      "The Segura River Basin Authority, the ministry body that manages the river, said illegal wells had drained the aquifer.\n" +
      "The ministry said Murcia's farmers had taken more water than their licences allowed.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("more water than"));
    expect(s?.forName).not.toBe("Segura River Basin Authority");
    expect(s?.forTop).toBe("Spain");
  });
});

describe("a party's name written with its lower-case noun is the name the text gives it", () => {
  it("'The opposition Civic Renewal bloc said ...': the bloc's actor goes by 'Civic Renewal bloc'", () => {
    const text =
      "BALTI, Moldova, Oct 3 (Reuters) - Anti-corruption prosecutors searched Balti city hall on Tuesday over a street-lighting tender, Mayor Vasile Cojocaru's office said.\n" +
      "The opposition Civic Renewal bloc, which holds 17 of the council's 35 seats, said it had warned about the tender in September and accused the mayor of handing the contract to a friend.";
    const { extraction, statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("warned about the tender"));
    const actor = extraction.actors.find((a) => a.ref === s?.speaksFor);
    expect(actor?.name).toBe("Civic Renewal");
    expect(actor?.aliases).toContain("Civic Renewal bloc");
  });
});
