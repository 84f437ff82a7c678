// A statement's category, CAMEO code and confidence, from its reporting verb (when that verb
// blames, denies, concedes...) and the cues in what was said.
import type { StatementCategory } from "./contract";
import { CONTENT_CUES } from "./cues";
import type { ReportingVerb } from "./lexicon";

export interface Classification {
  category: StatementCategory;
  cameo?: string;
  /** 0 when nothing in the words or the verb says this is blame, a denial, a threat... */
  strength: number;
}

const ACT_CATEGORY: Record<string, StatementCategory | undefined> = {
  blame: "accusation",
  denial: "denial",
  concession: "concession",
  threat: "threat",
  demand: "demand",
  retraction: "retraction",
  justification: "justification",
};

/** The strongest content cue in the words, if any. */
export function contentCue(words: string): { category: StatementCategory; cameo: string; weight: number } | undefined {
  for (const cue of CONTENT_CUES) if (cue.pattern.test(words)) return cue;
  return undefined;
}

export function classify(words: string, verb: ReportingVerb | undefined): Classification {
  const cue = contentCue(words);
  let verbCategory = verb ? ACT_CATEGORY[verb.act] : undefined;
  // "warned managers about the flaw" is no threat; "warned that it would respond" is.
  if (verb?.lemma === "warn" && !/\b(?:that|of|against|would|will|could|not to|to stop)\b/i.test(words.slice(0, 60))) {
    verbCategory = undefined;
  }
  if (verbCategory) {
    let cameo = verb?.cameo;
    // "accused X of war crimes": the content narrows the verb's code within its family.
    if (verbCategory === "accusation" && cue?.category === "accusation" && cue.cameo.startsWith("112"))
      cameo = cue.cameo;
    if (verbCategory === "threat" && cue?.category === "threat") cameo = cue.cameo;
    if (verbCategory === "accusation" && verb?.lemma === "accuse" && cue?.cameo === "1124") cameo = "1124";
    return { category: verbCategory, ...(cameo ? { cameo } : {}), strength: 0.9 };
  }
  if (cue) return { category: cue.category, ...(cue.cameo ? { cameo: cue.cameo } : {}), strength: cue.weight };
  return { category: "accusation", strength: 0 };
}

/**
 * "said its members would refuse overtime if no new staff were hired", "If there is no money by the
 * end of the month, we will close the harbour": what a side will do on a condition the other must
 * meet is a threat. Not "would have survived if" (a charge), nor "would remain closed until" (how a
 * thing stands), nor "would be" with no deed ("would be difficult if").
 */
const WILL_DO_IF =
  /\b(?:will|would|shall)\s+(?!have\b|remain\b|stay\b|continue\b|need\b|take (?:time|weeks|months|days|years)\b|be\s+(?!\p{L}+ed\b))(?:not\s+|never\s+)?[^.;:!?]{1,140}?\b(?:if|unless|until)\s/iu;
const IF_THEN_WILL =
  /(?:^|[.!?]\s+)(?:if|unless)\s[^.;:!?]{1,120}?,\s*(?:we|they|he|she|it)\s+(?:will|would|shall)\s+(?!have\b)/iu;
/**
 * "said it would challenge the result in court", "said it would table a motion of no confidence in
 * the mayor": what a side will do to the other in a court or a vote is a threat, with no condition.
 */
const WILL_SUE_OR_UNSEAT =
  /\b(?:will|would|shall)\s+(?:(?:challenge|contest|appeal)\b[^.;:!?]{0,60}?\b(?:in|before)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+)?court|sue\b|take\s[^.;:!?]{1,40}?\sto\s+court|(?:table|file|bring|call|propose|submit)\s+(?:a\s+)?(?:motion|vote)\s+of\s+no[-\s]confidence)/iu;
/**
 * "said the council would approach the high court for an urgent interdict", "said his government
 * would file a challenge at the Supreme Court", "would seek a court injunction against any further
 * stoppage", "said it would seek 50 billion won in damages", "would seek damages", "would ask the Special Prosecutor to
 * open an investigation", "were considering legal action against the health board", "to take every
 * legal measure available": what a side will do to the other through a court, a prosecutor or the
 * law is a threat, whoever its subject ("the council", "his government", not only "it").
 */
const WILL_GO_TO_LAW = new RegExp(
  [
    String.raw`\b(?:will|would|shall|to|could)\s+(?:(?:ask|approach|petition|apply\s+to)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,4}?(?:court|tribunal|prosecutors?|prosecutor's\s+office|attorney[-\s]general)\b`,
    String.raw`file\s+(?:(?:a|an|its|their)\s+)?(?:[\p{L}-]+\s+)?(?:challenge|case|lawsuit|suit|complaint|appeal|petition|claim)s?\s+(?:at|in|with|before|against)\b`,
    String.raw`file\s+(?:in|at|with|before)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?court`,
    String.raw`seek\s+(?:an?\s+)?(?:court\s+|urgent\s+)?(?:injunction|interdict)`,
    String.raw`seek\s+[^.;:!?]{1,40}?\bin\s+(?:damages|compensation)`,
    String.raw`seek\s+damages\b`,
    String.raw`take\s+(?:every|all|any)\s+(?:the\s+)?legal\s+(?:measures?|action|steps?)`,
    String.raw`take\s+legal\s+action)`,
    String.raw`\b(?:considering|preparing|weighing)\s+(?:legal\s+action|a\s+(?:lawsuit|legal\s+challenge|class\s+action|case\s+at\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,5}?court))`,
  ].join("|"),
  "iu",
);
export const conditionalThreat = (words: string) =>
  WILL_DO_IF.test(words) || IF_THEN_WILL.test(words) || WILL_SUE_OR_UNSEAT.test(words) || WILL_GO_TO_LAW.test(words);

/**
 * How sure the proposal is: a named speaker with a verb that blames and an explicit target is
 * near the top; a vague source, a guessed target or a category from weak cues pull it down.
 */
export function confidenceOf(parts: {
  attribution: "named" | "vague" | "unattributed";
  speakerHow: string;
  strength: number;
  explicitTarget: boolean;
  hasTarget: boolean;
}): number {
  let score = 0.2 + 0.45 * parts.strength;
  if (parts.attribution === "named") score += parts.speakerHow === "name" || parts.speakerHow === "actor" ? 0.2 : 0.12;
  else if (parts.attribution === "vague") score += 0.02;
  if (parts.explicitTarget) score += 0.12;
  else if (parts.hasTarget) score += 0.04;
  else score -= 0.05;
  return Math.round(Math.max(0.05, Math.min(0.98, score)) * 100) / 100;
}
