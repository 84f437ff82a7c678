// Round 20, on precision: a news medium relays, it never accuses; places and things are no parties;
// words that blame nobody are no statements.
import { describe, expect, it } from "vitest";
import { readExtraction, topName } from "./read";

describe("a news medium the gazetteer lacks relays what others say, it is never the side", () => {
  it("'the state news agency X quoted Y as saying' is Y's, relayed by X", () => {
    const text =
      "Kenya accused Uganda on Monday of closing the border crossing at Busia. " +
      "The state news agency KNA later quoted Prime Minister Ivan Korel as saying that Kenya would expel Uganda's envoy if the crossing stayed shut.";
    const { statements, extraction } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("expel"));
    expect(s?.speakerName).toBe("Ivan Korel");
    expect(topName(extraction, s?.speaksFor)).toBe("Kenya");
    expect(s?.via).toBe("KNA");
    expect(statements.some((x) => x.forTop === "KNA")).toBe(false);
  });
  it("'The state-run Daily News quoted Y as saying' is Y's; the paper is no person", () => {
    const text =
      "Kestrel Shipping blamed the port authority of Halden for the spill on Friday. " +
      "The state-run Daily News quoted Ports Minister Anil Perera as saying the government would not allow Kestrel Shipping to escape the cost of the cleanup.";
    const { statements, extraction } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("escape the cost"));
    expect(s?.speakerName).toBe("Anil Perera");
    expect(s?.via).toBe("Daily News");
    expect(s?.targetTops).toContain("Kestrel Shipping");
    expect(extraction.actors.find((a) => a.name === "Daily News")?.kind).toBe("media");
  });
});

describe("a name the text uses as a place is no party", () => {
  it("a name used as a place once ('in the X reservoir') is a place wherever it comes again", () => {
    const text =
      "The Harbour Coalition accused the provincial water board of holding back water in the Dravo reservoir on Monday. " +
      "Anna Kovac, a spokeswoman for the water board, said Dravo was at a third of its capacity.";
    const { statements, extraction } = readExtraction(text);
    expect(extraction.actors.some((a) => a.name === "Dravo")).toBe(false);
    expect(statements.flatMap((s) => s.targetNames)).not.toContain("Dravo");
  });
  it("a name joined by 'and' to a place just named is a place ('in Oslo and X')", () => {
    const text =
      "The bus contract went to Transtad Buss over a rival bid from Voltra Mobility on Monday.\n" +
      "Voltra Mobility, which runs electric buses in Oslo and Tarnby, accused the Harbour City Council of moving the goalposts after the bids were opened.";
    const { statements, extraction } = readExtraction(text);
    expect(extraction.actors.some((a) => a.name === "Tarnby")).toBe(false);
    const s = statements.find((x) => x.quote.includes("moving the goalposts"));
    expect(s?.forTop).toBe("Voltra Mobility");
  });
});

describe("a public body's noun introduces only a public body's name, not the next name in the text", () => {
  it("'accused the marine authority of ...' is the authority named before, not a ship named next", () => {
    const text =
      "The Marine Protection Authority said it would hold Kestrel Shipping liable for the cleanup. " +
      "Coastal Watch Lanka, an environmental group, accused the marine authority of taking 30 hours to send its first cleanup teams. " +
      "In 2021 another container ship, the Orient Pearl, sank off the coast.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("30 hours"));
    expect(s?.targetTops).toEqual(["Marine Protection Authority"]);
  });
  it("'an employee of a labour agency' ... 'The labour agency, Balkan Staffing,' is still that agency", () => {
    const text =
      "Adriatic Terminals said the shift supervisor, an employee of a labour agency, had ignored a weather warning. " +
      "The labour agency, Balkan Staffing, denied that its supervisor had been warned.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("ignored a weather warning"));
    expect(s?.targetTops).toEqual(["Balkan Staffing"]);
  });
  it("'urged X and Y to revive a joint technical committee' does not blame the body named next", () => {
    const text =
      "The United Nations urged Kenya and Uganda to revive a joint technical committee on fishing rights. " +
      "Lake Victoria has lost half of its fish since 2000. The Busia Traders Association said prices had doubled.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("joint technical committee"));
    expect(s?.targetTops).toEqual(expect.arrayContaining(["Kenya", "Uganda"]));
    expect(s?.targetTops).not.toContain("Busia Traders Association");
  });
});

describe("a state's land after a preposition is a place", () => {
  it("'families in Peru's Amazon accused X' is not the Amazon's accusation", () => {
    const { statements, extraction } = readExtraction(
      "Fishing families in Peru's Amazon accused Petroperu on Friday of failing to clean up a pipeline spill.",
    );
    expect(extraction.actors.some((a) => a.name === "Amazon")).toBe(false);
    expect(statements.every((s) => s.forTop !== "Amazon")).toBe(true);
  });
});

describe("states listed after a place are places too", () => {
  it("'grown in Romania, Hungary and Ukraine' blames none of them", () => {
    const text =
      "Velmora Seeds said farmers had sown its hybrid too densely. " +
      "“Solaris has been grown in Romania, Hungary and Ukraine for four seasons without a problem,” its director, Martin Dekker, said.";
    const { statements } = readExtraction(text);
    const targets = statements.flatMap((s) => s.targetTops);
    expect(targets).not.toContain("Hungary");
    expect(targets).not.toContain("Ukraine");
  });
});

describe("a company's owner and its products are no parties to its words", () => {
  it("'X, the local unit of the Dutch seed group Y,': Y is the owner, neither side nor target, and no armed group", () => {
    const text =
      "Farmers blamed a hybrid seed sold by Velmora for the failed harvest.\n" +
      "Velmora, the local unit of the Dutch seed group Van der Berg Genetics, blamed a heatwave. " +
      "Martin Dekker, Velmora's managing director, said some growers had sown the seed far more densely than the company recommended.";
    const { statements, extraction } = readExtraction(text);
    expect(statements.some((s) => s.forTop === "Van der Berg Genetics")).toBe(false);
    expect(statements.flatMap((s) => s.targetTops)).not.toContain("Van der Berg Genetics");
    expect(extraction.actors.find((a) => a.name === "Van der Berg Genetics")?.kind).not.toBe("armed_group");
  });
  it("a name and its number ('Solaris 44') are a product, wherever the name comes again", () => {
    const text =
      "The Dobrich Farmers' Federation accused Velmora Seeds of selling a faulty hybrid. " +
      "Its chairman, Petar Kolev, said sunflowers grown from Velmora's Solaris 44 hybrid had flowered weeks late. " +
      "“Solaris sold us a promise in a bag,” Kolev said.";
    const { statements, extraction } = readExtraction(text);
    expect(extraction.actors.some((a) => a.name.includes("Solaris"))).toBe(false);
    const s = statements.find((x) => x.quote.includes("flowered weeks late"));
    expect(s?.targetTops).toEqual(["Velmora Seeds"]);
  });
});

describe("a title's word opening a body's name is the name's", () => {
  it("'the Executive Agency for Variety Testing' keeps its first word", () => {
    const text =
      "The Young Farmers' Association accused the Executive Agency for Variety Testing of ignoring its warnings about the seed.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("ignoring its warnings"));
    expect(s?.targetNames).toEqual(["Executive Agency for Variety Testing"]);
  });
});

describe("'according to X' charges no one unless it names a doer", () => {
  it("a source's figures about a country ('Kenya's maternal mortality ratio has fallen ..., according to the WHO') are no statement", () => {
    const text =
      "The Mothers' Network accused the Nakuru County Hospital of hiding the causes of eleven deaths. " +
      "Kenya’s maternal mortality ratio has fallen by half since 1990, according to the World Health Organization, but it remains at about 300 deaths for every 100,000 births.";
    const { statements } = readExtraction(text);
    expect(statements.some((s) => s.quote.includes("maternal mortality"))).toBe(false);
    expect(statements.some((s) => s.quote.includes("hiding the causes"))).toBe(true);
  });
  it("'According to X, Y shelled ...' still blames Y", () => {
    const { statements } = readExtraction(
      "According to Ukraine's defence ministry, Russian forces shelled the port overnight.",
    );
    expect(statements[0]?.targetTops).toEqual(["Russia"]);
  });
});

describe("a possessive ends a person's name", () => {
  it("'Mayor Anna Berg's City Alliance' names the mayor, who then speaks", () => {
    const text =
      "The Green Left walked out of the coalition on Tuesday, leaving Mayor Anna Berg's City Alliance without a majority. " +
      "Berg accused the Green Left of abandoning the coalition to win votes.";
    const { statements, extraction } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("abandoning the coalition"));
    expect(s?.speakerName).toBe("Anna Berg");
    expect(s?.targetTops).toEqual(["Green Left"]);
    expect(extraction.actors.some((a) => a.name.includes("Berg's"))).toBe(false);
  });
});

describe("a region's name opening a body's name is the body's", () => {
  it("'The West Sweden Bus Workers' Union' is one union, not a region of Sweden", () => {
    const { statements } = readExtraction(
      "The West Sweden Bus Workers' Union said Transtad Buss had cut drivers' breaks in Malmö.",
    );
    expect(statements[0]?.forTop).toBe("West Sweden Bus Workers' Union");
  });
});

describe("a court the words go before is no target", () => {
  it("'said it would appeal the award in the administrative court' blames no body named next", () => {
    const text =
      "Voltra Mobility said it would appeal the award in the administrative court.\n" +
      "The Harbour Workers' Union said drivers' breaks had been cut by Transtad.";
    const { statements } = readExtraction(text);
    expect(statements.flatMap((s) => s.targetTops)).not.toContain("Harbour Workers' Union");
  });
});

describe("a body's rules are no party", () => {
  it("'trials carried out under EU rules' does not blame the EU", () => {
    const text =
      "The Dobrich Farmers' Federation accused Velmora Seeds Ltd of selling a faulty hybrid. " +
      "The agriculture minister, Stoyan Marinov, said Velmora Seeds Ltd had sold the hybrid after field trials carried out under EU rules.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("field trials"));
    expect(s?.targetTops).toEqual(["Velmora Seeds Ltd"]);
  });
});

describe("where something goes is no target", () => {
  it("'the sale of television rights to a little-known streaming company, X' does not blame X", () => {
    const { statements } = readExtraction(
      "The Bolivian Football Federation halted the season on Friday, citing serious irregularities in the league's sale of television rights to a little-known streaming company, Andes Sports Media.",
    );
    expect(statements.flatMap((s) => s.targetTops)).not.toContain("Andes Sports Media");
  });
});

describe("a ministry's portfolio word picks the ministry", () => {
  it("'The water ministry said' after 'Turkey's foreign ministry' is not Turkey's", () => {
    const text =
      "Iraq accused Turkey on Thursday of cutting the flow of the river to its lowest level in a century. " +
      "Turkey's foreign ministry rejected the accusations. " +
      "The Basra Farmers' Union accused the Iraqi government of neglecting the canals for two decades. " +
      "The water ministry said the union's complaints were exaggerated and false.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("exaggerated"));
    expect(s?.forTop).toBe("Iraq");
  });
});

describe("an observatory is a body's name", () => {
  it("'The Guinean Observatory for Civil Liberties' speaks for itself, not for Guinea", () => {
    const { statements } = readExtraction(
      "The Guinean Observatory for Civil Liberties, a rights group based in Conakry, accused the security forces of beating protesters.",
    );
    expect(statements[0]?.forTop).toBe("Guinean Observatory for Civil Liberties");
  });
});

describe("how things stand is no grievance", () => {
  it("'Residents said the road to the port remained closed' charges no one", () => {
    const text =
      "The Kolaboui Residents' Committee accused Compagnie Minière de Kolaboui of draining the town's wells. " +
      "The company denied that its operations had affected the water supply. " +
      "Residents said the road to the port remained closed on Wednesday, with gendarmes stationed at both ends of the town.";
    const { statements } = readExtraction(text);
    expect(statements.some((s) => s.quote.includes("remained closed"))).toBe(false);
    expect(statements).toHaveLength(2);
  });
});

describe("a plan to meet or go on with another is no charge", () => {
  it("'The trust said it would meet parents next week' is no counter-charge", () => {
    const text =
      "Parents at Oakfield Academy accused the Brightpath Schools Trust on Monday of cutting special needs staff. " +
      "The trust denied that any child had lost support. The trust said it would meet parents next week.";
    const { statements } = readExtraction(text);
    expect(statements.some((s) => s.quote.includes("meet parents"))).toBe(false);
    expect(statements.map((s) => s.category)).toEqual(["accusation", "denial"]);
  });
  it("'said it would stay in a minority administration with X' blames no one", () => {
    const { statements } = readExtraction(
      "The Liberal Citizens' Party said it would stay in a minority administration with the City Alliance.",
    );
    expect(statements).toHaveLength(0);
  });
  it("a plan with a condition ('would meet the union ... unless the strike went ahead') is still weighed", () => {
    const text =
      "The Farmers' Union accused the Brightpath Trust of cutting staff. " +
      "The trust said it would meet the union next week unless the strike went ahead.";
    const { statements } = readExtraction(text);
    expect(statements.some((s) => s.quote.includes("unless the strike"))).toBe(true);
  });
});

describe("a speaker's own body named by its noun is no other body", () => {
  it("'She said the union would withdraw its members' does not blame the group the story names most", () => {
    const text =
      "The Mothers' Justice Network accused Asante Central Hospital of hiding the causes of eleven deaths. " +
      "The Mothers' Justice Network demanded an inquiry, and the Mothers' Justice Network held a vigil. " +
      "The Ghana Union of Nurses and Midwives blamed the health ministry for a hiring freeze. " +
      "Its chairwoman, Comfort Asare, said the union would withdraw its members unless the ministry lifted the freeze.";
    const { statements } = readExtraction(text);
    const targets = statements
      .filter((s) => s.forTop === "Ghana Union of Nurses and Midwives")
      .flatMap((s) => s.targetTops);
    expect(targets).not.toContain("Mothers' Justice Network");
  });
});

describe("a company's legal suffix makes no person", () => {
  it("'Voltra Mobility AB accused ...' is the company's, with no person speaking", () => {
    const { statements } = readExtraction(
      "The bus contract went to Transtad Buss AB over a rival bid from Voltra Mobility AB.\nVoltra Mobility AB accused the Harbour City Council of moving the goalposts.",
    );
    const s = statements.find((x) => x.quote.includes("moving the goalposts"));
    expect(s?.speakerName).toBeUndefined();
    expect(s?.forTop).toBe("Voltra Mobility AB");
  });
});

describe("an arrest with no doer named is the state's", () => {
  it("'said at least 40 people had been arrested' charges the story's state, not the company blamed most", () => {
    const text =
      "CONAKRY (AFP) – Residents of Kolaboui accused Compagnie Minière de Kolaboui of draining the town's wells, and the company denied it. " +
      "Mines Minister Alpha Kourouma ordered Compagnie Minière de Kolaboui to supply drinking water. " +
      "The Guinean Observatory for Civil Liberties, a rights group based in Conakry, said at least 40 people had been arrested after the protest.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("had been arrested"));
    expect(s?.targetTops).toEqual(["Guinea"]);
  });
});

describe("a quote closed on a full stop has no attribution after it", () => {
  it("'said X and Y were “arguing ... on the beach.” It demanded ...' is one reported statement, then the demand", () => {
    const text =
      "Kestrel Shipping blamed the port authority for the spill. " +
      "The Coast Fishermen's Federation said the company and the authorities were “arguing about whose fault it is while our boats rot on the beach.” " +
      "It demanded daily compensation for every family.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("arguing about"));
    expect(s?.quote.startsWith("The Coast Fishermen's Federation said")).toBe(true);
    expect(s?.targetTops).toContain("Kestrel Shipping");
    expect(statements.some((x) => x.quote.startsWith("It demanded"))).toBe(true);
  });
});
