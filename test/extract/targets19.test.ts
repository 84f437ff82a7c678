// Round 19: whom a statement accuses (the object of the blaming verb, the side in dispute, the
// party whose act the words are about).
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a business's noun introduces no union, forum, agency or ministry named next", () => {
  it("'A company that ...' in a minister's quote is the company accused, not the patients' forum named next", () => {
    const text =
      "NAIROBI - Kenya's health minister on Monday accused drugmaker Velbor Pharma of greed after it raised the price of insulin.\n" +
      "“A company that earns its profits from sick people cannot decide overnight to double its prices,” Health Minister Ana Kovac said.\n" +
      "The Diabetes Patients' Forum said the rise would push many families into debt.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("earns its profits"));
    expect(s?.targetTops).toEqual(["Velbor Pharma"]);
  });
  it("'accused the company of “...”' is the company, not the agency named next", () => {
    const text =
      "A lithium miner, Kariba Lithium, said rain had burst its tailings dam on Monday.\n" +
      "The environment minister, Ruth Moyo, accused the company of “criminal negligence” and said she had " +
      "ordered the Environmental Management Agency to suspend its licence.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("criminal negligence"));
    expect(s?.targetTops).toEqual(["Kariba Lithium"]);
  });
});

describe("a short name in brackets after a body's name is that body", () => {
  it("'X (SIMR)' and 'SIMR president Y' are one union, blamed and blaming as one", () => {
    const text =
      "The Independent Union of Resident Doctors (SIMR) said the strike had shut three hospitals.\n" +
      "Health Minister Teresa Valente accused the union of putting patients at risk.\n" +
      "“Our members are exhausted. The minister is to blame,” SIMR president Rui Fonseca said.";
    const { statements } = readExtraction(text);
    const charge = statements.find((x) => x.quote.includes("putting patients at risk"));
    const reply = statements.find((x) => x.quote.includes("members are exhausted"));
    expect(charge?.targetTops).toEqual(["Independent Union of Resident Doctors"]);
    expect(reply?.forTop).toBe("Independent Union of Resident Doctors");
  });
  it("a name that does not look like a body's, with its short name in brackets, is still a target", () => {
    const text =
      "Kenya said the militia, which now calls itself Liwa Fajr al-Wadi (LFW), was hiding in Garissa.\n" +
      "“They have hit civilians, under the pretence of fighting LFW,” the interior minister, Ana Kovac, said.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("hiding in Garissa"));
    expect(s?.targetTops).toEqual(["Liwa Fajr al-Wadi"]);
  });
});

describe("a public body whose name ends in a state's name is that state's", () => {
  it("'accused the Energy Regulatory Commission of Kenya' accuses Kenya", () => {
    const { statements } = readExtraction(
      "NAIROBI - The opposition Orange Democratic Party on Monday accused the Energy Regulatory Commission of Kenya of approving an unfair power tariff.",
    );
    const s = statements.find((x) => x.quote.includes("unfair power tariff"));
    expect(s?.targetTops).toEqual(["Kenya"]);
  });
});

describe("'a' in a speaker's own words names a kind, not the body the writer names next", () => {
  it("'A hospital board that ...' in a union leader's quote blames the side in dispute, not a body named later", () => {
    const text =
      "LISBON - Portugal's health minister, Teresa Valente, on Monday accused the Lisbon Nurses Union of putting patients at risk.\n" +
      "“A hospital board that keeps lists of strikers is guilty of intimidation,” union president Rui Fonseca said.\n" +
      "The Order of Nurses, the profession's body, said both sides should talk.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("keeps lists of strikers"));
    expect(s?.targetTops).toEqual(["Portugal"]);
  });
});

describe("'the state' as a body is the government of the story's state", () => {
  const text =
    "LISBON - Junior doctors at Lisbon hospitals began a five-day strike on Monday.\n" +
    "Portugal's health minister, Teresa Valente, accused the Lisbon Doctors Union of putting patients at risk.\n" +
    "“We are losing young doctors abroad because the state treats them as cheap labour,” said Helena Barros, president of the Order of Physicians.";
  it("'because the state treats them as cheap labour' accuses Portugal", () => {
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("cheap labour"));
    expect(s?.targetTops).toEqual(["Portugal"]);
  });
  it("'the state power company' is no charge at the state", () => {
    const { statements } = readExtraction(
      `${text}\n“The state power company cut our lights again and again,” said Helena Barros.`,
    );
    const s = statements.find((x) => x.quote.includes("cut our lights"));
    expect(s?.targetNames ?? []).not.toContain("Portuguese government");
  });
});

describe("a demonym before a country's sport or public is no charge at its state", () => {
  it("'has treated Peruvian football as its private business' blames the league only", () => {
    const text =
      "LIMA - Peru's football federation halted the championship on Friday, accusing the National Clubs League of hiding its accounts.\n" +
      "“The league has treated Peruvian football as its private business,” federation president Luis Quispe said.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("private business"));
    expect(s?.targetTops).toEqual(["National Clubs League"]);
  });
});

describe("'both organizations' are the two sides trading blame", () => {
  it("a minister who 'urged both organizations to agree' makes a demand of both", () => {
    const text =
      "LIMA - Peru's football federation halted the championship on Friday, accusing the National Clubs League of hiding its accounts.\n" +
      "The league accused the federation of trying to seize the television money.\n" +
      "Sports Minister Ana Torres urged both organizations to reach an agreement within a week.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("both organizations"));
    expect(s?.category).toBe("demand");
    expect(s?.targetTops).toHaveLength(2);
    expect(s?.targetTops).toContain("National Clubs League");
  });
});

describe("'the previous administration' and 'The opposition' are the party out of power", () => {
  const text =
    "NAIROBI - Kenya's main opposition party, the Orange Democratic Party, accused the government on Thursday of mismanaging the power sector.\n" +
    "Energy Minister Davis Chirchir said the tariff rise was needed to pay debts left by the previous administration.\n" +
    "The Energy Regulatory Authority, which approved the increase, said it had consulted consumers.";
  it("'debts left by the previous administration' blames the opposition party, not the authority named next", () => {
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("previous administration"));
    expect(s?.targetTops).toEqual(["Orange Democratic Party"]);
  });
  it("'The opposition ...' opening a sentence is the opposition party", () => {
    const { statements } = readExtraction(
      `${text}\n“The opposition signed contracts for power this country never needed,” Chirchir said.`,
    );
    const s = statements.find((x) => x.quote.includes("signed contracts"));
    expect(s?.targetNames).toContain("Orange Democratic Party");
  });
});

describe("a body after 'through' or 'via' is the channel words went by, not whom they blame", () => {
  it("'ignored a complaint filed through the Chilean embassy' blames Peru only", () => {
    const text =
      "LIMA - Chile accused Peru on Tuesday of seizing three fishing boats in disputed waters.\n" +
      "A cooperative of artisanal fishermen in Arica said Peruvian patrol boats had rammed one of its vessels.\n" +
      "Its president, Jorge Soto, said Peru had ignored a complaint the cooperative filed through the Chilean embassy.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("ignored a complaint"));
    expect(s?.targetTops).toEqual(["Peru"]);
  });
});

describe("a side's opponent stays the side it is in dispute with while its words still name it", () => {
  it("after 'militiamen armed by the Eritrean army', a quote with no target of its own blames Eritrea", () => {
    const text =
      "ADDIS ABABA - Ethiopia and Eritrea blamed each other on Sunday for an attack on a border town that killed 12 people.\n" +
      "Ethiopian Information Minister Lemma Tesfaye said the attackers were Afar militiamen who had been armed and directed by the Eritrean army.\n" +
      "“This was a military operation against civilians, planned by men who take their orders from far away,” Tesfaye said.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("military operation against civilians"));
    expect(s?.targetTops).toEqual(["Eritrea"]);
  });
});

describe("'the mine' is the mining company the story named, not the mineworkers' union", () => {
  it("'the mine had ignored safety complaints' blames the mining company", () => {
    const text =
      "JOHANNESBURG - Residents of Riverlea accused Golden Reef Mining on Wednesday of cracking their homes with blasting.\n" +
      "The National Union of Mineworkers said the mine had also ignored safety complaints from its own workers.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("ignored safety complaints"));
    expect(s?.targetTops).toEqual(["Golden Reef Mining"]);
  });
});

describe("a body a named company runs is that company's", () => {
  const lead =
    "SEOUL - South Korea's competition regulator on Tuesday fined Hanbit Holdings, which runs Yumcart, for forcing restaurants to offer it the lowest prices.\n";
  it("'X, which runs Y' makes a charge at Y a charge at X", () => {
    const { statements } = readExtraction(
      `${lead}The Korea Fair Trade Commission said Yumcart had threatened to lower the ranking of restaurants.`,
    );
    const s = statements.find((x) => x.quote.includes("lower the ranking"));
    expect(s?.targetTops).toEqual(["Hanbit Holdings"]);
  });
  it("'the app' in a restaurant owner's quote is the app the story named", () => {
    const { statements } = readExtraction(
      `${lead}A federation of small restaurant owners welcomed the fine. “The app made it clear we would vanish from the list,” said Kim Min-jun, who runs a chicken shop in Seoul.`,
    );
    const s = statements.find((x) => x.quote.includes("vanish from the list"));
    expect(s?.targetNames).toEqual(["Yumcart"]);
  });
});

describe("a body's noun in its own speaker's words is the speaker's own body", () => {
  it("'the union had seen an email proving it' in the union leader's words blames no other body", () => {
    const text =
      "LISBON - Portugal's health minister, Teresa Valente, on Monday accused the Lisbon Doctors Union of putting patients at risk.\n" +
      "“The minister has done nothing but make speeches,” union president Rui Fonseca told reporters outside Santa Clara University Hospital.\n" +
      "Fonseca accused the ministry of drawing up lists of striking doctors, and said the union had seen an email proving it.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("seen an email"));
    expect(s?.targetTops).toEqual(["Portugal"]);
  });
});

describe("'all stakeholders' are the sides trading blame", () => {
  it("a body that 'urged all stakeholders to resolve the dispute' makes a demand of both sides", () => {
    const text =
      "LIMA - Peru's football federation halted the championship on Friday, accusing the National Clubs League of hiding its accounts.\n" +
      "The league accused the federation of trying to seize the television money.\n" +
      "Sports Minister Ana Torres urged all stakeholders to resolve the dispute through dialogue.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("all stakeholders"));
    expect(s?.targetTops).toHaveLength(2);
    expect(s?.targetTops).toContain("National Clubs League");
  });
});

describe("a demand's addressee that is a bare plural of bodies is a group of its own", () => {
  const text =
    "LIMA - The Peruvian Footballers Union demanded that clubs pay the wages they owe.\n" +
    "Peru's football federation accused the National Clubs League of hiding its accounts.\n" +
    "League president Jorge Salas said the federation had owed the league's clubs 11 million soles since last year.";
  it("'demanded that clubs pay' makes a demand of the clubs", () => {
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("demanded that clubs pay"));
    expect(s?.targetNames).toEqual(["clubs"]);
  });
  it("'the league's clubs' in the league's words is on the league's side, no target", () => {
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("owed the league's clubs"));
    expect(s?.targetNames).toEqual(["Peru's football federation"]);
  });
});

describe("'the crew' after 'the crew of a ferry' is the ferry owner's crew", () => {
  it("a later 'the crew had failed to ...' blames the owner the text names", () => {
    const text =
      "MANILA - The Philippine Coast Guard blamed the crew of a cargo ship on Wednesday for a fire that killed nine people.\n" +
      "Commodore Ana Cruz said the crew had also failed to sound the alarm for ten minutes.\n" +
      "The ship's owner, Blue Tide Shipping, said its crew had followed every rule.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("failed to sound the alarm"));
    expect(s?.targetTops).toEqual(["Blue Tide Shipping"]);
  });
});

describe("a state's company a lead describes is that state's", () => {
  it("'Estonia's state power company' named next at a sentence's start speaks for Estonia", () => {
    const text =
      "TALLINN - Estonia's state power company has blamed sabotage for a blast at a substation near Narva, hinting that Russia was behind it.\n" +
      "The blast ripped open a transformer that carries power from the Auvere Energy plant to the capital.\n" +
      "Eesti Voorgud, which runs the country's grid, said on Monday that its engineers had found traces of explosives.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("traces of explosives"));
    expect(s?.forTop).toBe("Estonia");
  });
});

describe("a capitalised word after a medium's name is the medium's service, no body of its own", () => {
  it("'told BBC Bangla' is the BBC, named 'BBC Bangla'", () => {
    const text =
      "DHAKA - The Railway Workers' Federation blamed Orion Rail Systems on Tuesday for a train crash near Tongi.\n" +
      "“The signal was green,” the federation's secretary, Anwar Karim, told BBC Bangla.";
    const { extraction } = readExtraction(text);
    const bbc = extraction.actors.find((a) => a.name === "BBC");
    expect(bbc?.aliases).toContain("BBC Bangla");
    expect(extraction.actors.map((a) => a.name)).not.toContain("Bangla");
  });
});

describe("whom others would have the speaker blame is not the speaker's target", () => {
  it("'they want us to blame the Russians' charges no Russia", () => {
    const text =
      "TALLINN - Estonia's state power company has blamed sabotage for a blast at a substation near Narva, hinting that Russia was behind it.\n" +
      "Residents said they had reported sparks at the substation for months.\n" +
      "“Now a man is dead and they want us to blame the Russians,” said Maria Tamm, 54, who lives nearby.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("want us to blame"));
    expect(s?.targetTops ?? []).not.toContain("Russia");
  });
});

describe("a town's own government the text names by its possessive is a body of its own", () => {
  const text =
    "BORNOVA \u2014 Turkish prosecutors ordered arrests on Friday after a hotel collapsed in the city's Konak district, killing 12 people.\n" +
    "Environment Minister Ali Demir said the hotel's builder, Kartal Yapi, had added two illegal floors.\n" +
    "The company rejected the accusation. It blamed the city's inspectors for failing to carry out checks.\n" +
    "Bornova's municipality, run by the opposition, hit back at the ministry. It accused the ministry of trying to shift blame.\n" +
    "\u201cThe ministry knows who signed these papers,\u201d Bornova Mayor Deniz Arslan said.";
  it("'Bornova's municipality' is the town's government, named so", () => {
    const { extraction } = readExtraction(text);
    const town = extraction.actors.find((a) => a.name === "Bornova");
    expect(town?.aliases).toContain("Bornova municipality");
  });
  it("'blamed the city's inspectors' charges that government, 'in the city's Konak district' no one", () => {
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("city's inspectors"))?.targetTops).toEqual(["Bornova"]);
    expect(statements.find((x) => x.quote.includes("Konak district"))?.targetTops ?? []).not.toContain("Bornova");
  });
});

describe("a body's managers are the body the text named", () => {
  it("'warned hospital managers about unsafe staffing' charges the hospital", () => {
    const text =
      "CHICAGO - The family of a girl who died of sepsis accused Riverside Memorial Hospital on Wednesday of ignoring her symptoms.\n" +
      "A nurses' union said it had warned hospital managers about unsafe staffing levels for months.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("hospital managers"));
    expect(s?.targetTops).toEqual(["Riverside Memorial Hospital"]);
  });
});

describe("a demand that a public body act on another side is made against that side", () => {
  const lead =
    "JOHANNESBURG - A patient died at a Sandton hospital run by CareFirst Group after its oxygen system failed, and the nurses' union Denosa blamed the group.\n";
  it("'asked the Health Department to carry out inspections at the group's hospitals' is a demand against the group", () => {
    const { statements } = readExtraction(
      `${lead}It asked the Health Department to carry out inspections at all of the group's hospitals.`,
    );
    const s = statements.find((x) => x.quote.includes("carry out inspections"));
    expect(s?.targetTops).toEqual(["CareFirst Group"]);
  });
  it("'ordered the Environmental Management Agency to suspend its licence' falls on the side in dispute", () => {
    const text =
      "HARARE - Environment Minister Ruth Moyo accused Kariba Lithium on Monday of cutting corners on its tailings dam.\n" +
      "She said she had ordered the Environmental Management Agency to suspend its licence.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("suspend its licence"));
    expect(s?.targetTops).toEqual(["Kariba Lithium"]);
  });
});

describe("'all parties' in a row of political parties are the parties", () => {
  it("an observer's 'urged all parties to refrain from violence' is a demand of the two parties, not the commission", () => {
    const text =
      "MONROVIA - The opposition Unity Front on Tuesday accused the National Elections Commission of rigging the count.\n" +
      "The commission rejected the allegations and accused the Unity Front of spreading lies.\n" +
      "The ruling Progress Party accused the opposition of trying to provoke unrest.\n" +
      "The Economic Community of West African States urged all parties to refrain from violence.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("all parties"));
    expect([...(s?.targetTops ?? [])].sort()).toEqual(["Progress Party", "Unity Front"]);
  });
});

describe("a body's name goes on past a foreign particle between capitalised words", () => {
  it("'Rodzice dla Dzieci' is one body that urges both sides, not 'Rodzice'", () => {
    const text =
      "WARSAW - Poland's largest teachers' union accused the education ministry on Monday of breaking a promise to raise salaries.\n" +
      "The parents' association Rodzice dla Dzieci urged both the union and the ministry to keep schools open.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("keep schools open"));
    expect(s?.forTop).toBe("Rodzice dla Dzieci");
    expect(s?.targetTops).toHaveLength(2);
  });
});

describe("a capital's name opening a body's name that ends like a company's is part of it", () => {
  it("'the Nairobi Water Distribution Company' is one body, not 'Water Distribution Company'", () => {
    const text =
      "NAIROBI - A market fire killed three traders on Sunday, and the traders' association blamed the county.\n" +
      "County official Omar Salim said the hydrants had failed because of pipes laid by the Nairobi Water Distribution Company.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("pipes laid by"));
    expect(s?.targetNames).toContain("Nairobi Water Distribution Company");
  });
});

describe("whom leave or help is asked of is not charged", () => {
  it("'would ask FIFA to let its members terminate their contracts' is no charge at FIFA", () => {
    const text =
      "LIMA - The Peruvian Footballers Union demanded that clubs pay the wages they owe.\n" +
      "Union leader Marco Soto said the union would ask FIFA to let its members terminate their contracts if wages were not paid.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("terminate their contracts"));
    expect(s?.targetNames ?? []).not.toContain("FIFA");
  });
});

describe("blaming a thing puts the harm down to a cause, and charges no side", () => {
  it("'blamed a passenger's gas stove for the fire' is a justification, no counter-charge at the families", () => {
    const text =
      "Families of passengers killed in a ferry fire accused Blue Sea Lines on Friday of sailing with broken fire doors.\n" +
      "Blue Sea Lines denied the claim. The company said the ship had passed every inspection and blamed a passenger's gas stove for the fire.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("gas stove"));
    expect(s?.category).toBe("justification");
  });
});
