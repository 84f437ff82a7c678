// The offline extractor: an article's text to proposed actors and statements (who speaks, for
// whom, against whom, the verbatim quote, what it answers). Pure, synchronous and deterministic.
import { linkAnswers, topicWords } from "./answers";
import { conditionalThreat, confidenceOf } from "./classify";
import type { ExtractInput, Extraction, KnownClaim, ProposedStatement } from "./contract";
import { directStatements } from "./direct";
import { Document } from "./document";
import type { Draft } from "./draft";
import { reportedStatements, toldThreats } from "./reported";
import { ownBodyRenamed } from "./targets";

export { htmlToText, looksLikeHtml } from "./html";

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
 * - what the side will do to the other on a condition, or in a court or a vote, is a threat;
 * - "said customers should be compensated by the bank", "X should refund passengers in full",
 *   "Now they must sit down and talk": what another should or must do is a demand (not "should
 *   have", a charge of what was not done, nor "must be" with no deed);
 * - "said the captains would be prosecuted", "those responsible would be punished": others to be
 *   prosecuted, punished or jailed are threatened (a justification so read was given the side it
 *   answered, not one its words name: it threatens no one named).
 */
function recategorise(doc: Document, drafts: Draft[]): void {
  for (const draft of drafts) {
    // ("said it had warned the municipality in a 2022 report that ...": a warning told as given
    // before is the ground of a charge, no threat.)
    if (draft.category === "threat" && PAST_WARNING.test(doc.text.slice(draft.span.start, draft.span.end))) {
      draft.category = draft.answers !== undefined ? "counter-accusation" : "accusation";
      continue;
    }
    if (draft.strength >= 0.9) continue;
    // ("The airline said it would appeal.": weighed as cue-less words, a threat against whom they answer.)
    if (toldThreats.has(draft) && draft.targets.length > 0) {
      draft.category = "threat";
      continue;
    }
    const words = doc.text.slice(draft.span.start, draft.span.end);
    if (draft.category === "justification" && draft.answers !== undefined && NEGATED_DEED.test(words)) {
      draft.category = "denial";
      continue;
    }
    if (draft.category === "accusation" && conditionalThreat(words)) draft.category = "threat";
    else if (draft.category === "accusation" && demandsOfTarget(doc, draft, words)) draft.category = "demand";
    else if (
      (draft.category === "accusation" || draft.category === "justification") &&
      (PUNISHED.test(words) || PENALISES.test(words))
    ) {
      if (draft.category === "justification" && !draft.explicitTarget && !PENALISES.test(words)) draft.targets = [];
      draft.category = "threat";
    }
  }
}

export const EXTRACTOR = { name: "claims-ledger-rules", version: "1.0.0" } as const;

const overlapShare = (a: Draft, b: Draft) => {
  const shared = Math.min(a.span.end, b.span.end) - Math.max(a.span.start, b.span.start);
  return shared / Math.max(1, Math.min(a.span.end - a.span.start, b.span.end - b.span.start));
};

export function extract(input: ExtractInput): Extraction {
  const text = typeof input.text === "string" ? input.text : "";
  const doc = new Document(text);
  const direct = directStatements(doc);
  const reported = reportedStatements(doc, direct.covered).filter(
    (draft) => !direct.drafts.some((other) => overlapShare(draft, other) > 0.5),
  );
  const drafts = [...direct.drafts, ...reported]
    .filter((draft) => draft.span.end > draft.span.start)
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  linkAnswers(doc, drafts);
  recategorise(doc, drafts);

  const used: string[] = [];
  for (const draft of drafts) {
    for (const key of [draft.speaker.personKey, draft.speaker.actorKey, draft.intermediary, ...draft.targets]) {
      if (key && !used.includes(key)) used.push(key);
    }
  }
  const { actors, refOf } = doc.book.propose(used, input.known?.actors);
  const actorIdOf = new Map(actors.map((actor) => [actor.ref, actor.actorId]));

  const statements: ProposedStatement[] = drafts.map((draft, index) => {
    const { speaker } = draft;
    const speaksFor =
      speaker.attribution === "named" && speaker.actorKey ? (refOf.get(speaker.actorKey) ?? null) : null;
    // (Not the speaker's own body under another name the naming passes left apart: "Coral Coast" and
    // "Coral Coast Civil Works Ltd".)
    const ownSide = speaksFor ? speaker.actorKey : undefined;
    const targets = [
      ...new Set(draft.targets.flatMap((key) => (ownBodyRenamed(doc, ownSide, key) ? [] : (refOf.get(key) ?? [])))),
    ].filter((ref) => ref !== speaksFor);
    const statement: ProposedStatement = {
      ref: `s${index + 1}`,
      quote: text.slice(draft.span.start, draft.span.end),
      start: draft.span.start,
      end: draft.span.end,
      paragraph: doc.paragraphOf(draft.span.start),
      mode: draft.mode,
      speaker: speaker.name ? { name: speaker.name, ...(speaker.title ? { title: speaker.title } : {}) } : null,
      speaksFor,
      attribution: speaksFor ? "named" : speaker.attribution === "named" ? "unattributed" : speaker.attribution,
      targets,
      category: draft.category,
      confidence: confidenceOf({
        attribution: speaksFor ? "named" : speaker.attribution === "vague" ? "vague" : "unattributed",
        speakerHow: speaker.how,
        strength: draft.strength,
        explicitTarget: draft.explicitTarget,
        hasTarget: targets.length > 0,
      }),
    };
    const speakerRef = speaker.personKey ? refOf.get(speaker.personKey) : undefined;
    if (speakerRef) statement.speakerRef = speakerRef;
    if (draft.cameo) statement.cameo = draft.cameo;
    const intermediary = draft.intermediary ? refOf.get(draft.intermediary) : undefined;
    if (intermediary && intermediary !== speaksFor) statement.intermediary = intermediary;
    if (draft.answers !== undefined) statement.answers = `s${draft.answers + 1}`;
    if (draft.mutual) statement.mutual = true;
    return statement;
  });

  if (input.known?.claims?.length) {
    linkKnownClaims(statements, drafts, input.known.claims, actorIdOf, actors, text);
  }
  return { actors, statements, extractor: { ...EXTRACTOR } };
}

/** A denial or counter-charge by an actor a dossier's existing claim accuses answers that claim. */
function linkKnownClaims(
  statements: ProposedStatement[],
  drafts: Draft[],
  claims: KnownClaim[],
  actorIdOf: Map<string, string | undefined>,
  actors: Extraction["actors"],
  text: string,
): void {
  const parentOf = new Map(actors.map((actor) => [actor.ref, actor.parentRef]));
  const idsUp = (ref: string | null) => {
    const ids: string[] = [];
    for (let current: string | undefined = ref ?? undefined, depth = 0; current && depth < 8; depth++) {
      const id = actorIdOf.get(current);
      if (id) ids.push(id);
      current = parentOf.get(current);
    }
    return ids;
  };
  for (const [index, statement] of statements.entries()) {
    if (statement.answers || !statement.speaksFor) continue;
    if (
      !["denial", "justification", "concession", "counter-accusation", "accusation", "retraction"].includes(
        statement.category,
      )
    )
      continue;
    const own = idsUp(statement.speaksFor);
    if (own.length === 0) continue;
    const targetIds = new Set(statement.targets.flatMap((ref) => idsUp(ref)));
    const draft = drafts[index] as Draft;
    const words = topicWords(text.slice(draft.context.start, draft.context.end));
    let best: { claim: KnownClaim; score: number } | undefined;
    for (const claim of claims) {
      const accusesUs = claim.accusedIds.some((id) => own.includes(id));
      if (statement.category === "retraction" ? !own.includes(claim.claimantId) : !accusesUs) continue;
      if (statement.category === "accusation" && !targetIds.has(claim.claimantId)) continue;
      const claimWords = topicWords(`${claim.allegation} ${claim.quote}`);
      let score = 1;
      for (const word of claimWords) if (words.has(word)) score++;
      if (!best || score > best.score) best = { claim, score };
    }
    if (!best) continue;
    statement.answersClaimId = best.claim.claimId;
    if (statement.category === "accusation") statement.category = "counter-accusation";
  }
}
