// The offline extractor: an article's text to proposed actors and statements (who speaks, for
// whom, against whom, the verbatim quote, what it answers). Pure, synchronous and deterministic.
import { linkAnswers, topicWords } from "./answers";
import { confidenceOf } from "./classify";
import type { ExtractInput, Extraction, KnownClaim, ProposedStatement } from "./contract";
import { directStatements } from "./direct";
import { Document } from "./document";
import type { Draft } from "./draft";
import { recategorise } from "./recategorise";
import { reportedStatements } from "./reported";
import { ownBodyRenamed } from "./targets";

export { htmlToText, looksLikeHtml } from "./html";

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
