// Domain rules: what must hold before an event may join a dossier's stream.
// Pure: the store hands in what it knows (`DossierFacts`) and gets back the first violation, if any.
import type { NewEvent } from "./events";
import { paragraphAt } from "./paragraphs";
import type { DocStore } from "./projections/doc-store";
import type { ProposalStatus } from "./projections/proposals";
import { checkReviewEvent } from "./review/rules";

export { paragraphAt };

export interface ActorFact {
  kind: string;
  parentId?: string | undefined;
}
export interface SourceFact {
  text?: string | undefined;
}
export interface ClaimFact {
  claimantId: string;
  accusedIds: string[];
  status: string;
  category?: string;
  cameo?: string;
  allegation?: string;
  speakerId?: string;
  intermediaryId?: string;
  sourceId?: string;
  mode?: string;
  statedAt?: string;
  quote?: { text: string; paragraph: number; start?: number; end?: number };
}

/** What the rules may ask about the dossier as it stands before the event. */
export interface DossierFacts {
  /** Number of events before this one. */
  readonly version: number;
  actor(actorId: string): ActorFact | undefined;
  source(sourceId: string): SourceFact | undefined;
  claim(claimId: string): ClaimFact | undefined;
  proposal(proposalId: string): { status: ProposalStatus } | undefined;
}

/** Facts read from the projections' documents (actors, sources, claims collections). */
export function factsFromDocs(store: DocStore, version: () => number): DossierFacts {
  return {
    get version() {
      return version();
    },
    actor: (actorId) => store.get<ActorFact>("actors", actorId),
    source: (sourceId) => store.get<SourceFact>("sources", sourceId),
    claim: (claimId) => store.get<ClaimFact>("claims", claimId),
    proposal: (proposalId) => store.get<{ status: ProposalStatus }>("proposals", proposalId),
  };
}

/** The collection a fact id of an event's data names, by the field's name (accusedIds: actors). */
const FACT_FIELDS: Record<string, string> = {
  actorId: "actors",
  parentId: "actors",
  claimantId: "actors",
  accusedIds: "actors",
  byActorId: "actors",
  intermediaryId: "actors",
  speakerId: "actors",
  sourceId: "sources",
  claimId: "claims",
  counterClaimId: "claims",
  proposalId: "proposals",
  answersProposalId: "proposals",
};

/**
 * The fact documents a batch's events name, by collection: what the rules and projections will ask
 * for, so a store can read them in one statement instead of one lookup an event. A hint only: a
 * document not named here is still looked up when asked for.
 */
export function factKeysNamed(events: ReadonlyArray<{ data: unknown }>): Map<string, Set<string>> {
  const named = new Map<string, Set<string>>();
  for (const event of events) {
    if (event.data === null || typeof event.data !== "object") continue;
    for (const [field, value] of Object.entries(event.data)) {
      const collection = FACT_FIELDS[field];
      if (!collection) continue;
      let keys = named.get(collection);
      if (!keys) named.set(collection, (keys = new Set()));
      for (const key of Array.isArray(value) ? value : [value]) if (typeof key === "string") keys.add(key);
    }
  }
  return named;
}

export interface RuleViolation {
  /** Stable name of the rule, for clients to match on. */
  rule: string;
  message: string;
  /** JSON pointer into the event, e.g. "/data/accusedIds/1". */
  pointer: string;
}

type Check = RuleViolation | undefined;

function violation(rule: string, pointer: string, message: string): RuleViolation {
  return { rule, pointer, message };
}

function firstOf(...checks: Array<() => Check>): Check {
  for (const check of checks) {
    const found = check();
    if (found) return found;
  }
  return undefined;
}

function knownActor(facts: DossierFacts, actorId: string | undefined, pointer: string): Check {
  if (actorId === undefined || facts.actor(actorId)) return undefined;
  return violation("unknown_actor", pointer, `actor "${actorId}" is not identified in this dossier`);
}

function knownSource(facts: DossierFacts, sourceId: string | undefined, pointer: string): Check {
  if (sourceId === undefined || facts.source(sourceId)) return undefined;
  return violation("unknown_source", pointer, `source "${sourceId}" is not in this dossier`);
}

function knownActors(facts: DossierFacts, actorIds: string[], pointer: string): Check {
  const seen = new Set<string>();
  for (const [index, actorId] of actorIds.entries()) {
    if (seen.has(actorId)) {
      return violation("duplicate_actor", `${pointer}/${index}`, `actor "${actorId}" is listed twice`);
    }
    seen.add(actorId);
    const unknown = knownActor(facts, actorId, `${pointer}/${index}`);
    if (unknown) return unknown;
  }
  return undefined;
}

type QuoteData = { text: string; paragraph: number; start?: number | undefined; end?: number | undefined };

/** A quote must be verbatim: where the source's text is known, it must stand there, at its offsets. */
function quoteInSource(facts: DossierFacts, sourceId: string | undefined, quote: QuoteData, pointer: string): Check {
  if ((quote.start === undefined) !== (quote.end === undefined)) {
    return violation("quote_offsets_incomplete", pointer, "give both start and end, or neither");
  }
  if (quote.start !== undefined && quote.end !== undefined && quote.end <= quote.start) {
    return violation("quote_offsets_invalid", `${pointer}/end`, "end must be greater than start");
  }
  const text = sourceId === undefined ? undefined : facts.source(sourceId)?.text;
  if (text === undefined) return undefined;
  const start = quote.start ?? text.indexOf(quote.text);
  if (start < 0) {
    return violation("quote_not_in_source", `${pointer}/text`, "the quote is not a verbatim part of the source's text");
  }
  if (
    text.slice(start, start + quote.text.length) !== quote.text ||
    (quote.end ?? start + quote.text.length) !== start + quote.text.length
  ) {
    return violation("quote_not_in_source", `${pointer}/start`, "the source's text at these offsets is not the quote");
  }
  const paragraph = paragraphAt(text, start);
  if (paragraph !== quote.paragraph) {
    return violation("quote_paragraph_mismatch", `${pointer}/paragraph`, `the quote starts in paragraph ${paragraph}`);
  }
  return undefined;
}

function existingClaim(facts: DossierFacts, claimId: string, pointer: string): ClaimFact | RuleViolation {
  return facts.claim(claimId) ?? violation("unknown_claim", pointer, `claim "${claimId}" is not in this dossier`);
}

function isViolation(value: ClaimFact | RuleViolation): value is RuleViolation {
  return "rule" in value;
}

/** Check one event against the dossier as it stands just before it. */
export function checkEvent(facts: DossierFacts, event: NewEvent): RuleViolation | undefined {
  if (facts.version === 0 && event.type !== "dossier.opened") {
    return violation("dossier_not_opened", "/type", "the first event of a dossier must be dossier.opened");
  }
  switch (event.type) {
    case "dossier.opened":
      return facts.version === 0
        ? undefined
        : violation("dossier_already_opened", "/type", "this dossier was opened by its first event");

    case "actor.identified": {
      const { actorId, parentId } = event.data;
      if (facts.actor(actorId)) {
        return violation("actor_exists", "/data/actorId", `actor "${actorId}" is already identified`);
      }
      if (parentId === actorId)
        return violation("actor_own_parent", "/data/parentId", "an actor cannot be its own parent");
      return knownActor(facts, parentId, "/data/parentId");
    }

    case "source.added": {
      const { sourceId } = event.data;
      return facts.source(sourceId)
        ? violation("source_exists", "/data/sourceId", `source "${sourceId}" is already in this dossier`)
        : undefined;
    }

    case "claim.made": {
      const data = event.data;
      return firstOf(
        () =>
          facts.claim(data.claimId)
            ? violation("claim_exists", "/data/claimId", `claim "${data.claimId}" is already in this dossier`)
            : undefined,
        () => knownActor(facts, data.claimantId, "/data/claimantId"),
        () => knownActors(facts, data.accusedIds, "/data/accusedIds"),
        () =>
          data.accusedIds.includes(data.claimantId)
            ? violation("self_accusation", "/data/accusedIds", "a claimant cannot accuse itself; record a concession")
            : undefined,
        () => knownActor(facts, data.speakerId, "/data/speakerId"),
        () => knownActor(facts, data.intermediaryId, "/data/intermediaryId"),
        () => knownSource(facts, data.sourceId, "/data/sourceId"),
        () => quoteInSource(facts, data.sourceId, data.quote, "/data/quote"),
      );
    }

    case "claim.rebutted": {
      const data = event.data;
      const answered = existingClaim(facts, data.claimId, "/data/claimId");
      if (isViolation(answered)) return answered;
      return firstOf(
        () => answerable(answered, "/data/claimId"),
        () => knownActor(facts, data.byActorId, "/data/byActorId"),
        () =>
          data.byActorId === answered.claimantId
            ? violation(
                "rebuttal_by_claimant",
                "/data/byActorId",
                "a claimant retracts its claim; it does not rebut it",
              )
            : undefined,
        () => counterClaim(facts, data),
        () => knownActor(facts, data.speakerId, "/data/speakerId"),
        () => knownActor(facts, data.intermediaryId, "/data/intermediaryId"),
        () => knownSource(facts, data.sourceId, "/data/sourceId"),
        () => quoteInSource(facts, data.sourceId, data.quote, "/data/quote"),
      );
    }

    case "claim.conceded": {
      const data = event.data;
      const conceded = existingClaim(facts, data.claimId, "/data/claimId");
      if (isViolation(conceded)) return conceded;
      return firstOf(
        () => answerable(conceded, "/data/claimId"),
        () => knownActor(facts, data.byActorId, "/data/byActorId"),
        () =>
          data.byActorId === conceded.claimantId
            ? violation("concession_by_claimant", "/data/byActorId", "a claimant cannot concede its own claim")
            : undefined,
        () => knownActor(facts, data.speakerId, "/data/speakerId"),
        () => knownActor(facts, data.intermediaryId, "/data/intermediaryId"),
        () => knownSource(facts, data.sourceId, "/data/sourceId"),
        () => quoteInSource(facts, data.sourceId, data.quote, "/data/quote"),
      );
    }

    case "claim.retracted": {
      const data = event.data;
      const retracted = existingClaim(facts, data.claimId, "/data/claimId");
      if (isViolation(retracted)) return retracted;
      return firstOf(
        () =>
          retracted.status === "retracted"
            ? violation("claim_already_retracted", "/data/claimId", `claim "${data.claimId}" was already retracted`)
            : undefined,
        () => knownActor(facts, data.speakerId, "/data/speakerId"),
        () => knownSource(facts, data.sourceId, "/data/sourceId"),
        () => (data.quote ? quoteInSource(facts, data.sourceId, data.quote, "/data/quote") : undefined),
      );
    }

    case "claim.corrected": {
      const { claimId, changes } = event.data;
      const corrected = existingClaim(facts, claimId, "/data/claimId");
      if (isViolation(corrected)) return corrected;
      const claimantId = changes.claimantId ?? corrected.claimantId;
      const accusedIds = changes.accusedIds ?? corrected.accusedIds;
      return firstOf(
        () => knownActor(facts, changes.claimantId, "/data/changes/claimantId"),
        () => (changes.accusedIds ? knownActors(facts, changes.accusedIds, "/data/changes/accusedIds") : undefined),
        () =>
          accusedIds.includes(claimantId)
            ? violation("self_accusation", "/data/changes", "after the correction the claimant would accuse itself")
            : undefined,
        () => knownActor(facts, changes.speakerId, "/data/changes/speakerId"),
        () => knownActor(facts, changes.intermediaryId, "/data/changes/intermediaryId"),
        () =>
          changes.quote ? quoteInSource(facts, corrected.sourceId, changes.quote, "/data/changes/quote") : undefined,
        () => changesSomething(corrected, changes),
      );
    }

    case "proposal.created":
    case "proposal.accepted":
    case "proposal.rejected":
      return checkReviewEvent(facts, event);
  }
}

function answerable(claim: ClaimFact, pointer: string): Check {
  return claim.status === "retracted"
    ? violation("claim_retracted", pointer, "this claim was retracted; it can no longer be answered")
    : undefined;
}

function counterClaim(facts: DossierFacts, data: Extract<NewEvent, { type: "claim.rebutted" }>["data"]): Check {
  if (data.kind !== "counter-accusation") {
    return data.counterClaimId === undefined
      ? undefined
      : violation(
          "counter_claim_unexpected",
          "/data/counterClaimId",
          "only a counter-accusation carries a counter-claim",
        );
  }
  if (data.counterClaimId === undefined) {
    return violation(
      "counter_claim_required",
      "/data/counterClaimId",
      "a counter-accusation names the claim that makes it",
    );
  }
  if (data.counterClaimId === data.claimId) {
    return violation("counter_claim_is_answered_claim", "/data/counterClaimId", "a claim cannot answer itself");
  }
  const counter = existingClaim(facts, data.counterClaimId, "/data/counterClaimId");
  if (isViolation(counter)) return counter;
  return counter.claimantId === data.byActorId
    ? undefined
    : violation(
        "counter_claim_other_claimant",
        "/data/counterClaimId",
        "the counter-claim must be made by the rebutting actor",
      );
}

function changesSomething(claim: ClaimFact, changes: Record<string, unknown>): Check {
  const current = claim as unknown as Record<string, unknown>;
  const changed = Object.entries(changes).some(
    ([field, value]) => JSON.stringify(current[field]) !== JSON.stringify(value),
  );
  return changed
    ? undefined
    : violation("correction_changes_nothing", "/data/changes", "every value given equals the current one");
}
