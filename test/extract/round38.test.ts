// Round 38: gold statements never proposed (quote recall); each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a quoted label put on another's act is a statement from its subject", () => {
  it("'called the suspension \"an act of sabotage\"' is the chairman's charge, not a verb of speech missed", () => {
    const text =
      "The Harnby Rugby League suspended the season on Monday over unpaid wages. " +
      'The chairman of the Clubs Association, Oscar Ruiz, called the suspension "an act of sabotage" and said the clubs would go to court.';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("sabotage"));
    expect(s?.quote).toBe(
      'The chairman of the Clubs Association, Oscar Ruiz, called the suspension "an act of sabotage"',
    );
    expect(s?.speakerName).toBe("Oscar Ruiz");
  });
  it("'called the blockades “unacceptable”' ends before the second verb", () => {
    const text =
      "Farmers blocked roads around Lyon for a third day. " +
      "The agriculture minister, Claire Dumas, called the blockades “unacceptable” and urged the union to lift them.";
    const { statements } = readExtraction(text);
    expect(statements.map((x) => x.quote)).toContain(
      "The agriculture minister, Claire Dumas, called the blockades “unacceptable”",
    );
  });
  it("a label inside an object clause ('what it called the government's “...”') is no statement of its own", () => {
    const text =
      "Atlas Telecom won approval to buy its rival on Monday. " +
      "The opposition Party of Renewal demanded that the communications minister appear before the committee to explain what it called the government’s “conflict of interest” as a shareholder in Atlas Telecom.";
    const { statements } = readExtraction(text);
    expect(statements).toHaveLength(1);
    expect(statements[0]?.quote).toMatch(/^The opposition Party of Renewal demanded .* in Atlas Telecom\.$/);
  });
});

describe("a form that is also a noun, after a determiner, is no attribution's verb", () => {
  it("'called that charge “...”' is the minister's statement whole, not a quote attributed by 'charge'", () => {
    const text =
      "Ottawa accused Alberta of disbanding its firefighting crews. " +
      "Alberta’s forestry minister, Colin Ferro, called that charge “a shameful attempt to rewrite history”. He said the crews had been merged.";
    const { statements } = readExtraction(text);
    expect(statements.map((x) => x.quote)).toContain(
      "Alberta’s forestry minister, Colin Ferro, called that charge “a shameful attempt to rewrite history”.",
    );
  });
  it("a quote closed on a full stop takes no attribution from the next sentence", () => {
    const text =
      "The Harnby Mining Authority accused the Veldt Rights Centre of encouraging villagers to refuse payment. " +
      'The Veldt Rights Centre, which has helped villagers file complaints, called the charge "an insult to people who have lost everything." ' +
      "Its director, Mary Oduya, said the centre had never told anyone to refuse compensation.";
    const { statements } = readExtraction(text);
    const quotes = statements.map((x) => x.quote);
    expect(quotes).toContain(
      'The Veldt Rights Centre, which has helped villagers file complaints, called the charge "an insult to people who have lost everything."',
    );
    const oduya = statements.find((x) => x.quote.startsWith("the centre had never"));
    expect(oduya?.speakerName).toBe("Mary Oduya");
  });
});

describe("what a person told someone begins after whom it was told", () => {
  it("'told reporters that ...' starts after 'that'", () => {
    const text =
      "Residents accused the Harnby Water Company of ignoring a leak for a year. " +
      "Its chairman, Peter Lomax, told reporters that the company had fixed the main within a week.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.speakerName === "Peter Lomax");
    expect(s?.quote).toBe("the company had fixed the main within a week.");
  });
  it("'told reporters the company ...' (no 'that') starts after the audience", () => {
    const text =
      "Residents accused the Harnby Water Company of ignoring a leak for a year. " +
      "Its chairman, Peter Lomax, told reporters the company had fixed the main within a week.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.speakerName === "Peter Lomax");
    expect(s?.quote).toBe("the company had fixed the main within a week.");
  });
  it("'told a news conference in Harnby that ...' starts after 'that'", () => {
    const text =
      "Residents accused the Harnby Water Company of ignoring a leak for a year. " +
      "Its chairman, Peter Lomax, told a news conference in Harnby that the company had fixed the main within a week.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.speakerName === "Peter Lomax");
    expect(s?.quote).toBe("the company had fixed the main within a week.");
  });
});

describe("a modifier set off by a comma is not the next verb's", () => {
  it("'went further, accusing ...' is the participle's statement, from the participle", () => {
    const text =
      "The ambulance service blamed the Harnby Health Board for the delays. " +
      "The GMB union, which represents many of the paramedics, went further, accusing the health board of “using ambulances as extra cubicles”.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("cubicles"));
    expect(s?.quote).toBe("accusing the health board of “using ambulances as extra cubicles”.");
    expect(s?.forName).toBe("GMB");
  });
  it("'went further, warning that ...' likewise", () => {
    const text =
      "Thai exporters blamed the inspectors. " +
      "Agriculture Secretary Leonora Dizon went further, warning that Manila would suspend import permits for any Thai exporter found with a third infested shipment.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("import permits"));
    expect(s?.quote).toBe(
      "warning that Manila would suspend import permits for any Thai exporter found with a third infested shipment.",
    );
    expect(s?.speakerName).toBe("Leonora Dizon");
  });
  it("'who asked not to be named because he was not authorized to speak publicly, said ...' is the source's words", () => {
    const text =
      "Kenya’s opposition accused the electoral commission of rigging the count. " +
      "A Western diplomat in Nairobi, who asked not to be named because he was not authorized to speak publicly, said observers had seen “a few irregularities but nothing on the scale the opposition claims.”";
    const { statements } = readExtraction(text);
    expect(statements.map((x) => x.quote)).toContain(
      "A Western diplomat in Nairobi, who asked not to be named because he was not authorized to speak publicly, said observers had seen “a few irregularities but nothing on the scale the opposition claims.”",
    );
  });
});

describe("a verb inside the words said is no second clause of the sentence", () => {
  it("'said it regretted ... and had asked ...' is one statement: the joined verb goes on with the words", () => {
    const text =
      "Kazakh inspectors held 2,000 trucks at the border for a week. " +
      'Kazakhstan’s trade ministry said it regretted the "inconvenience to drivers" and had asked regional authorities to set up heated tents at the crossing.';
    const { statements } = readExtraction(text);
    expect(statements.map((x) => x.quote)).toEqual([
      'Kazakhstan’s trade ministry said it regretted the "inconvenience to drivers" and had asked regional authorities to set up heated tents at the crossing.',
    ]);
  });
  it("'saying ... and that residents had reported it' runs to the clause's end", () => {
    const text =
      "A landslide buried 40 homes in Harnby on Sunday. " +
      "The residents’ committee also blamed the municipal water company, saying a main above the neighbourhood had been leaking into the hillside for more than a year and that residents had reported it at least six times.";
    const { statements } = readExtraction(text);
    expect(statements[0]?.quote).toMatch(/and that residents had reported it at least six times\.$/);
  });
  it("'had been \"considered and noted\" but that ...': a verb inside quoted words cuts nothing", () => {
    const text =
      "The Harnby Roads Authority accused the ministry of ignoring its advice on the tender. " +
      'A ministry spokesman said the authority’s advice had been "considered and noted" but that the final decision was the ministry’s to make.';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("considered"));
    expect(s?.quote).toMatch(/but that the final decision was the ministry’s to make\.$/);
  });
});

describe("an aside whose own verb is the speaker's saying or judging is part of what was said", () => {
  it("', a rule he said had been ignored ...' goes on with the words", () => {
    const text =
      "Passengers blamed air-traffic controllers for a week of delays. " +
      "Union president Marcos Vieira said controllers were simply applying a rule that limits how many aircraft each of them may handle, a rule he said had been ignored for years because the centre was short of staff.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.speakerName === "Marcos Vieira");
    expect(s?.quote).toMatch(/a rule he said had been ignored for years because the centre was short of staff\.$/);
  });
  it("', which it estimated at ...' goes on with the demand", () => {
    const text =
      "Vestfjord Salmon lost 40,000 fish from a farm in western Norway. " +
      "The River Owners’ Association demanded that the company pay the full cost of the recapture effort, which it estimated at 12 million kroner.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.category === "demand");
    expect(s?.quote).toBe(
      "The River Owners’ Association demanded that the company pay the full cost of the recapture effort, which it estimated at 12 million kroner.",
    );
  });
  it("', which she called \"...\"' goes on with the defence", () => {
    const text =
      "Three drugmakers accused the European Commission of punishing them for talking to each other. " +
      'Commissioner Karin Lindahl defended the leniency programme, which she called "the single most effective tool we have against cartels".';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.speakerName === "Karin Lindahl");
    expect(s?.quote).toBe(
      'Commissioner Karin Lindahl defended the leniency programme, which she called "the single most effective tool we have against cartels".',
    );
  });
  it("an aside of another voice still ends the words", () => {
    const text =
      "Passengers blamed air-traffic controllers for a week of delays. " +
      "Union president Marcos Vieira said controllers were simply applying the rules, a claim the airline disputes.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.speakerName === "Marcos Vieira");
    expect(s?.quote).toBe("controllers were simply applying the rules");
  });
});

describe("after an aside set in the words said, 'and that' or 'and had' goes on with them", () => {
  it("', a Melbourne-based contractor ..., and that Quorvix was responsible ...' is one statement", () => {
    const text =
      "Harnby Health blamed a contractor for the breach. " +
      "The company said the login details had been stolen from a laptop belonging to an employee of Quorvix Systems, a Melbourne-based contractor that maintains its claims software, and that Quorvix was responsible for securing its own staff’s devices.";
    const { statements } = readExtraction(text);
    expect(statements[1]?.quote).toMatch(/and that Quorvix was responsible for securing its own staff’s devices\.$/);
  });
  it("', which cost up to ₹4,000 an acre, and had only ...' (a number's comma closes nothing)", () => {
    const text =
      "The Harnby Water Company accused the Harnby Farmers Union of letting its members burn stubble. " +
      "The union’s president, Balwinder Gill, said most small farmers could not afford to hire the machines, which cost up to ₹4,000 an acre, and had only 15 to 20 days between the harvest and the sowing of wheat.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.speakerName === "Balwinder Gill");
    expect(s?.quote).toBe(
      "most small farmers could not afford to hire the machines, which cost up to ₹4,000 an acre, and had only 15 to 20 days between the harvest and the sowing of wheat.",
    );
  });
  it("', as the rules require, and had built ...' goes on past the rule", () => {
    const text =
      "The Harnby Roads Alliance accused the ministry of handing the contract to a friend. " +
      "Coral Roads’ managing director, Vikash Chand, said the company had declared the shareholding to the ministry before bidding, as the rules require, and had built roads in Fiji for more than 20 years.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.speakerName === "Vikash Chand");
    expect(s?.quote).toMatch(/as the rules require, and had built roads in Fiji for more than 20 years\.$/);
  });
});

describe("'disputed' denies", () => {
  it("'The airline disputed that comparison.' is the airline's denial", () => {
    const text =
      "The controllers' union accused Voa Celeste of blaming its own cancellations on others. " +
      "The airline disputed that comparison.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote === "The airline disputed that comparison.");
    expect(s?.category).toBe("denial");
  });
  it("'disputed that account, saying ...' is one denial from its subject", () => {
    const text =
      "Argentina’s coastguard said nobody had lived on the island before it set up its post. " +
      "Residents of Puerto Yaguarón disputed that account, saying several families had kept cattle on the island for at least a decade.";
    const { statements } = readExtraction(text);
    expect(statements.map((x) => x.quote)).toContain(
      "Residents of Puerto Yaguarón disputed that account, saying several families had kept cattle on the island for at least a decade.",
    );
  });
  it("the noun 'dispute' is no verb", () => {
    const text = "The border dispute between the two countries has lasted a decade.";
    const { statements } = readExtraction(text);
    expect(statements).toHaveLength(0);
  });
});

describe("'pointed to', 'pointed the finger at' put blame on a cause", () => {
  it("'Many residents also pointed to the quarry' is their charge", () => {
    const text =
      "A landslide buried 40 homes in Harnby on Sunday. The city blamed heavy rain. " +
      "Many residents also pointed to the Harnby Stone quarry, which has operated on the ridge for a decade.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("quarry"));
    expect(s?.quote).toBe("Many residents also pointed to the Harnby Stone quarry");
    expect(s?.category).toBe("accusation");
  });
  it("'pointed the finger at all three' is a statement", () => {
    const text =
      "A sea wall failed in north Harnby. The ministry, the city and the contractor blamed each other. " +
      "Coastal Watch, an environmental organisation, pointed the finger at all three.";
    const { statements } = readExtraction(text);
    expect(statements.map((x) => x.quote)).toContain(
      "Coastal Watch, an environmental organisation, pointed the finger at all three.",
    );
  });
  it("'..., the drug's active ingredient, and pointed to ...': two statements, the apposition with the first", () => {
    const text =
      "Kestrel Pharma raised the price of insulin by 40%. " +
      "It blamed its Chinese supplier, Huarun Biotech, for a 60% rise in the price of insulin crystals, the drug’s active ingredient, and pointed to higher freight and energy costs.";
    const { statements } = readExtraction(text);
    expect(statements.map((x) => x.quote)).toEqual([
      "It blamed its Chinese supplier, Huarun Biotech, for a 60% rise in the price of insulin crystals, the drug’s active ingredient",
      "pointed to higher freight and energy costs.",
    ]);
  });
});

describe("'..., he warned.' at a sentence's end, no marks: the words before the comma are his", () => {
  it("'... would be prosecuted, he warned.' is the minister's threat", () => {
    const text =
      "The Harnby Nurses Union accused the Harnby Hospital of falsifying death certificates. " +
      "The health minister, Kwame Mensah, rejected the charge. " +
      "Anyone found to have falsified a death certificate would be prosecuted, he warned.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.startsWith("Anyone"));
    expect(s?.quote).toBe("Anyone found to have falsified a death certificate would be prosecuted");
    expect(s?.category).toBe("threat");
    expect(s?.speakerName).toBe("Kwame Mensah");
  });
  it("'... had been shot in the back as he ran, it said.' is the committee's", () => {
    const text =
      "Guinea's government blamed the protesters for the violence. " +
      "The Harnby Residents' Committee said the gendarmes had opened fire on a peaceful crowd. " +
      "One of the dead, a 19-year-old student, had been shot in the back as he ran, it said.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.startsWith("One of the dead"));
    expect(s?.quote).toBe("One of the dead, a 19-year-old student, had been shot in the back as he ran");
    expect(s?.forName).toBe("Harnby Residents' Committee");
  });
  it("a plan to go on ('Work on the roads would continue, he said.') is no statement", () => {
    const text =
      "The Harnby Roads Alliance accused the ministry of handing the contract to a friend. " +
      'Works Minister Ravi Prasad accused the alliance of "playing politics with roads". Work on the roads would continue, he said.';
    const { statements } = readExtraction(text);
    expect(statements.map((x) => x.quote)).not.toContain("Work on the roads would continue");
  });
});
