// A source added with its text is read by the extractor; each statement it finds becomes a
// `proposal.created` event that follows the batch, caused by the source's event. Pure.
import type { Extraction, KnownActor, KnownClaim } from "../../extract/contract";
import type { NewEvent, StoredEventOf } from "../events";
import type { ActorDoc } from "../projections/actors";
import type { ClaimDoc } from "../projections/claims";
import type { DocStore } from "../projections/doc-store";
import { type TimelineEntry, timelineKey } from "../projections/timeline";

/** Who the proposals are written by: the ledger's extractor, not the editor who added the source. */
export const EXTRACTOR_AUTHOR = "ledger-extractor";

/** At most this many of the dossier's latest claims are offered to the extractor to link answers to, */
const KNOWN_CLAIMS_LIMIT = 500;
/** found among this many of its latest events: a read bounded however long the dossier is. */
const KNOWN_CLAIMS_WINDOW = 5_000;

export const proposalIdAt = (seq: number) => `p${seq}`;

/**
 * What the dossier knows, in the extractor's terms: its actors with aliases, and its latest claims
 * (newest first), read from the tail of the seq-keyed timeline rather than from every claim.
 */
export function knownToExtractor(store: DocStore, version: number): { actors: KnownActor[]; claims: KnownClaim[] } {
  const actors = store.list<ActorDoc>("actors").map(({ doc }) => ({
    actorId: doc.actorId,
    name: doc.name,
    kind: doc.kind,
    aliases: doc.aliases ?? [],
    ...(doc.parentId ? { parentId: doc.parentId } : {}),
  }));
  const recent = store
    .list<TimelineEntry>("timeline", "", { after: timelineKey(Math.max(0, version - KNOWN_CLAIMS_WINDOW)) })
    .flatMap(({ doc }) => (doc.type === "claim.made" ? [doc.claimId] : []))
    .slice(-KNOWN_CLAIMS_LIMIT)
    .reverse();
  const claims = recent.flatMap((claimId) => {
    const claim = store.get<ClaimDoc>("claims", claimId);
    if (!claim) return [];
    return [
      {
        claimId: claim.claimId,
        claimantId: claim.claimantId,
        accusedIds: claim.accusedIds,
        allegation: claim.allegation,
        quote: claim.quote.text,
        ...(claim.speakerId ? { speakerId: claim.speakerId } : {}),
      },
    ];
  });
  return { actors, claims };
}

/** One proposal event per statement, numbered by the seq each will take from `firstSeq` on. */
export function proposalEvents(
  source: StoredEventOf<"source.added">,
  extraction: Extraction,
  firstSeq: number,
): NewEvent[] {
  const proposalIdOf = new Map(
    extraction.statements.map((statement, i) => [statement.ref, proposalIdAt(firstSeq + i)]),
  );
  return extraction.statements.map((statement, i) => {
    const refs = new Set(
      [statement.speaksFor, statement.speakerRef, statement.intermediary, ...statement.targets].filter(
        (ref): ref is string => typeof ref === "string",
      ),
    );
    // Parents too, so that accepting can place a new agency under its state.
    for (const ref of [...refs]) {
      let parent = extraction.actors.find((actor) => actor.ref === ref)?.parentRef;
      while (parent && !refs.has(parent)) {
        refs.add(parent);
        parent = extraction.actors.find((actor) => actor.ref === parent)?.parentRef;
      }
    }
    const proposalId = proposalIdAt(firstSeq + i);
    const answersProposalId = statement.answers ? proposalIdOf.get(statement.answers) : undefined;
    return {
      id: `ledger:proposal:${proposalId}`,
      type: "proposal.created",
      schemaVersion: 1,
      data: {
        proposalId,
        sourceId: source.data.sourceId,
        extractor: extraction.extractor,
        statement,
        actors: extraction.actors.filter((actor) => refs.has(actor.ref)),
        ...(answersProposalId ? { answersProposalId } : {}),
      },
      metadata: {
        author: EXTRACTOR_AUTHOR,
        causationId: source.id,
        correlationId: source.metadata.correlationId ?? `source:${source.data.sourceId}`,
      },
    };
  });
}
