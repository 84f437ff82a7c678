// A charge's category revised once the answers are linked: what its words show it to be (a
// threat, a demand, a denial of the deed, the ground of a charge), where no blaming verb decided it.
import { conditionalThreat } from "./classify";
import type { Document } from "./document";
import type { Draft } from "./draft";

/**
 * "would be prosecuted", "will be jailed", "could face criminal charges", "would be “held to account,
 * whoever they are”", "would be made to pay for recapture": what will be done to someone.
 */
const PUNISHED =
  /\b(?:would|will|could|shall)\s+(?:be\s+["“]?(?:prosecuted|punished|jailed|imprisoned|arrested|fined|sanctioned|made\s+to\s+pay|held\s+(?:responsible|accountable|liable|to\s+account))|face\s+(?:criminal\s+)?(?:charges|prosecution|prison))\b/i;
/**
 * What the side will do to punish the one it answers: "would sanction any marketer found hoarding",
 * "We will apply the maximum sanction the law allows", "would withhold the final 15% of the
 * contract's value".
 */
const PENALISES =
  /\b(?:would|will|could|shall)\s+(?:(?:sanction|punish|prosecute|fine|penali[sz]e)\s+(?:any|every|those|all)\b|(?:apply|impose)\s+(?:the\s+)?(?:maximum|heaviest|toughest|full)\s+(?:sanctions?|penalt(?:y|ies)|fines?)|withhold\s+(?:the\s+|its\s+|all\s+|any\s+)?(?:final\s+|remaining\s+|further\s+)?(?:\d+%|payments?|funds?|money|the\s+(?:final|last|remaining)))/i;

/**
 * "the Ethiopian army had not crossed into Sudan", "its route “did not cross the borders of other
 * states”", "no manager had ordered the sensors to be disabled", "its owner's previous job had no
 * bearing on the award", "Nowhere does it say that ...": a defence answering a charge that says the
 * deed was not done denies it.
 */
const NEGATED_DEED =
  /\b(?:(?:had|has|have|did|does|do|was|were)\s+(?:not|never)\s+\p{L}+|(?:hadn't|hasn't|haven't|didn't|doesn't|don't|wasn't|weren't)\s+\p{L}+|no\s+(?:[\p{L}-]+\s+)?(?:had|has|was|were)\s+\p{L}+ed\b|(?:had|has|have|was|bore|bears)\s+no\s+(?:bearing|interest|role|part|link|connection)\b|nowhere\s+(?:does|did|do|is|was))/iu;

/**
 * "said it had warned the municipality in a 2022 report that ...", "Campaigners have warned for
 * years that ...", "We warned the trade ministry in December that ...", "said it had warned the bank
 * in writing not to ...": a warning told as given before, in the perfect or with the time or the
 * writing it was given in, is no threat of what the speaker will do but the ground of a charge.
 */
const PAST_WARNING =
  /\b(?:(?:had|has|have)\s+(?:\p{L}+ly\s+)?warned\b|warned\s+(?:[\p{L}'’-]+\s+){0,5}?(?:in\s+writing|in\s+(?:a|an|its|their|our)\s+(?:\d{4}\s+)?(?:report|letter)|(?:in|since|last)\s+(?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)|for\s+(?:years|months|weeks)))/iu;

/** "should refund", "must sit down", "should be compensated": what someone is told to do. */
const SHOULD_DO = /\b(?:should|must)\s+(?!have\b|not\b|never\b|know\b|be\s+(?!\p{L}+ed\b))\p{L}+/giu;

/**
 * Whether the words say what the statement's target (or "they") should or must do: the modal's
 * subject is a target or a pronoun, or a passive's "by" names a target ("should be compensated by
 * the bank"). Not "a mother in Multan must choose between ...": what a harm forces on someone else.
 */
function demandsOfTarget(doc: Document, draft: Draft, words: string): boolean {
  const targets = new Set(draft.targets.map((target) => doc.book.top(target)));
  const mentions = doc.mentionsIn(draft.span).filter((m) => targets.has(doc.book.top(m.key)));
  const named = [...targets].map((target) => doc.book.get(target)?.name.toLowerCase() ?? "");
  for (const modal of words.matchAll(SHOULD_DO)) {
    const at = draft.span.start + (modal.index ?? 0);
    const before = doc.text.slice(Math.max(draft.span.start, at - 40), at);
    if (/\b(?:they|it|he|she|you)\s+$/i.test(before)) return true;
    if (mentions.some((m) => m.end <= at && /^\s+$/.test(doc.text.slice(m.end, at)))) return true;
    const end = at + modal[0].length;
    // (The passive's "by" names a target, or its noun the text has used for one: "by the bank".)
    const by = /^(?:\s+\p{L}+ed)?\s+by\s+(?:the\s+)?(\p{L}+)/iu.exec(doc.text.slice(end, end + 50));
    const noun = by?.[1]?.toLowerCase();
    if (by && mentions.some((m) => m.start >= end && m.start <= end + by[0].length)) return true;
    if (noun && named.some((name) => new RegExp(`\\b${noun}\\b`, "u").test(name))) return true;
  }
  return false;
}

/**
 * After the answers are linked, a charge the words show to be something else (only where no
 * blaming verb gave the category: "accused X of ... if" stays the verb's):
 * - what the side will do to the other on a condition, or in a court or a vote, is a threat, a
 *   charge back so read included ("said it would move two of its aircraft to Shannon unless the
 *   problems were fixed", made a counter-accusation by the answers pass): a threat answers nothing;
 * - "said customers should be compensated by the bank", "X should refund passengers in full",
 *   "Now they must sit down and talk": what another should or must do is a demand (not "should
 *   have", a charge of what was not done, nor "must be" with no deed);
 * - "said the captains would be prosecuted", "those responsible would be punished": others to be
 *   prosecuted, punished or jailed are threatened (a justification so read was given the side it
 *   answered, not one its words name: it threatens no one named).
 */
export function recategorise(doc: Document, drafts: Draft[]): void {
  for (const [index, draft] of drafts.entries()) {
    // "Coronet denied that any concern had been ignored. A company spokesman said every shift report
    // had been reviewed ...", "daa rejected the claims. In a statement, the operator said security
    // queues had been under 20 minutes ...": a side's words with no cue at all, in the sentence
    // right after its own denial by the verb, in the same paragraph, are the grounds of that
    // denial, not a charge back.
    const before = drafts[index - 1];
    if (
      before &&
      draft.strength === 0 &&
      (draft.category === "accusation" || draft.category === "counter-accusation") &&
      before.category === "denial" &&
      before.strength >= 0.9 &&
      before.speaker.actorKey &&
      draft.speaker.actorKey &&
      doc.book.top(before.speaker.actorKey) === doc.book.top(draft.speaker.actorKey) &&
      before.context.end <= draft.context.start &&
      /^[ \t“"]*$/.test(doc.text.slice(before.context.end, draft.context.start)) &&
      // (Not words naming, as the doer of a passive, a party the denial does not answer: "said the
      // wall had been built exactly to the design approved by the Ministry of Public Works" charges
      // the ministry.)
      !doc
        .mentionsIn(draft.span)
        .some(
          (m) =>
            /\bby\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(draft.span.start, m.start - 8), m.start)) &&
            draft.targets.some((target) => doc.book.top(target) === doc.book.top(m.key)) &&
            !before.targets.some((other) => doc.book.top(other) === doc.book.top(m.key)),
        )
    ) {
      draft.category = "denial";
      if (draft.answers === undefined && before.answers !== undefined) draft.answers = before.answers;
      continue;
    }
    // ("said it had warned the municipality in a 2022 report that ...": a warning told as given
    // before is the ground of a charge, no threat.)
    if (draft.category === "threat" && PAST_WARNING.test(doc.text.slice(draft.span.start, draft.span.end))) {
      draft.category = draft.answers !== undefined ? "counter-accusation" : "accusation";
      continue;
    }
    if (draft.strength >= 0.9) continue;
    // ("The airline said it would appeal.": weighed as cue-less words, a threat against whom they answer.)
    if (draft.toldThreat && draft.targets.length > 0) {
      draft.category = "threat";
      continue;
    }
    const words = doc.text.slice(draft.span.start, draft.span.end);
    if (draft.category === "justification" && draft.answers !== undefined && NEGATED_DEED.test(words)) {
      draft.category = "denial";
      continue;
    }
    if (draft.category === "accusation" && conditionalThreat(words)) draft.category = "threat";
    else if (draft.category === "counter-accusation" && conditionalThreat(words)) {
      draft.category = "threat";
      delete draft.answers;
    } else if (draft.category === "accusation" && demandsOfTarget(doc, draft, words)) draft.category = "demand";
    else if (
      (draft.category === "accusation" || draft.category === "justification") &&
      (PUNISHED.test(words) || PENALISES.test(words))
    ) {
      if (draft.category === "justification" && !draft.explicitTarget && !PENALISES.test(words)) draft.targets = [];
      draft.category = "threat";
    }
  }
}
