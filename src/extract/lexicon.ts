// The words the extractor keys on: reporting verbs by what they do to blame, the vague sources, the
// titles that make a name a person, and the cues in a statement's content that give its category
// and CAMEO code. General English, nothing about any one article.

/** What a reporting verb does: only speaks, or blames, denies, concedes, threatens, demands, retracts, justifies. */
export type VerbAct =
  | "speech"
  | "blame"
  | "denial"
  | "concession"
  | "threat"
  | "demand"
  | "retraction"
  | "justification";

export interface ReportingVerb {
  lemma: string;
  act: VerbAct;
  /** A CAMEO code the verb alone gives. */
  cameo?: string;
}

const IRREGULAR: Record<string, string[]> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  write: ["write", "writes", "wrote", "written", "writing"],
  hold: ["hold", "holds", "held", "holding"],
  take: ["take", "takes", "took", "taken", "taking"],
  "point out": ["point out", "points out", "pointed out", "pointing out"],
  "call on": ["call on", "calls on", "called on", "calling on", "call upon", "called upon"],
  "call for": ["call for", "calls for", "called for", "calling for"],
};

/** The usual English inflections of a regular verb. */
function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return irregular;
  const forms = new Set([lemma]);
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.add(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ies`);
  else forms.add(`${lemma}s`);
  if (lemma.endsWith("e")) {
    forms.add(`${lemma}d`);
    forms.add(`${lemma.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.add(`${lemma.slice(0, -1)}ied`);
    forms.add(`${lemma}ing`);
  } else if (/^(admit|slam|rebut|commit|regret|submit)$/.test(lemma)) {
    forms.add(`${lemma}${lemma.slice(-1)}ed`);
    forms.add(`${lemma}${lemma.slice(-1)}ing`);
  } else {
    forms.add(`${lemma}ed`);
    forms.add(`${lemma}ing`);
  }
  return [...forms];
}

const VERBS: [VerbAct, string[], string?][] = [
  [
    "speech",
    [
      "say",
      "tell",
      "add",
      "note",
      "state",
      "declare",
      "insist",
      "claim",
      "assert",
      "argue",
      "maintain",
      "contend",
      "point out",
      "explain",
      "stress",
      "emphasise",
      "emphasize",
      "repeat",
      "reiterate",
      "write",
      "tweet",
      "post",
      "announce",
      "report",
      "respond",
      "reply",
      "counter",
      "retort",
      "suggest",
      "comment",
      "remark",
      "observe",
      "confirm",
      "allege",
      "charge",
      "complain",
      "describe",
      "predict",
      "signal",
      "quote",
      "cite",
    ],
  ],
  ["blame", ["accuse", "blame", "fault", "hold", "sue"], "112"],
  [
    "blame",
    ["criticise", "criticize", "condemn", "denounce", "slam", "lambast", "rebuke", "castigate", "decry", "chide"],
    "111",
  ],
  ["denial", ["deny", "reject", "dismiss", "refute", "rebut", "disown"], "016"],
  ["concession", ["admit", "acknowledge", "concede", "apologise", "apologize", "regret"], "015"],
  ["threat", ["threaten", "warn", "vow"], "130"],
  ["demand", ["demand", "urge", "call on", "call for", "press", "insist on"], "100"],
  ["retraction", ["retract", "withdraw", "take", "backtrack"]],
  ["justification", ["defend", "justify"]],
];

/** Every inflected form ("accused", "blames", "pointed out") to its verb. Multi-word forms use spaces. */
export const REPORTING_FORMS = new Map<string, ReportingVerb>();
for (const [act, lemmas, cameo] of VERBS) {
  for (const lemma of lemmas) {
    for (const form of inflect(lemma)) {
      if (!REPORTING_FORMS.has(form)) REPORTING_FORMS.set(form, cameo ? { lemma, act, cameo } : { lemma, act });
    }
  }
}

/** Forms that are also common nouns or adjectives: they count as verbs only after a subject, never alone. */
export const AMBIGUOUS_FORMS = new Set([
  "attack",
  "attacks",
  "charge",
  "charges",
  "report",
  "reports",
  "post",
  "posts",
  "counter",
  "press",
  "hold",
  "holds",
  "take",
  "takes",
  "state",
  "states",
  "claim",
  "claims",
  "blame",
  "note",
  "notes",
  "comment",
  "comments",
  "signal",
  "signals",
  "withdraw",
  "holding",
  "taking",
  "stated",
  "held",
  "took",
  "taken",
]);

/** Sources the text does not name: kept vague, never pinned on an actor. */
export const VAGUE_SOURCES = new Set([
  "officials",
  "official",
  "sources",
  "source",
  "critics",
  "analysts",
  "observers",
  "experts",
  "activists",
  "residents",
  "witnesses",
  "diplomats",
  "diplomat",
  "some",
  "many",
  "others",
  "opponents",
  "detractors",
  "campaigners",
  "monitors",
  "people",
  "insiders",
  "commentators",
  "skeptics",
  "sceptics",
  "observers",
  "aides",
  "lawmakers",
  "investigators",
  "authorities",
  "groups",
  "organisations",
  "organizations",
]);

/** Unattributed hedges: the text reports a charge without saying who makes it. */
export const HEDGES =
  /\b(?:allegedly|reportedly|purportedly|supposedly|it is (?:alleged|claimed|said|believed)|is (?:alleged|suspected|believed) to|are (?:alleged|suspected|believed) to)\b/i;

/** Words that, before or after a name, make it a person's: titles and roles. */
export const PERSON_TITLES = new Set([
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "minister",
  "secretary",
  "president",
  "premier",
  "chancellor",
  "ambassador",
  "envoy",
  "general",
  "gen",
  "senator",
  "sen",
  "representative",
  "rep",
  "governor",
  "gov",
  "mayor",
  "dictator",
  "leader",
  "king",
  "queen",
  "prince",
  "emir",
  "chief",
  "director",
  "chairman",
  "chairwoman",
  "chair",
  "ceo",
  "executive",
  "official",
  "commander",
  "colonel",
  "col",
  "lieutenant",
  "captain",
  "admiral",
  "analyst",
  "professor",
  "prof",
  "dr",
  "mr",
  "mrs",
  "ms",
  "judge",
  "prosecutor",
  "lawyer",
  "attorney",
  "adviser",
  "advisor",
  "aide",
  "deputy",
  "head",
  "founder",
  "owner",
  "economist",
  "strongman",
  "ruler",
  "lawmaker",
  "mp",
  "diplomat",
  "correspondent",
  "editor",
  "pope",
  "cardinal",
  "sheikh",
  "ayatollah",
  "negotiator",
  "coordinator",
  "commissioner",
  "administrator",
  "inspector",
  "researcher",
  "scientist",
  "activist",
  "resident",
  "witness",
  "manager",
  "officer",
  "presidential",
]);

/** Heads of organisation names that are not in the gazetteer ("Acme Corp", "Northern Mining Group"). */
export const ORGANISATION_SUFFIXES =
  /^(?:inc|corp|corporation|co|ltd|plc|llc|ag|sa|group|company|holdings|bank|airlines|airways|air|aerospace|aviation|telecom|telecoms|farms|foods|pharma|capital|media|studios|labs|logistics|shipping|steel|chemicals|construction|insurance|securities|ventures|resources|petroleum|minerals|solutions|services|health|healthcare|medical|electronics|software|communications|entertainment|brands|beverages|rail|railway|transport|automotive|engineering|dynamics|enterprises|international|global|worldwide|motors|mines|metals|utilities|markets|fund|trust|exchange|institute|university|hospital|airport|port|stores|energy|industries|partners|association|union|council|party|front|movement|committee|commission|agency|authority|institute|foundation|federation|ministry|department|office|court|university|network|alliance|coalition|brigade|brigades|army|forces|militia|organisation|organization|club|league|systems|technologies|pharmaceuticals|mining|oil|gas|electric|power|railways|ports)$/i;

/** Group nouns that make an unknown name an armed group ("the group Jabhat X", "the militia Y"). */
export const ARMED_GROUP_NOUNS =
  /^(?:group|offshoot|affiliate|faction|militia|militias|rebels|insurgents|militants|fighters|brigade|brigades|front|movement|jihadists|extremists|terrorists|guerrillas|paramilitaries|paramilitary)$/i;

/** Nouns after an actor that make it a modifier, not the one meant ("al-Qaeda offshoot X", "Russia's allies"). */
export const RELATIONAL_NOUNS = new Set([
  "offshoot",
  "affiliate",
  "affiliates",
  "splinter",
  "branch",
  "ally",
  "allies",
  "rival",
  "rivals",
  "enemy",
  "enemies",
  "critic",
  "critics",
  "opponent",
  "opponents",
  "proxy",
  "proxies",
  "partner",
  "partners",
  "border",
  "territory",
  "soil",
  "airspace",
  "waters",
  "capital",
  "city",
  "cities",
  "province",
  "region",
  "people",
  "citizens",
  "civilians",
  "embassy",
  "consulate",
  "economy",
  "market",
  "markets",
  "sanctions",
  "talks",
  "side",
]);

/** Compound modifiers that make the actor a backer or a place, not the one meant ("U.S.-backed rebels"). */
export const BACKING_SUFFIX = /^(?:backed|led|supported|sponsored|allied|aligned|funded|armed|trained)$/i;
export const PLACE_SUFFIX = /^(?:based|controlled|held|occupied|administered|run|born|made)$/i;

/** Mutual blame: "accused each other", "blaming one another", "traded accusations". */
export const MUTUAL = /\b(?:each other|one another)\b|\btrad(?:e|ed|es|ing) (?:blame|accusations|barbs|charges)\b/i;
export const BOTH_SIDES =
  /\b(?:both (?:sides|countries|nations|governments|parties|camps|companies|men|leaders)|the two (?:sides|countries|nations|governments|parties|camps|companies|men|leaders|neighbours|neighbors|rivals|powers|states)|both)\b/i;

/** Weekdays, months and time words: never names, and skipped between a verb and its content. */
export const TIME_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight|earlier|later|recently|last|this|next|week|month|year|morning|afternoon|evening|night|day)$/i;

/** Words that may sit between a subject and its verb, or before the verb, without breaking the clause. */
export const VERB_MODIFIERS = new Set([
  "has",
  "have",
  "had",
  "is",
  "are",
  "was",
  "were",
  "been",
  "be",
  "will",
  "would",
  "could",
  "should",
  "may",
  "might",
  "also",
  "again",
  "repeatedly",
  "previously",
  "already",
  "later",
  "then",
  "now",
  "publicly",
  "openly",
  "strongly",
  "flatly",
  "firmly",
  "swiftly",
  "quickly",
  "immediately",
  "angrily",
  "sharply",
  "reportedly",
  "allegedly",
  "itself",
  "himself",
  "herself",
  "themselves",
  "in",
  "fact",
  "not",
  "did",
  "does",
  "do",
  "further",
  "once",
  "long",
  "often",
  "frequently",
  "consistently",
  "vehemently",
  "categorically",
  "officially",
  "separately",
  "subsequently",
  "initially",
  "first",
  "even",
  "just",
  "still",
]);

/** Discourse openers trimmed from the start of a quoted sentence ("I mean, ..."). */
export const OPENERS =
  /^(?:I mean|Look|Well|You know|Frankly|Honestly|Listen|Again|Now|So|Indeed|Of course)\s*[,—–-]\s*/;
