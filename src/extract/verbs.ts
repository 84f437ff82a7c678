// Reporting verbs and their inflections, by what they do to blame: speak, blame, deny, concede,
// threaten, demand, retract or justify. General English.

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
  withdraw: ["withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"],
  "point out": ["point out", "points out", "pointed out", "pointing out"],
  "call on": ["call on", "calls on", "called on", "calling on", "call upon", "called upon"],
  "call for": ["call for", "calls for", "called for", "calling for"],
  "hit back": ["hit back", "hits back", "hitting back"],
  "point to": ["point to", "points to", "pointed to", "pointing to"],
  "point the finger at": [
    "point the finger at",
    "points the finger at",
    "pointed the finger at",
    "pointing the finger at",
  ],
  "fire back": ["fire back", "fires back", "fired back", "firing back"],
  "trade blame": ["trade blame", "trades blame", "traded blame", "trading blame"],
  "trade accusations": ["trade accusations", "trades accusations", "traded accusations", "trading accusations"],
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
      "describe",
      "predict",
      "signal",
      "quote",
      "cite",
    ],
  ],
  ["blame", ["accuse", "blame", "fault", "hold", "sue", "allege", "charge"], "112"],
  // "hit back at the ministry, saying ...": blame in reply.
  ["blame", ["hit back", "fire back"], "111"],
  // "Many residents also pointed to the quarry", "pointed the finger at all three": blame put on
  // whom or what is named as the cause.
  ["blame", ["point to", "point the finger at"], "111"],
  // "X and Y traded blame over ...": blame both ways (MUTUAL).
  ["blame", ["trade blame", "trade accusations"], "111"],
  // "complained that staff had ...": a grievance, blame of the one it is about.
  ["blame", ["complain"], "111"],
  [
    "blame",
    ["criticise", "criticize", "condemn", "denounce", "slam", "lambast", "rebuke", "castigate", "decry", "chide"],
    "111",
  ],
  ["denial", ["deny", "reject", "dismiss", "refute", "rebut", "disown"], "016"],
  // "The airline disputed that comparison.", "Residents disputed that account, saying ...".
  ["denial", ["dispute"], "016"],
  ["concession", ["admit", "acknowledge", "concede", "apologise", "apologize", "regret"], "015"],
  ["threat", ["threaten", "warn", "vow"], "130"],
  ["demand", ["demand", "urge", "call on", "call for", "press", "insist on", "order"], "100"],
  // "asked the regulator to suspend ...", "requested that ...": a demand only in that shape (clauses.ts).
  ["demand", ["ask", "request"], "100"],
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

/**
 * What the forms of more than one word ("pointed out", "pointed the finger at") start with, up to
 * each of their spaces ("pointed", "pointed the", ...): verbAt looks such a form up only at a
 * token that starts one.
 */
export const LONGER_FORM_STARTS = new Set<string>();
for (const form of REPORTING_FORMS.keys())
  for (let space = form.indexOf(" "); space >= 0; space = form.indexOf(" ", space + 1))
    LONGER_FORM_STARTS.add(form.slice(0, space));

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
  "dispute",
  "disputes",
  "stated",
  "held",
  "took",
  "taken",
]);
