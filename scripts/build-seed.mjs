// Builds events/seed/aleppo-2016.ndjson from the article and the hand-recorded statements below.
// Every quote is written as its exact text and paragraph; this script finds it in that paragraph
// and computes its offsets, failing loudly if it is not there verbatim. Run: node scripts/build-seed.mjs
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

const DOSSIER = "aleppo-2016";
const article = readFileSync(new URL("../events/article-aleppo-2016.txt", import.meta.url), "utf8");
const paragraphs = article.split("\n");

/** The quote with its offsets in the article, found inside its paragraph. */
function quote(paragraph, text) {
  const line = paragraphs[paragraph - 1];
  if (line === undefined) throw new Error(`no paragraph ${paragraph}`);
  const at = line.indexOf(text);
  if (at < 0) throw new Error(`paragraph ${paragraph} does not contain: ${text}`);
  if (line.indexOf(text, at + 1) >= 0) throw new Error(`paragraph ${paragraph} contains twice: ${text}`);
  const start = paragraphs.slice(0, paragraph - 1).reduce((sum, previous) => sum + previous.length + 1, 0) + at;
  return { text, paragraph, start, end: start + text.length };
}

// The article names weekdays only. The dates are the editors' reading of those weekdays in the week
// the article describes (Wednesday 28, Thursday 29, Friday 30 September 2016); the text itself has no date.
const WEEKDAY_NOTE =
  "Date inferred from the weekday the article names; the article itself carries no date (editors' dating: the week of Wednesday 28 September 2016).";

const actors = [
  {
    actorId: "united-states",
    name: "United States",
    kind: "state",
    code: "USA",
    aliases: ["America", "U.S.", "Washington"],
  },
  {
    actorId: "us-state-department",
    name: "U.S. State Department",
    kind: "organisation",
    parentId: "united-states",
    code: "USAGOV",
    aliases: ["State Department"],
  },
  {
    actorId: "mark-toner",
    name: "Mark Toner",
    kind: "person",
    parentId: "us-state-department",
    code: "USAGOV",
    role: "State Department spokesman",
    aliases: ["Toner"],
  },
  {
    actorId: "john-kirby",
    name: "John Kirby",
    kind: "person",
    parentId: "us-state-department",
    code: "USAGOV",
    role: "State Department spokesperson",
    aliases: ["Kirby"],
  },
  {
    actorId: "john-kerry",
    name: "John Kerry",
    kind: "person",
    parentId: "us-state-department",
    code: "USAGOV",
    role: "U.S. Secretary of State",
    aliases: ["Kerry", "Secretary Kerry"],
  },
  {
    actorId: "russia",
    name: "Russia",
    kind: "state",
    code: "RUS",
    aliases: ["Moscow", "the Kremlin", "Kremlin forces", "the Russians"],
  },
  {
    actorId: "russian-foreign-ministry",
    name: "Russian Foreign Ministry",
    kind: "organisation",
    parentId: "russia",
    code: "RUSGOV",
  },
  {
    actorId: "sergei-lavrov",
    name: "Sergei Lavrov",
    kind: "person",
    parentId: "russian-foreign-ministry",
    code: "RUSGOV",
    role: "Russia's Foreign Minister",
    aliases: ["Lavrov"],
  },
  { actorId: "syria", name: "Syria", kind: "state", code: "SYR" },
  {
    actorId: "syrian-government",
    name: "Syrian government",
    kind: "government",
    parentId: "syria",
    code: "SYRGOV",
    aliases: ["the Assad government", "the Syrian regime"],
  },
  {
    actorId: "bashar-al-assad",
    name: "Bashar al-Assad",
    kind: "person",
    parentId: "syrian-government",
    code: "SYRGOV",
    role: "President of Syria",
    aliases: ["Assad"],
  },
  {
    actorId: "syrian-military",
    name: "Syrian military",
    kind: "organisation",
    parentId: "syrian-government",
    code: "SYRMIL",
    aliases: ["Russian-backed Syrian military", "Assad troops", "troops loyal to Bashar al-Assad"],
  },
  { actorId: "iran", name: "Iran", kind: "state", code: "IRN", aliases: ["Iranian counterparts"] },
  {
    actorId: "irgc",
    name: "Islamic Revolutionary Guard Corps",
    kind: "armed_group",
    parentId: "iran",
    code: "IRNMIL",
    aliases: ["IRGC", "Iran’s Revolutionary Guard Corps"],
  },
  {
    actorId: "hezbollah",
    name: "Hezbollah",
    kind: "armed_group",
    code: "LBNREB",
    aliases: ["Lebanese-based Hezbollah"],
  },
  {
    actorId: "us-backed-rebels",
    name: "U.S.-backed Syrian rebels",
    kind: "armed_group",
    code: "SYRREB",
    aliases: ["U.S.-backed rebels", "rebels supported by the United States"],
  },
  {
    actorId: "jabhat-fateh-al-sham",
    name: "Jabhat Fateh al-Sham",
    kind: "armed_group",
    code: "SYRREB",
    aliases: ["Jabhat al Nusra", "Jabhat al-Nusra", "JFM", "JFS"],
  },
  { actorId: "reuters", name: "Reuters", kind: "media" },
  { actorId: "al-arabiya", name: "Al Arabiya", kind: "media" },
  { actorId: "russia-today", name: "Russia Today", kind: "media", aliases: ["RT"] },
];

const source = {
  sourceId: "article",
  kind: "article",
  publisher: "Unattributed news article (text supplied with the project)",
  title: "U.S.-Russia talks on Syria on “life support” as the two trade blame over Aleppo",
  language: "en",
  text: article,
};

/** The statements, in the order the article gives them. `answers` link rebuttals and concessions. */
const statements = [
  {
    type: "claim.made",
    slug: "us-threatens-to-suspend-talks",
    data: {
      claimId: "us-threatens-to-suspend-talks",
      claimantId: "united-states",
      accusedIds: ["russia"],
      category: "threat",
      cameo: "134",
      allegation: "The United States threatened to suspend its talks with Russia on the war in Syria",
      quote: quote(2, "the United States threatened to suspend talks with Russia on the civil war in Syria"),
      mode: "reported",
      statedAt: "2016-09-28",
      context: `Two days before Toner's remarks. ${WEEKDAY_NOTE}`,
    },
  },
  {
    type: "claim.made",
    slug: "us-weighs-non-diplomatic-options",
    data: {
      claimId: "us-weighs-non-diplomatic-options",
      claimantId: "united-states",
      speakerId: "john-kirby",
      accusedIds: ["russia"],
      category: "threat",
      cameo: "138",
      allegation: "Options other than diplomacy, including military action in Aleppo, are being discussed",
      quote: quote(
        4,
        "There are other options that don’t revolve around the act of diplomacy that the [Obama administration] has discussed and has talked about, and those discussions are ongoing",
      ),
      mode: "direct",
      statedAt: "2016-09-28",
      context: `Told reporters on Wednesday. The military reading is the article's (paragraph 3: the United States is not conducting military operations in Aleppo city, but “that may soon change, according to the U.S. State Department”); Kirby's own words speak only of options other than diplomacy. That the threat is aimed at Russia is the editors' reading of the U.S.-Russian dispute the article describes. ${WEEKDAY_NOTE}`,
    },
  },
  {
    type: "claim.made",
    slug: "moscow-not-ready-to-halt-assault",
    data: {
      claimId: "moscow-not-ready-to-halt-assault",
      claimantId: "united-states",
      accusedIds: ["russia", "syrian-government"],
      intermediaryId: "al-arabiya",
      category: "obstructing-peace",
      cameo: "111",
      allegation: "Moscow shows no sign of being ready to halt the Syrian regime's assault on Aleppo",
      quote: quote(5, "received no sign that Moscow is ready to halt the Syrian regime’s assault on Aleppo"),
      mode: "reported",
      context:
        "Al Arabiya's words, not Kerry's: its report of Kerry's call to Lavrov, the third in as many days. The article does not say who on the U.S. side gave this account, so no speaker is recorded.",
    },
  },
  {
    type: "claim.made",
    slug: "kerry-on-verge-of-ending-talks",
    data: {
      claimId: "kerry-on-verge-of-ending-talks",
      claimantId: "united-states",
      speakerId: "john-kerry",
      accusedIds: ["russia"],
      category: "threat",
      cameo: "134",
      allegation: "Kerry is on the verge of ending the U.S.-Russian bilateral talks on Syria",
      quote: quote(6, "he was “on the verge” of ending the U.S.-Russian bilateral talks on Syria"),
      mode: "reported",
      statedAt: "2016-09-29",
      context: WEEKDAY_NOTE,
    },
  },
  {
    type: "claim.made",
    slug: "talks-on-life-support",
    data: {
      claimId: "talks-on-life-support",
      claimantId: "united-states",
      speakerId: "mark-toner",
      accusedIds: ["russia"],
      category: "pessimistic-comment",
      cameo: "012",
      allegation: "The negotiations with Russia over Syria are failing: “on life support”",
      quote: quote(7, "This is on life support, but it has not flatlined yet"),
      mode: "direct",
      statedAt: "2016-09-30",
      context: `The day after Kerry's Thursday remarks. The same remark is reported in the lede (paragraph 1). In answer to being “asked why Kerry believes it is beneficial to keep the lines of communication with Russia open while Kremlin forces and troops loyal to Syrian dictator Bashar al-Assad continue to bomb Aleppo city indiscriminately” (paragraph 9; the question's premise is not recorded as a claim, having no named claimant). ${WEEKDAY_NOTE}`,
    },
  },
  {
    type: "claim.made",
    slug: "diplomacy-close-to-futile",
    data: {
      claimId: "diplomacy-close-to-futile",
      claimantId: "united-states",
      speakerId: "mark-toner",
      accusedIds: ["russia"],
      category: "pessimistic-comment",
      cameo: "012",
      allegation:
        "The diplomatic process with Russia is very close to the point where the United States would judge it futile",
      quote: quote(
        8,
        "to see if it becomes futile to continue to believe in a diplomatic process. That said, I just can’t definitively say we’re there at that point yet. We’re very close but we’re not there yet.",
      ),
      mode: "direct",
      statedAt: "2016-09-30",
      context: `Taken to be the same remarks as “on life support” (paragraph 7): the article continues “The spokesman noted” and then gives the question both answered (paragraph 9). ${WEEKDAY_NOTE}`,
    },
  },
  {
    type: "claim.made",
    slug: "ground-assault-violates-international-law",
    data: {
      claimId: "ground-assault-violates-international-law",
      claimantId: "united-states",
      speakerId: "mark-toner",
      accusedIds: ["syrian-government", "russia", "irgc", "hezbollah"],
      category: "violating-international-law",
      cameo: "1124",
      allegation:
        "The ground assault on rebels in Aleppo by Russian, Syrian government and Iranian-backed forces violates humanitarian norms and international law",
      quote: quote(
        11,
        "It’s egregious, it’s horrific, it’s in clear violation of international standards or norms, humanitarian norms and international law",
      ),
      mode: "direct",
      context:
        "About the ground attack that Reuters described as “the biggest ground assault yet”, by Russian and Assad troops joined by Iranian-backed militias including Hezbollah and the IRGC (paragraph 10).",
    },
  },
  {
    type: "claim.made",
    slug: "us-accuses-russia-of-violating-international-law",
    data: {
      claimId: "us-accuses-russia-of-violating-international-law",
      claimantId: "united-states",
      accusedIds: ["russia"],
      category: "violating-international-law",
      cameo: "112",
      allegation: "Russia has violated international law (a repeated, mutual accusation)",
      quote: quote(13, "have repeatedly accused each other of violating international laws"),
      mode: "reported",
    },
  },
  {
    type: "claim.made",
    slug: "russia-accuses-us-of-violating-international-law",
    data: {
      claimId: "russia-accuses-us-of-violating-international-law",
      claimantId: "russia",
      accusedIds: ["united-states"],
      category: "violating-international-law",
      cameo: "112",
      allegation: "The United States has violated international law (a repeated, mutual accusation)",
      quote: quote(13, "have repeatedly accused each other of violating international laws"),
      mode: "reported",
    },
  },
  {
    type: "claim.rebutted",
    slug: "russia-counters-international-law-accusation",
    data: {
      claimId: "us-accuses-russia-of-violating-international-law",
      byActorId: "russia",
      kind: "counter-accusation",
      counterClaimId: "russia-accuses-us-of-violating-international-law",
      cameo: "112",
      summary:
        "Russia answers the accusation of violating international law with the same accusation against the United States",
      quote: quote(13, "have repeatedly accused each other of violating international laws"),
      mode: "reported",
      context:
        "The article reports the accusations as mutual and repeated without saying which came first; recording Russia's as the answer to the U.S. one is the editors' choice.",
    },
  },
  {
    type: "claim.made",
    slug: "rebels-fire-indiscriminately",
    data: {
      claimId: "rebels-fire-indiscriminately",
      claimantId: "russia",
      accusedIds: ["us-backed-rebels"],
      category: "indiscriminate-attacks",
      cameo: "112",
      allegation: "U.S.-backed rebels fire indiscriminately into the Assad-controlled part of Aleppo",
      quote: quote(
        15,
        "Russia has blamed U.S.-backed rebels of indiscriminately firing into the Assad-controlled part of Aleppo.",
      ),
      mode: "reported",
    },
  },
  {
    type: "claim.made",
    slug: "syrian-military-violated-ceasefire",
    data: {
      claimId: "syrian-military-violated-ceasefire",
      claimantId: "united-states",
      accusedIds: ["syrian-military", "iran"],
      category: "violating-ceasefire",
      cameo: "112",
      allegation: "The Russian-backed Syrian military and Iranian forces on the ground violated the recent ceasefire",
      quote: quote(
        16,
        "the United States blames the Russian-backed Syrian military and their Iranian counterparts on the ground, of violating the recent ceasefire",
      ),
      mode: "reported",
    },
  },
  {
    type: "claim.made",
    slug: "rebels-fired-first-shot",
    data: {
      claimId: "rebels-fired-first-shot",
      claimantId: "russia",
      accusedIds: ["us-backed-rebels"],
      category: "violating-ceasefire",
      cameo: "112",
      allegation: "U.S.-backed rebels broke the ceasefire: they pulled the trigger and fired the first shot",
      quote: quote(16, "accuses them of initially pulling the trigger and firing the first shot"),
      mode: "reported",
    },
  },
  {
    type: "claim.rebutted",
    slug: "russia-counters-ceasefire-accusation",
    data: {
      claimId: "syrian-military-violated-ceasefire",
      byActorId: "russia",
      kind: "counter-accusation",
      counterClaimId: "rebels-fired-first-shot",
      cameo: "112",
      summary: "Russia answers that the U.S.-backed rebels are far from innocent and fired first",
      quote: quote(16, "Russia maintains that U.S.-backed Syrian rebels are far from innocent"),
      mode: "reported",
    },
  },
  {
    type: "claim.made",
    slug: "russia-bombs-hospitals",
    data: {
      claimId: "russia-bombs-hospitals",
      claimantId: "united-states",
      speakerId: "john-kirby",
      accusedIds: ["russia"],
      category: "targeting-civilians",
      cameo: "1124",
      allegation:
        "Russia bombs hospitals in Aleppo and deliberately targets civilian infrastructure, civilians and first responders",
      quote: quote(
        18,
        "[Russia] is flying aircraft over Aleppo and bombing hospitals. And it’s not imprecision; it’s specifically targeting civilian infrastructure and innocent people, innocent women and children and first responders that are trying to come to the rescue after these strikes occur.",
      ),
      mode: "direct",
      statedAt: "2016-09-28",
      context: `Told a Russia Today (RT) reporter during a press conference on Wednesday (paragraph 17); the article does not give the question. RT is not recorded as an intermediary: the article does not say RT relayed the answer. ${WEEKDAY_NOTE}`,
    },
  },
  {
    type: "claim.made",
    slug: "russian-strikes-deliberate-violation",
    data: {
      claimId: "russian-strikes-deliberate-violation",
      claimantId: "united-states",
      speakerId: "john-kirby",
      accusedIds: ["russia"],
      category: "violating-international-law",
      cameo: "1124",
      allegation: "Russia's strikes on civilians are deliberate and in violation of international law",
      quote: quote(18, "that’s deliberate, that’s measured, that is absolutely in violation of international law."),
      mode: "direct",
      statedAt: "2016-09-28",
      context: `The same answer to the Russia Today (RT) reporter (paragraph 17). ${WEEKDAY_NOTE}`,
    },
  },
  {
    type: "claim.made",
    slug: "terrorists-hide-among-rebels",
    data: {
      claimId: "terrorists-hide-among-rebels",
      claimantId: "russia",
      accusedIds: ["us-backed-rebels", "jabhat-fateh-al-sham"],
      category: "harbouring-terrorists",
      cameo: "112",
      allegation: "Jabhat Fateh al-Sham (formerly Jabhat al Nusra) is hiding among U.S.-backed rebels",
      quote: quote(
        19,
        "According to Russia, the former al Qaeda offshoot Jabhat al Nusra, which recently broke away from the terrorist group and now calls itself Jabhat Fateh al-Sham (JFM), is hiding among U.S.-backed rebels.",
      ),
      mode: "reported",
    },
  },
  {
    type: "claim.rebutted",
    slug: "russia-justifies-strikes",
    data: {
      claimId: "russia-bombs-hospitals",
      byActorId: "russia",
      kind: "justification",
      summary: "Russia's account: its strikes target terrorists hiding among the rebels",
      quote: quote(19, "is hiding among U.S.-backed rebels."),
      mode: "reported",
      context:
        "The editors' reading, not a statement the article makes: it reports Russia's position (that Jabhat Fateh al-Sham hides among U.S.-backed rebels) without saying it was given in answer to Kirby, and places it after Kirby's accusation; Kirby's next words (paragraph 20) treat going after terrorists as Russia's stated aim: “Fine, you want to go after terrorists”, “under the pretense of going after terrorist groups”.",
    },
  },
  {
    type: "claim.made",
    slug: "russia-hits-civilian-targets",
    data: {
      claimId: "russia-hits-civilian-targets",
      claimantId: "united-states",
      speakerId: "john-kirby",
      accusedIds: ["russia"],
      category: "targeting-civilians",
      cameo: "1124",
      allegation: "Under the pretense of going after terrorist groups, Russia has hit clearly civilian targets",
      quote: quote(
        20,
        "they have also, under the pretense of going after terrorist groups – presumably [JFM]– they have hit what are clearly civilian targets",
      ),
      mode: "direct",
    },
  },
  {
    type: "claim.rebutted",
    slug: "us-counters-terrorist-pretext",
    data: {
      claimId: "terrorists-hide-among-rebels",
      byActorId: "united-states",
      speakerId: "john-kirby",
      kind: "counter-accusation",
      counterClaimId: "russia-hits-civilian-targets",
      cameo: "111",
      summary: "Kirby answers that Russia has not shown it is going after terrorists",
      quote: quote(
        20,
        "If you’re going to do what you say you do, then show that you’re going after terrorists, and they [Russia] haven’t done that.",
      ),
      mode: "direct",
    },
  },
  {
    type: "claim.conceded",
    slug: "us-concedes-violations-on-all-sides",
    data: {
      claimId: "rebels-fired-first-shot",
      byActorId: "united-states",
      speakerId: "john-kirby",
      extent: "partial",
      cameo: "015",
      summary: "Kirby acknowledges ceasefire violations on all sides, including by U.S.-backed groups",
      quote: quote(22, "there have been violations of the ceasefire and the cessation of hostilities on all sides"),
      mode: "direct",
      context:
        "Asked if the U.S. bears some of the blame for the collapse of the ceasefire agreement since it has control of some of the rebel groups in Aleppo who violated the pact (paragraph 21). Kirby does not single out the U.S.-backed groups or say who fired first: he concedes violations on all sides, hence partial. The article gives no day for this answer.",
    },
  },
];

const kindOf = { "claim.made": "claim", "claim.rebutted": "rebuttal", "claim.conceded": "concession" };
const metadata = { author: "seed", correlationId: `seed:${DOSSIER}` };
const events = [
  {
    id: `${DOSSIER}:dossier`,
    type: "dossier.opened",
    data: {
      title: "Aleppo, autumn 2016: the United States and Russia trade blame",
      description:
        "Who blames whom in one article on the failing U.S.-Russian talks over Syria and the assault on Aleppo.",
      language: "en",
    },
    metadata,
  },
  ...actors.map((actor) => ({
    id: `${DOSSIER}:actor:${actor.actorId}`,
    type: "actor.identified",
    data: actor,
    metadata,
  })),
  { id: `${DOSSIER}:source:article`, type: "source.added", data: source, metadata },
  ...statements.map(({ type, slug, data }) => ({
    id: `${DOSSIER}:${kindOf[type]}:${slug}`,
    type,
    data: { sourceId: "article", ...data },
    metadata,
  })),
];

const folder = new URL("../events/seed/", import.meta.url);
mkdirSync(folder, { recursive: true });
writeFileSync(new URL(`${DOSSIER}.ndjson`, folder), `${events.map((event) => JSON.stringify(event)).join("\n")}\n`);
console.log(`wrote ${events.length} events to events/seed/${DOSSIER}.ndjson`);
