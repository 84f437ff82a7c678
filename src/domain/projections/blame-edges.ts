// The blame graph's edges at the actors' own level: one small document per accuser → accused pair
// (counts by status and category, first and latest dates), and one row per claim on the edge in
// "edge-claims", so a busy edge never rewrites a growing list. Runs before the claims projection
// so it sees each claim before and after the event.

import { type ClaimDoc, type ClaimStatus, claimAfter, claimIdOf, statedWhen } from "./claims";
import type { DocStore } from "./doc-store";
import type { Projection } from "./projection";

export type StatusCounts = Record<ClaimStatus, number>;
export type CategoryCounts = { claims: number } & StatusCounts;

export interface BlameEdgeDoc {
  accuserId: string;
  accusedId: string;
  claims: number;
  byStatus: StatusCounts;
  byCategory: Record<string, CategoryCounts>;
  firstStatedAt: string;
  latestStatedAt: string;
  firstSeq: number;
  latestSeq: number;
}

/** A claim on an edge: keyed `${edgeKey}|${claimId}`, holding what filters need. */
export interface EdgeClaimDoc {
  claimId: string;
  category: string;
}

export const edgeKey = (accuserId: string, accusedId: string) => `${accuserId}>${accusedId}`;
export const edgeClaimKey = (edge: string, claimId: string) => `${edge}|${claimId}`;

export const emptyStatusCounts = (): StatusCounts => ({ unanswered: 0, disputed: 0, conceded: 0, retracted: 0 });

function count(edge: BlameEdgeDoc, claim: ClaimDoc, sign: 1 | -1): void {
  edge.claims += sign;
  edge.byStatus[claim.status] += sign;
  const category = edge.byCategory[claim.category] ?? { claims: 0, ...emptyStatusCounts() };
  category.claims += sign;
  category[claim.status] += sign;
  edge.byCategory[claim.category] = category;
}

/** Drop category buckets left empty once an event's removals and additions are both counted. */
function pruneCategories(edge: BlameEdgeDoc): void {
  for (const [category, counts] of Object.entries(edge.byCategory)) {
    if (counts.claims === 0) delete edge.byCategory[category];
  }
}

/** Recount an edge's span from its claims; `current` is the claim as this event leaves it. */
function recomputeDates(store: DocStore, edge: BlameEdgeDoc, key: string, current: ClaimDoc): void {
  const claims = store
    .list<EdgeClaimDoc>("edge-claims", `${key}|`)
    .map(({ doc }) => (doc.claimId === current.claimId ? current : store.get<ClaimDoc>("claims", doc.claimId)))
    .filter((claim): claim is ClaimDoc => claim !== undefined);
  const whens = claims.map(statedWhen).sort();
  edge.firstStatedAt = whens[0] ?? "";
  edge.latestStatedAt = whens[whens.length - 1] ?? "";
  edge.firstSeq = Math.min(...claims.map((claim) => claim.madeAtSeq));
  edge.latestSeq = Math.max(...claims.map((claim) => claim.madeAtSeq));
}

const sameMembership = (a: ClaimDoc, b: ClaimDoc) =>
  a.claimantId === b.claimantId &&
  a.category === b.category &&
  a.accusedIds.join("\u0000") === b.accusedIds.join("\u0000");

function edgesOf(claim: ClaimDoc): string[] {
  return claim.accusedIds.map((accusedId) => edgeKey(claim.claimantId, accusedId));
}

function loadEdge(store: DocStore, claim: ClaimDoc, accusedId: string): BlameEdgeDoc {
  return (
    store.get<BlameEdgeDoc>("edges", edgeKey(claim.claimantId, accusedId)) ?? {
      accuserId: claim.claimantId,
      accusedId,
      claims: 0,
      byStatus: emptyStatusCounts(),
      byCategory: {},
      firstStatedAt: statedWhen(claim),
      latestStatedAt: statedWhen(claim),
      firstSeq: claim.madeAtSeq,
      latestSeq: claim.madeAtSeq,
    }
  );
}

export const blameEdgesProjection: Projection = {
  name: "blame-edges",
  version: 2,
  evolve(store, event) {
    const claimId = claimIdOf(event);
    if (claimId === undefined) return;
    const before = store.get<ClaimDoc>("claims", claimId);
    const after = claimAfter(before, event);
    if (!after) return;
    const moves = !before || !sameMembership(before, after);
    const touched = new Map<string, BlameEdgeDoc>();
    const edge = (claim: ClaimDoc, accusedId: string) => {
      const key = edgeKey(claim.claimantId, accusedId);
      let doc = touched.get(key);
      if (!doc) {
        doc = loadEdge(store, claim, accusedId);
        touched.set(key, doc);
      }
      return doc;
    };

    if (before) {
      for (const accusedId of before.accusedIds) count(edge(before, accusedId), before, -1);
      if (moves) for (const key of edgesOf(before)) store.delete("edge-claims", edgeClaimKey(key, claimId));
    }
    for (const accusedId of after.accusedIds) {
      const doc = edge(after, accusedId);
      count(doc, after, 1);
      if (moves) {
        const when = statedWhen(after);
        if (when < doc.firstStatedAt) doc.firstStatedAt = when;
        if (when > doc.latestStatedAt) doc.latestStatedAt = when;
        doc.firstSeq = Math.min(doc.firstSeq, after.madeAtSeq);
        doc.latestSeq = Math.max(doc.latestSeq, after.madeAtSeq);
      }
    }
    if (moves) {
      for (const key of edgesOf(after)) {
        store.put<EdgeClaimDoc>("edge-claims", edgeClaimKey(key, claimId), { claimId, category: after.category });
      }
    }

    const datesChanged = before !== undefined && statedWhen(before) !== statedWhen(after);
    for (const [key, doc] of touched) {
      pruneCategories(doc);
      if (doc.claims === 0) {
        store.delete("edges", key);
        continue;
      }
      // A claim that left, or a corrected date, can move an edge's span: recount it from its claims.
      if ((before && moves) || datesChanged) recomputeDates(store, doc, key, after);
      store.put("edges", key, doc);
    }
  },
};
