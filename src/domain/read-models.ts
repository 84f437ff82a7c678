// What each read endpoint answers, computed from projection documents through the DocStore
// interface, so the same code serves the live view, a view "as of" a seq, and in-memory replays.
import { type BlameGraph, buildBlameGraph, type GraphOptions } from "./graph/blame-graph";
import type { ActorDoc } from "./projections/actors";
import type { BlameEdgeDoc, EdgeClaimDoc } from "./projections/blame-edges";
import type { ClaimDoc, ClaimStatus } from "./projections/claims";
import type { DocStore } from "./projections/doc-store";
import type { SourceDoc } from "./projections/sources";
import type { TimelineEntry } from "./projections/timeline";
import { timelineKey } from "./projections/timeline";

/** Edge claims read a page at a time, so a graph that needs an edge's first ids reads only those. */
const EDGE_CLAIMS_PAGE = 256;

function* edgeClaims(store: DocStore, edgeKey: string): Generator<EdgeClaimDoc> {
  let after: string | undefined;
  for (;;) {
    const page = store.list<EdgeClaimDoc>("edge-claims", `${edgeKey}|`, {
      limit: EDGE_CLAIMS_PAGE,
      ...(after === undefined ? {} : { after }),
    });
    for (const entry of page) yield entry.doc;
    const last = page[page.length - 1];
    if (page.length < EDGE_CLAIMS_PAGE || !last) return;
    after = last.key;
  }
}

export function blameGraph(store: DocStore, options: GraphOptions): BlameGraph {
  const actors = store.list<ActorDoc>("actors").map((entry) => entry.doc);
  const edges = store.list<BlameEdgeDoc>("edges").map((entry) => entry.doc);
  return buildBlameGraph({ actors, edges, edgeClaims: (edgeKey) => edgeClaims(store, edgeKey) }, options);
}

export interface ClaimFilters {
  status?: ClaimStatus | undefined;
  actor?: string | undefined;
  category?: string | undefined;
}

function matches(claim: ClaimDoc, filters: ClaimFilters): boolean {
  if (filters.status && claim.status !== filters.status) return false;
  if (filters.category && claim.category !== filters.category) return false;
  if (filters.actor) {
    const involved = [claim.claimantId, claim.speakerId, ...claim.accusedIds];
    if (!involved.includes(filters.actor)) return false;
  }
  return true;
}

/**
 * Claims in the order they were recorded, paged by the seq that made them. The timeline is keyed by
 * seq, so its claim.made entries are walked in order a chunk at a time: a page of a dossier with a
 * million claims reads what it shows (and what a filter skips), never every claim at once.
 */
export function claimsPage(store: DocStore, filters: ClaimFilters, after: number, limit: number, chunk = 500) {
  const claims: ClaimDoc[] = [];
  let cursor = timelineKey(after);
  let more = false;
  for (;;) {
    const entries = store.list<TimelineEntry>("timeline", "", { after: cursor, limit: chunk });
    for (const { key, doc } of entries) {
      cursor = key;
      if (doc.type !== "claim.made") continue;
      const claim = store.get<ClaimDoc>("claims", doc.claimId);
      if (!claim || !matches(claim, filters)) continue;
      if (claims.length === limit) {
        more = true;
        break;
      }
      claims.push(claim);
    }
    if (more || entries.length < chunk) break;
  }
  const last = claims[claims.length - 1];
  return { claims, next: more && last ? last.madeAtSeq : null };
}

/** One claim with its thread: the actors and source it names, and the claims linked to it. */
export function claimThread(store: DocStore, claimId: string) {
  const claim = store.get<ClaimDoc>("claims", claimId);
  if (!claim) return undefined;
  const actorIds = new Set([claim.claimantId, ...claim.accusedIds]);
  for (const id of [claim.speakerId, claim.intermediaryId]) if (id) actorIds.add(id);
  for (const answer of claim.answers) {
    for (const id of [answer.byActorId, answer.speakerId, answer.intermediaryId]) if (id) actorIds.add(id);
  }
  const linkedIds = [
    ...(claim.answersClaimId ? [claim.answersClaimId] : []),
    ...claim.answers.flatMap((answer) => (answer.counterClaimId ? [answer.counterClaimId] : [])),
  ];
  const source = store.get<SourceDoc>("sources", claim.sourceId);
  return {
    claim,
    actors: Object.fromEntries(
      [...actorIds].flatMap((id) => {
        const actor = store.get<ActorDoc>("actors", id);
        return actor ? [[id, actor]] : [];
      }),
    ),
    source: source ? { ...source, text: undefined } : null,
    linkedClaims: linkedIds.flatMap((id) => {
      const linked = store.get<ClaimDoc>("claims", id);
      return linked ? [linked] : [];
    }),
  };
}

type Tally = Record<string, { claims: number; categories: Record<string, number> }>;

function tally(edges: BlameEdgeDoc[], counterpart: (edge: BlameEdgeDoc) => string): Tally {
  const result: Tally = {};
  for (const edge of edges) {
    const entry = result[counterpart(edge)] ?? { claims: 0, categories: {} };
    entry.claims += edge.claims;
    for (const [category, counts] of Object.entries(edge.byCategory)) {
      entry.categories[category] = (entry.categories[category] ?? 0) + counts.claims;
    }
    result[counterpart(edge)] = entry;
  }
  return result;
}

/** An actor's profile: blames made and received (by whom, for what), its speakers, how its claims fared. */
export function actorProfile(store: DocStore, actorId: string) {
  const actor = store.get<ActorDoc>("actors", actorId);
  if (!actor) return undefined;
  const edges = store.list<BlameEdgeDoc>("edges").map((entry) => entry.doc);
  const made = edges.filter((edge) => edge.accuserId === actorId);
  const received = edges.filter((edge) => edge.accusedId === actorId);
  const ownClaims = store
    .list<ClaimDoc>("claims")
    .map((entry) => entry.doc)
    .filter((claim) => claim.claimantId === actorId);
  const speakers: Record<string, number> = {};
  for (const claim of ownClaims) if (claim.speakerId) speakers[claim.speakerId] = (speakers[claim.speakerId] ?? 0) + 1;
  const outcomes = { claims: ownClaims.length, unanswered: 0, disputed: 0, conceded: 0, retracted: 0 };
  for (const claim of ownClaims) outcomes[claim.status] += 1;
  const children = store
    .list<ActorDoc>("actors")
    .map((entry) => entry.doc)
    .filter((other) => other.parentId === actorId)
    .map((other) => other.actorId);
  return {
    actor,
    parent: actor.parentId ? (store.get<ActorDoc>("actors", actor.parentId) ?? null) : null,
    children,
    blamesMade: { claims: made.reduce((sum, edge) => sum + edge.claims, 0), against: tally(made, (e) => e.accusedId) },
    blamesReceived: {
      claims: received.reduce((sum, edge) => sum + edge.claims, 0),
      from: tally(received, (e) => e.accuserId),
    },
    speakers,
    claimOutcomes: outcomes,
  };
}

/**
 * Statements in the order they were made, paged by position in that order: the stated-order index
 * is walked a chunk at a time, so a page costs its offset in keys read, never the whole timeline.
 */
export function timelinePage(store: DocStore, offset: number, limit: number, chunk = 500) {
  const total = store.get<{ entries: number }>("timeline-count", "all")?.entries ?? 0;
  const entries: TimelineEntry[] = [];
  let skipped = 0;
  let cursor: string | undefined;
  while (entries.length < limit && skipped + entries.length < total) {
    const batch = store.list<TimelineEntry>("timeline-order", "", {
      ...(cursor === undefined ? {} : { after: cursor }),
      limit: chunk,
    });
    for (const { key, doc } of batch) {
      cursor = key;
      if (skipped < offset) skipped++;
      else if (entries.length < limit) entries.push(doc);
    }
    if (batch.length < chunk) break;
  }
  return { entries, total, next: offset + limit < total ? offset + limit : null };
}
