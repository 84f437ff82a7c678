// Round 19b: statements not proposed and speakers' sides in long texts with many voices.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a relative clause between commas goes with its subject, whatever verbs it holds", () => {
  it("', which says it represents ...,' keeps the body as the speaker", () => {
    const text =
      "Kestrel Pharma raised the price of insulin by 40% on Monday. " +
      "The Patients' Forum, which says it represents about 40,000 people with the disease, urged the health ministry to cap the price.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("cap the price"));
    expect(s?.quote.startsWith("The Patients' Forum, which says")).toBe(true);
    expect(s?.forTop).toBe("Patients' Forum");
    expect(s?.category).toBe("demand");
  });
  it("a second verb after such a subject keeps its side", () => {
    const text =
      "Kestrel Pharma raised the price of insulin by 40% on Monday. " +
      "The Patients' Forum, which says it represents about 40,000 people, said the rise was cruel and accused Kestrel Pharma of exploiting patients.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.startsWith("accused Kestrel"));
    expect(s?.forTop).toBe("Patients' Forum");
    expect(s?.targetTops).toContain("Kestrel Pharma");
  });
  it("'A ministry official, who asked not to be named, said' is a statement", () => {
    const text =
      "The Drivers' Union accused the Railway Ministry of negligence on Monday. " +
      "A ministry official, who asked not to be named, said the drivers were to blame for the crash.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("to blame for the crash"));
    expect(s?.quote.startsWith("A ministry official, who asked not to be named")).toBe(true);
    expect(s?.forTop).toBe("Railway Ministry");
    expect(s?.targetTops).toContain("Drivers' Union");
  });
});

describe("an unnamed official's employer and later words", () => {
  it("'a senior official in the ministry said' speaks for the ministry, from the subject", () => {
    const text =
      "The Drivers' Union accused the Railway Ministry of negligence on Monday. " +
      "A senior official in the ministry said the drivers were to blame for the crash.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("to blame for the crash"));
    expect(s?.quote.startsWith("A senior official in the ministry")).toBe(true);
    expect(s?.forTop).toBe("Railway Ministry");
  });
  it("'..., the official said' after an unnamed official is that official, not the person named last", () => {
    const text =
      "Union leader Asha Roy accused the Railway Ministry of negligence on Monday. " +
      "A senior official in the ministry said the inspection had approved the line. " +
      "“The drivers ignored the signals. They are to blame,” the official said.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("ignored the signals"));
    expect(s?.speakerName).not.toBe("Asha Roy");
    expect(s?.forTop).toBe("Railway Ministry");
  });
});

describe("two phrases joined by 'and' that blame each other are the two sides", () => {
  it("'the workers' union and the terminal operator blamed each other' is blame both ways", () => {
    const text =
      "A strike shut the port on Wednesday, as the workers' union and the terminal operator blamed each other for the stoppage. " +
      "The Harbour Dockers' Union walked out on Monday. Kestrel Terminals said the strike was illegal.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("blamed each other"));
    expect(s?.mutual).toBe(true);
    expect([s?.forTop, ...(s?.targetTops ?? [])].sort()).toEqual(["Harbour Dockers' Union", "Kestrel Terminals"]);
  });
  it("'X's federation and its league traded blame' names both bodies, the league named further on", () => {
    const text =
      "Ruritania's football federation and its professional league traded blame on Tuesday over the suspension of the season. " +
      "The Ruritanian Football Federation halted the championship last week. " +
      "Clubs have not been paid. Fans protested outside the stadium. " +
      "The president of the Professional Football League, Ivo Marn, said the federation owed the clubs money.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("traded blame"));
    expect(s?.mutual).toBe(true);
    expect([s?.forTop, ...(s?.targetTops ?? [])].sort()).toEqual([
      "Professional Football League",
      "Ruritanian Football Federation",
    ]);
  });
  it("'traded blame' with no two sides named is no statement", () => {
    const { statements } = readExtraction(
      "Kestrel Terminals blamed the union for the strike. Later the two companies traded blame over who should pay.",
    );
    expect(statements.some((x) => x.quote.includes("traded blame"))).toBe(false);
  });
});

describe("a title phrase and a name set off by commas are the subject of a blaming verb", () => {
  it("'The environment minister, X, who visited ..., accused' runs from the title", () => {
    const text =
      "Kestrel Mining blamed heavy rain for the collapse of its dam. " +
      "The environment minister, Ruth Moyo, who visited the village on Saturday, accused Kestrel Mining of negligence.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("of negligence"));
    expect(s?.quote.startsWith("The environment minister, Ruth Moyo, who visited")).toBe(true);
    expect(s?.speakerName).toBe("Ruth Moyo");
  });
  it("'The union's envoy for X and Y, Name, demanded' runs from the head, however long", () => {
    const text =
      "Fighting broke out on the border on Friday. " +
      "The African Union's special envoy for Sudan and South Sudan, Hawa Ndiaye, demanded that both armies pull back.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("pull back"));
    expect(s?.quote.startsWith("The African Union's special envoy")).toBe(true);
    expect(s?.category).toBe("demand");
  });
});

describe("a thing's owner described first and named later speaks for the owner", () => {
  it("'the vessel's Greek owner blamed ...' is the body named later as 'the ship's owner, X'", () => {
    const text =
      "Senegal detained the crew of a cargo ship that spilled oil, as the vessel's Greek owner blamed a harbour pilot for the accident. " +
      "The ship ran aground on Friday. " +
      "The fisheries minister said the ship's owner, Piraeus-based Halkidon Maritime, was responsible for the spill.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("blamed a harbour pilot"));
    expect(s?.forTop).toBe("Halkidon Maritime");
    expect(s?.category).toBe("accusation");
  });
});

describe("a refusal is a side's stand in the dispute, not an intent to drop", () => {
  it("'... and said it would not negotiate \"with a gun to the head\"' is kept against the other side", () => {
    const text =
      "The Northern Nurses Union began a strike on Monday, blaming Kestrel Health for low pay. " +
      "Kestrel Health accused the Northern Nurses Union of putting patients at risk and said it would not negotiate “with a gun to the head”.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("gun to the head"));
    expect(s?.forTop).toBe("Kestrel Health");
    expect(s?.targetTops).toContain("Northern Nurses Union");
  });
  it("'said it would appeal' stays dropped (what a side will do)", () => {
    const text =
      "The regulator fined Kestrel Bank for hiding losses. Kestrel Bank accused the regulator of bias and said it would appeal the ruling.";
    const { statements } = readExtraction(text);
    expect(statements.some((x) => x.quote.includes("would appeal"))).toBe(false);
  });
});

describe("a civil body described by its members' noun and its place is a side of its own", () => {
  it("'The fisheries association of X's Y province, where ..., said ... and called on Z' speaks for the association", () => {
    const text =
      "Indonesian patrol boats seized six Vietnamese fishing vessels on Thursday. " +
      "The fisheries association of Vietnam's Ca Mau province, where the six boats are registered, said the crews had done nothing wrong and called on Hanoi to send coast guard ships to escort its fleet.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.startsWith("called on Hanoi"));
    expect(s?.forTop).toMatch(/^fisheries association of Vietnam's Ca Mau province/);
    expect(s?.targetTops).toContain("Vietnam");
    expect(s?.category).toBe("demand");
  });
});

describe("a state's company described first speaks for the company the text names next", () => {
  it("'Lithuania's state gas company has blamed sabotage' is the body that opens a later sentence", () => {
    const text =
      "Lithuania's state gas company has blamed sabotage for a pipeline explosion near the Klaipėda LNG terminal, hinting that Belarus was behind it. " +
      "A fireball lit up the sky over the town. " +
      "Lietuvos Dujų Tinklai, which runs the gas network, said its engineers had found traces of explosives.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("blamed sabotage"));
    expect(s?.quote.startsWith("Lithuania's state gas company")).toBe(true);
    expect(s?.forName).toBe("Lietuvos Dujų Tinklai");
    expect(s?.targetTops).toContain("Belarus");
  });
});

describe("'known as' in an apposition names the subject, it opens no clause", () => {
  it("'The agency, known as INPEC, rejected that charge' runs from the subject", () => {
    const text =
      "Senator Ana Quintero accused the national prisons agency of ignoring warnings about bribed guards. " +
      "The agency, known as INPEC, rejected that charge.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("rejected that charge"));
    expect(s?.quote).toBe("The agency, known as INPEC, rejected that charge.");
    expect(s?.category).toBe("denial");
  });
});

describe("what a body says of both sides is its statement, the whole of it", () => {
  it("'X, the doctors' body, said both sides shared responsibility ..., but that ...' is X's, to its end", () => {
    const text =
      "The Resident Doctors Union blamed the Health Ministry for the strike. The Health Ministry accused the Resident Doctors Union of endangering patients. " +
      "The Order of Physicians, the doctors' professional body, said both sides shared responsibility for the disruption, but that successive governments had let hospitals decay for years.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("shared responsibility"));
    expect(s?.forTop).toBe("Order of Physicians");
    expect(s?.quote.startsWith("The Order of Physicians")).toBe(true);
    expect(s?.quote.endsWith("decay for years.")).toBe(true);
  });
});

describe("a description and its name set off by commas are the subject", () => {
  it("'A patients' group, the Movement for the Rights of Patients, urged ...' runs from the description", () => {
    const text =
      "The Resident Doctors Union blamed the Health Ministry for the strike. " +
      "A patients' group, the Movement for the Rights of Patients, urged the union and the ministry to agree on a mediator.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("agree on a mediator"));
    expect(s?.quote.startsWith("A patients' group, the Movement")).toBe(true);
    expect(s?.category).toBe("demand");
  });
});

describe("a town's mayor is of the state the story takes place in", () => {
  it("'The town's mayor, X,' speaks for the first state named, not the neighbour named since", () => {
    const text =
      "Lithuania's gas network operator blamed sabotage for a blast in the town of Jonava. " +
      "Belarus denied any role. Belarus called the claim a provocation, and Minsk said Belarus had nothing to do with it. " +
      "The town's mayor, Vilius Stankus, accused Belarus of lying about the blast.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("lying about the blast"));
    expect(s?.speakerName).toBe("Vilius Stankus");
    expect(s?.forTop).toBe("Lithuania");
  });
});

describe("an apposition closed before ', and <verb>' ends the blaming clause", () => {
  it("'blamed its supplier ... for a rise in the price of X, the drug's active ingredient, and pointed to ...' keeps the apposition", () => {
    const text =
      "Kestrel Pharma raised the price of insulin by 40% on Monday. " +
      "It blamed its Chinese supplier, Huarun Biotech, for a 60% rise in the price of insulin crystals, the drug's active ingredient, and pointed to higher freight costs.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.startsWith("It blamed its Chinese supplier"));
    expect(s?.quote).toBe(
      "It blamed its Chinese supplier, Huarun Biotech, for a 60% rise in the price of insulin crystals, the drug's active ingredient",
    );
    expect(s?.targetTops).toContain("Huarun Biotech");
  });
});

describe("an attribution inside a reduced relative clause is part of the words around it", () => {
  it("'demanded that clubs pay wages it says are overdue' is one demand of the union", () => {
    const text =
      "The federation suspended the season on Monday. " +
      "The Players' Union demanded that clubs pay wages it says are up to four months overdue.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("demanded that clubs pay"));
    expect(s?.quote.endsWith("four months overdue.")).toBe(true);
    expect(s?.category).toBe("demand");
    expect(statements.some((x) => x.quote.startsWith("clubs pay"))).toBe(false);
  });
});
