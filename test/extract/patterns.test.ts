// Each pattern the extractor handles, on short texts written for the test.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

const read = readExtraction;

describe("direct quotes", () => {
  it("takes the attribution after the quote", () => {
    const { statements } = read(
      "“Moscow is bombing hospitals,” John Kirby, a State Department spokesman, said on Wednesday.",
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({
      quote: "Moscow is bombing hospitals",
      mode: "direct",
      speakerName: "John Kirby",
      forName: "U.S. State Department",
      forTop: "United States",
      targetNames: ["Russia"],
      category: "accusation",
      attribution: "named",
    });
  });

  it("takes the attribution before the quote, after a colon", () => {
    const { statements } = read(
      "Sergei Lavrov, Russia's foreign minister, said: “Washington is lying about the strikes.”",
    );
    expect(statements[0]).toMatchObject({
      speakerName: "Sergei Lavrov",
      forTop: "Russia",
      targetTops: ["United States"],
    });
  });

  it("gives both halves of a quote split by its attribution to the speaker", () => {
    const { statements } = read(
      "Russian defence ministry spokesman Igor Konashenkov spoke on Tuesday. “We did not bomb the convoy,” he said, “and we never target civilians in Syria, whatever Washington claims.”",
    );
    expect(statements.map((s) => s.speakerName)).toEqual(["Igor Konashenkov", "Igor Konashenkov"]);
  });

  it("reads straight quotes as well as curly ones", () => {
    const { statements } = read('"This is a provocation by Japan," the Chinese foreign ministry said.');
    expect(statements[0]).toMatchObject({
      quote: "This is a provocation by Japan",
      forName: "Chinese Foreign Ministry",
      forTop: "China",
      targetTops: ["Japan"],
    });
  });

  it("follows a quote over a paragraph break when the next paragraph opens again", () => {
    const text = [
      "Ukraine's foreign minister spoke after the overnight strikes.",
      "“Russian troops shelled the city again and hit two schools.",
      "“They are killing civilians every day,” the minister said.",
    ].join("\n");
    const { statements } = read(text);
    expect(statements.map((s) => s.paragraph)).toEqual([2, 3]);
    for (const s of statements) expect(s).toMatchObject({ forTop: "Ukraine", attribution: "named" });
    expect(statements[0]?.targetTops).toEqual(["Russia"]);
  });

  it("reads a paragraph after “X said:” as a block quote", () => {
    const text =
      "On Monday, Interior Minister Jane Doe of Kenya told reporters:\nThe smugglers were protected by officials in Uganda, and that is a crime.";
    const { statements } = read(text);
    expect(statements[0]).toMatchObject({ mode: "direct", speakerName: "Jane Doe", paragraph: 2, forTop: "Kenya" });
  });
});

describe("indirect speech", () => {
  it.each([
    ["Turkey accused Greece of violating its airspace.", "accusation", "Turkey", ["Greece"]],
    ["Israel blamed Hamas for the rocket attack.", "accusation", "Israel", ["Hamas"]],
    ["China warned the United States against sending warships.", "threat", "China", ["United States"]],
    ["North Korea threatened to strike South Korea.", "threat", "North Korea", ["South Korea"]],
    ["The European Union called on Russia to withdraw its troops.", "demand", "European Union", ["Russia"]],
    ["Brazil said that Venezuela had violated the agreement.", "accusation", "Brazil", ["Venezuela"]],
  ])("%s", (text, category, speaker, targets) => {
    const { statements } = read(text);
    expect(statements[0]).toMatchObject({ mode: "reported", category, forTop: speaker, targetTops: targets });
  });

  it("links a denial, a rejection and an admission to the charge they answer", () => {
    const { statements } = read(
      "Ukraine accused Russia of shelling a hospital. The Kremlin denied the accusation. Moscow rejected the claims as baseless. Ukraine later admitted that its own artillery had fired first at Russia.",
    );
    const [charge, denial, rejection, admission] = statements;
    expect(charge).toMatchObject({ category: "accusation", forTop: "Ukraine" });
    expect(denial).toMatchObject({
      category: "denial",
      forTop: "Russia",
      answers: charge?.ref,
      targetTops: ["Ukraine"],
    });
    expect(rejection).toMatchObject({ category: "denial", answers: charge?.ref });
    expect(admission).toMatchObject({ category: "concession", forTop: "Ukraine" });
  });

  it("proposes nothing for an attribution that only says when (“..., X said on Monday.”)", () => {
    const { statements } = read(
      "The United States accused Russia of bombing a hospital, State Department spokesman John Smith said on Monday. “We did not bomb any hospital,” Russia's foreign ministry said in a statement.",
    );
    expect(statements.map((s) => s.quote)).toEqual([
      "The United States accused Russia of bombing a hospital",
      "We did not bomb any hospital",
    ]);
    expect(statements[1]).toMatchObject({ category: "denial", answers: statements[0]?.ref });
  });

  it("takes the claim after a person's speech verb, and the whole clause for a state's", () => {
    const { statements } = read("U.S. Secretary of State Jane Roe insisted Friday that Iran was arming the Houthis.");
    expect(statements[0]).toMatchObject({
      quote: "Iran was arming the Houthis.",
      speakerName: "Jane Roe",
      forTop: "United States",
    });
  });
});

describe("attribution by phrase and relayed speech", () => {
  it("reads “according to”", () => {
    const { statements } = read("According to Ukraine's defence ministry, Russian forces shelled the port overnight.");
    expect(statements[0]).toMatchObject({
      forName: "Ukrainian Defence Ministry",
      targetNames: ["Russian military"],
      targetTops: ["Russia"],
    });
  });

  it("reads “in a statement”", () => {
    const { statements } = read("In a statement, the Iranian foreign ministry condemned the strikes by Israel.");
    expect(statements[0]).toMatchObject({
      forTop: "Iran",
      targetTops: ["Israel"],
      category: "accusation",
      cameo: "111",
    });
  });

  it("makes the agency told the intermediary", () => {
    const { statements } = read("A senior Pakistani official told Reuters that India had violated the ceasefire.");
    expect(statements[0]).toMatchObject({ forTop: "Pakistan", targetTops: ["India"], via: "Reuters" });
  });

  it("makes the agency that reports the intermediary", () => {
    const { statements } = read("“Saudi jets bombed a wedding in Yemen,” reports Al Jazeera.");
    expect(statements[0]).toMatchObject({ forName: "Al Jazeera", targetTops: ["Saudi Arabia"] });
  });

  it("reads “Reuters quoted X as saying”", () => {
    const { statements } = read("Reuters quoted a Saudi official as saying that Iran had supplied the missiles.");
    expect(statements[0]).toMatchObject({ forTop: "Saudi Arabia", targetTops: ["Iran"], via: "Reuters" });
  });

  it("keeps “said on Twitter” with its speaker", () => {
    const { statements } = read(
      "Israeli Prime Minister David Levi said on Twitter that Hezbollah had fired the rockets.",
    );
    expect(statements[0]).toMatchObject({ speakerName: "David Levi", forTop: "Israel", targetTops: ["Hezbollah"] });
  });
});

describe("speakers named once and referred to later", () => {
  it("follows a surname, “he”, “the spokesman” and “the ministry”", () => {
    const text = [
      "John Smith, a State Department spokesman, accused Russia of bombing a convoy.",
      "“It was deliberate,” Smith said.",
      "“They knew it was an aid convoy and bombed it anyway,” he added.",
      "The spokesman said Moscow had lied.",
      "The Russian defence ministry denied the report. “These claims are lies,” the ministry added.",
    ].join("\n");
    const { statements } = read(text);
    expect(statements.slice(0, 4).map((s) => s.speakerName)).toEqual([
      "John Smith",
      "John Smith",
      "John Smith",
      "John Smith",
    ]);
    for (const s of statements.slice(0, 4)) expect(s.forTop).toBe("United States");
    expect(statements.slice(4).map((s) => s.forName)).toEqual(["Russian Defence Ministry", "Russian Defence Ministry"]);
  });

  it("gives an unnamed role its institution", () => {
    const { statements, byRef } = read("Russia's foreign minister said the sanctions imposed by Britain were illegal.");
    expect(statements[0]).toMatchObject({ forName: "Russian Foreign Ministry", targetTops: ["United Kingdom"] });
    expect(statements[0]?.speakerRef).toBeUndefined();
    expect(byRef.size).toBeGreaterThan(0);
  });

  it("makes a named speaker a person under the institution", () => {
    const { extraction, statements } = read(
      "State Department spokesman Mark Stone accused Iran of detaining the sailors.",
    );
    const speaker = extraction.actors.find((actor) => actor.ref === statements[0]?.speakerRef);
    expect(speaker).toMatchObject({ name: "Mark Stone", kind: "person" });
    expect(extraction.actors.find((actor) => actor.ref === speaker?.parentRef)?.name).toBe("U.S. State Department");
  });
});

describe("actors through the gazetteer", () => {
  it.each([
    ["Moscow accused Kyiv of shelling the plant.", "Russia", "Ukraine"],
    ["The Kremlin blamed Washington for the crisis.", "Russia", "United States"],
    ["The Pentagon accused Russian jets of harassing a drone.", "United States", "Russia"],
    [
      "Downing Street accused Iranian-backed militias of attacking shipping.",
      "United Kingdom",
      "Iranian-backed militias",
    ],
    ["Syrian government forces were accused by the White House of gassing civilians.", "United States", "Syria"],
  ])("%s", (text, speaker, target) => {
    const { statements } = read(text);
    expect(statements[0]?.forTop).toBe(speaker);
    expect(statements[0]?.targetTops).toContain(target);
  });
});

describe("answers, counter-accusations and mutual blame", () => {
  it("makes a charge straight back a counter-accusation answering the first", () => {
    const { statements } = read(
      "India accused Pakistan of sheltering militants. Pakistan, in turn, accused India of sponsoring attacks on its soil.",
    );
    expect(statements[1]).toMatchObject({
      category: "counter-accusation",
      answers: statements[0]?.ref,
      forTop: "Pakistan",
      targetTops: ["India"],
    });
  });

  it("reads mutual blame as one statement marked mutual, with the other side as target", () => {
    const { statements } = read("Armenia and Azerbaijan blamed each other for the renewed fighting.");
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ mutual: true, forTop: "Armenia", targetTops: ["Azerbaijan"] });
  });

  it("makes “both sides” the two sides trading blame", () => {
    const { statements } = read(
      "Ethiopia accused Eritrea of shelling the town. Eritrea blamed Ethiopia for the fighting. The African Union urged both sides to halt the fighting.",
    );
    expect(statements.at(-1)).toMatchObject({ category: "demand", forTop: "African Union" });
    expect(statements.at(-1)?.targetTops).toEqual(expect.arrayContaining(["Ethiopia", "Eritrea"]));
  });

  it("answers an existing claim of the dossier", () => {
    const { statements } = read({
      text: "The Kremlin denied that its forces had shelled the hospital.",
      known: {
        actors: [
          { actorId: "russia", name: "Russia", kind: "state", aliases: ["Moscow"] },
          { actorId: "ukraine", name: "Ukraine", kind: "state", aliases: [] },
        ],
        claims: [
          {
            claimId: "hospital-shelled",
            claimantId: "ukraine",
            accusedIds: ["russia"],
            allegation: "Russia shelled the hospital",
            quote: "Russian forces shelled the hospital",
          },
        ],
      },
    });
    expect(statements[0]).toMatchObject({ category: "denial", answersClaimId: "hospital-shelled" });
  });
});

describe("vague and unattributed sources", () => {
  it.each([
    ["Critics say the government of Peru covered up the scale of the flooding.", "vague"],
    ["Officials said the attack was carried out by Boko Haram.", "vague"],
    ["The militia allegedly executed prisoners near the border with Chad.", "unattributed"],
  ])("%s", (text, attribution) => {
    const { statements } = read(text);
    expect(statements[0]).toMatchObject({ attribution, speaksFor: null });
  });
});

describe("known actors", () => {
  it("resolves names to the dossier's actor ids and aliases", () => {
    const { extraction } = read({
      text: "Moscow accused the State Department of lying.",
      known: {
        actors: [
          { actorId: "russian-federation", name: "Russian Federation", kind: "state", aliases: ["Russia", "Moscow"] },
          { actorId: "us-state-dept", name: "U.S. State Department", kind: "organisation", aliases: [] },
        ],
        claims: [],
      },
    });
    const ids = extraction.actors.map((actor) => actor.actorId).filter(Boolean);
    expect(ids).toEqual(expect.arrayContaining(["russian-federation", "us-state-dept"]));
  });
});

describe("quotes with no cue and no target, from sides in a dispute", () => {
  const text =
    'Canada accused Norway on Monday of overfishing cod in the Barents Sea. "We have fished these waters lawfully for a century," Norwegian Foreign Minister Erik Dahl said. "They did not listen to us," Canadian Fisheries Minister Anne Leroux said.';

  it("keeps the accused side's words as its defence, answering the charge", () => {
    const { statements } = read(text);
    const defence = statements.find((s) => s.quote.startsWith("We have fished"));
    expect(defence).toMatchObject({ forTop: "Norway", targetTops: ["Canada"], category: "justification" });
    expect(defence?.answers).toBe(statements[0]?.ref);
  });

  it("keeps the accuser's words as more blame of its opponent", () => {
    const { statements } = read(text);
    expect(statements.find((s) => s.quote === "They did not listen to us")).toMatchObject({
      forTop: "Canada",
      targetTops: ["Norway"],
      category: "accusation",
    });
  });

  it("drops them when the side is in no dispute", () => {
    const { statements } = read(
      '"We have fished these waters lawfully for a century," Norwegian Foreign Minister Erik Dahl said.',
    );
    expect(statements).toHaveLength(0);
  });
});

describe("a long subject, a dateline and a target named only in the next sentence", () => {
  it("takes the head of the subject after the dateline, and 'the hospital' for the one named next", () => {
    const { statements } = read(
      "CHICAGO — The family of a boy who died after a fall has sued the hospital, accusing it of neglect. Doctors at Lakeview Memorial Hospital had sent him home.",
    );
    expect(statements[0]).toMatchObject({
      quote: "The family of a boy who died after a fall has sued the hospital",
      forName: "The family",
      targetNames: ["Lakeview Memorial Hospital"],
      category: "accusation",
    });
  });
});

describe("what a reply answers", () => {
  it("answers the side's reported charge rather than a spokesman's quote illustrating it", () => {
    const { statements } = read(
      'Guyana accused Venezuela on Monday of sending troops across their border.\n"This is a clear threat to our territory," Guyanese Foreign Minister Mark Persaud said.\nCaracas dismissed the claims as lies.',
    );
    const denial = statements.find((s) => s.category === "denial");
    expect(denial?.answers).toBe(statements[0]?.ref);
  });
});

describe("open-vocabulary actors", () => {
  it("takes a country's main opposition party for a party of its own, not the state", () => {
    const { statements } = read(
      "WARSAW (Reuters) - Poland's main opposition party accused the government on Thursday of rigging a tender for army helicopters.",
    );
    expect(statements[0]).toMatchObject({ forTop: "Poland's main opposition party", targetTops: ["Poland"] });
  });

  it("never takes a name after an organisation's noun, or ending like a club's or a school's, for a person", () => {
    const { statements } = read(
      "Benfiquense Sporting Club accused rival Porto Atlético of poaching a player. Porto Atlético rejected the accusation.",
    );
    expect(statements[1]).toMatchObject({ speakerName: undefined, forName: "Porto Atlético", category: "denial" });
  });

  it("takes a civil group's name after 'supporters' group' for an organisation, not an armed group", () => {
    const { extraction } = read(
      "Supporters' group Juventude Azul blamed the Portuguese Football Federation for the ban.",
    );
    expect(extraction.actors.find((a) => a.name === "Juventude Azul")?.kind).toBe("organisation");
  });

  it("makes a group noun opening a sentence a collective actor, and 'the families' later the same one", () => {
    const { statements } = read(
      "ATHENS (AP) — Families of passengers killed in a ferry fire accused Aegean Star Lines on Friday of sailing with broken fire doors.\nA lawyer for the families, Eleni Papadaki, said the company had been warned about the doors.",
    );
    expect(statements).toHaveLength(2);
    expect(statements[0]).toMatchObject({ forName: "Families of passengers", targetNames: ["Aegean Star Lines"] });
    // "had been warned" is a passive: the company is not speaking there.
    expect(statements[1]).toMatchObject({ speakerName: "Eleni Papadaki", forTop: "Families of passengers" });
  });

  it("keeps ', saying ...' with the clause that denies or blames", () => {
    const { statements } = read(
      "Harbor Telecom accused Boreal Aerospace of fraud. Boreal Aerospace rejected the accusation, saying its accounts had been audited.",
    );
    expect(statements).toHaveLength(2);
    expect(statements[1]).toMatchObject({
      quote: "Boreal Aerospace rejected the accusation, saying its accounts had been audited.",
      category: "denial",
    });
  });

  it("takes a clause right after an institution's 'said' as what it said", () => {
    const { statements } = read(
      "The Health Professions Council said Medi-Care Group had ignored repeated reports that the oxygen system was faulty.",
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({
      quote:
        "The Health Professions Council said Medi-Care Group had ignored repeated reports that the oxygen system was faulty.",
      forName: "Health Professions Council",
      targetNames: ["Medi-Care Group"],
    });
  });

  it("counts 'alleged', 'charged' and 'complained' as blame", () => {
    const { statements } = read(
      "The National Democratic Congress alleged that Harbor Telecom had paid inflated prices for meters.",
    );
    expect(statements[0]).toMatchObject({
      forName: "National Democratic Congress",
      targetNames: ["Harbor Telecom"],
      category: "accusation",
    });
  });

  it("starts a sentence-opening group's clause after a dateline's spaced hyphen", () => {
    const { statements } = read(
      "MANCHESTER, England (Reuters) - Parents at Oakfield Academy accused the Brightpath Schools Trust on Monday of cutting staff.",
    );
    expect(statements[0]?.quote.startsWith("Parents at Oakfield Academy accused")).toBe(true);
  });

  it("resolves 'the trust' to the trust named before", () => {
    const { statements } = read(
      "Parents at Oakfield Academy accused the Brightpath Schools Trust on Monday of cutting staff.\nThe trust denied that any child had lost support.",
    );
    expect(statements[1]).toMatchObject({ forName: "Brightpath Schools Trust", category: "denial" });
  });

  it("takes 'ordered X to' as a demand", () => {
    const { statements } = read(
      "The Harbor Telecom Authority ordered Boreal Aerospace to stop blasting near the town.",
    );
    expect(statements[0]).toMatchObject({ targetNames: ["Boreal Aerospace"], category: "demand" });
  });

  it("resolves 'the group' to the name the text gave that noun before", () => {
    const { statements } = read(
      'Fans group Curva Nord condemned Inter Milan on Sunday for raising prices.\n"The club only sees us as wallets now," said Marco Ferri, the group\'s president.',
    );
    expect(statements[1]).toMatchObject({
      speakerName: "Marco Ferri",
      forName: "Curva Nord",
      targetNames: ["Inter Milan"],
    });
  });

  it("takes no possessive for an employer's name, and no long clause after 'said' for an inverted speaker", () => {
    const { extraction, statements } = read(
      "The Taliban administration rejected the charge. Its chief spokesman, Zabihullah Mujahid, said Afghanistan did not allow anyone to use its land against another country.",
    );
    expect(extraction.actors.some((a) => a.name === "Its")).toBe(false);
    expect(statements[1]).toMatchObject({ speakerName: "Zabihullah Mujahid" });
  });

  it("takes 'hit back, saying ...' as a counter-accusation answering the latest word against the side", () => {
    const { statements } = read(
      "Harbor Telecom accused Boreal Aerospace of fraud. Boreal Aerospace rejected the accusation.\nHarbor Telecom hit back on Friday, saying Boreal Aerospace had hidden its losses.",
    );
    expect(statements[2]).toMatchObject({ forName: "Harbor Telecom", category: "counter-accusation", answers: "s2" });
  });
});
