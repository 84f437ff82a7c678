// The blame graph's edges at the actors' own level: one document per accuser → accused pair,
// with counts by status and by category, first and latest dates, and the claim ids behind it.
// Runs before the claims projection so it sees each claim before and after the event.

import { type ClaimDoc, type ClaimStatus, claimAfter, claimIdOf, statedWhen } from "./claims";
import type { DocStore } from "./doc-store";
import type { Projection } from "./projection";

export type StatusCounts = Record<ClaimStatus, number>;

export interface BlameEdgeDoc {
  accuserId: string;
  accusedId: string;
  claims: number;
  byStatus: StatusCounts;
  /** Per category: its counts and its claim ids, so a category filter keeps exactly its claims. */
  byCategory: Record<string, CategoryCounts>;
  firstStatedAt: string;
  latestStatedAt: string;
  firstSeq: number;
  latestSeq: number;
  claimIds: string[];
}

export type CategoryCounts = { claims: number; claimIds: string[] } & StatusCounts;

export const edgeKey = (accuserId: string, accusedId: string) => `${accuserId}>${accusedId}`;

export const emptyStatusCounts = (): StatusCounts => ({ unanswered: 0, disputed: 0, conceded: 0, retracted: 0 });

function addTo(edge: BlameEdgeDoc, claim: ClaimDoc, sign: 1 | -1, membershipChanges: boolean): void {
  edge.claims += sign;
  edge.byStatus[claim.status] += sign;
  const category = edge.byCategory[claim.category] ?? { claims: 0, claimIds: [], ...emptyStatusCounts() };
  category.claims += sign;
  category[claim.status] += sign;
  if (membershipChanges) {
    category.claimIds =
      sign === 1 ? [...category.claimIds, claim.claimId] : category.claimIds.filter((id) => id !== claim.claimId);
  }
  // A status change passes through zero (remove, then add back): only an empty bucket goes.
  if (category.claims === 0 && category.claimIds.length === 0) delete edge.byCategory[claim.category];
  else edge.byCategory[claim.category] = category;
}

function recomputeDates(store: DocStore, edge: BlameEdgeDoc, replaced: ClaimDoc | undefined): void {
  const claims = edge.claimIds
    .map((id) => (replaced && id === replaced.claimId ? replaced : store.get<ClaimDoc>("claims", id)))
    .filter((claim): claim is ClaimDoc => claim !== undefined);
  const whens = claims.map(statedWhen).sort();
  const seqs = claims.map((claim) => claim.madeAtSeq);
  edge.firstStatedAt = whens[0] ?? "";
  edge.latestStatedAt = whens[whens.length - 1] ?? "";
  edge.firstSeq = Math.min(...seqs);
  edge.latestSeq = Math.max(...seqs);
}

function contribute(store: DocStore, claim: ClaimDoc, sign: 1 | -1, membershipChanges: boolean): void {
  for (const accusedId of claim.accusedIds) {
    const key = edgeKey(claim.claimantId, accusedId);
    const edge: BlameEdgeDoc = store.get<BlameEdgeDoc>("edges", key) ?? {
      accuserId: claim.claimantId,
      accusedId,
      claims: 0,
      byStatus: emptyStatusCounts(),
      byCategory: {},
      firstStatedAt: statedWhen(claim),
      latestStatedAt: statedWhen(claim),
      firstSeq: claim.madeAtSeq,
      latestSeq: claim.madeAtSeq,
      claimIds: [],
    };
    addTo(edge, claim, sign, membershipChanges);
    if (membershipChanges) {
      if (sign === 1) {
        edge.claimIds = [...edge.claimIds, claim.claimId];
        const when = statedWhen(claim);
        if (when < edge.firstStatedAt) edge.firstStatedAt = when;
        if (when > edge.latestStatedAt) edge.latestStatedAt = when;
        edge.firstSeq = Math.min(edge.firstSeq, claim.madeAtSeq);
        edge.latestSeq = Math.max(edge.latestSeq, claim.madeAtSeq);
      } else {
        edge.claimIds = edge.claimIds.filter((id) => id !== claim.claimId);
        if (edge.claims > 0) recomputeDates(store, edge, undefined);
      }
    }
    if (edge.claims === 0 && edge.claimIds.length === 0) store.delete("edges", key);
    else store.put("edges", key, edge);
  }
}

/** Whether a claim stays in the same edges and categories: if not, its ids move. */
const sameEdges = (a: ClaimDoc, b: ClaimDoc) =>
  a.claimantId === b.claimantId &&
  a.category === b.category &&
  a.accusedIds.join("\u0000") === b.accusedIds.join("\u0000");

export const blameEdgesProjection: Projection = {
  name: "blame-edges",
  version: 1,
  evolve(store, event) {
    const claimId = claimIdOf(event);
    if (claimId === undefined) return;
    const before = store.get<ClaimDoc>("claims", claimId);
    const after = claimAfter(before, event);
    if (!after) return;
    if (!before) {
      contribute(store, after, 1, true);
      return;
    }
    const moved = !sameEdges(before, after);
    contribute(store, before, -1, moved);
    contribute(store, after, 1, moved);
    // A corrected date changes the edge's span without moving the claim.
    if (!moved && statedWhen(before) !== statedWhen(after)) {
      for (const accusedId of after.accusedIds) {
        const edge = store.get<BlameEdgeDoc>("edges", edgeKey(after.claimantId, accusedId));
        if (!edge) continue;
        recomputeDates(store, edge, after);
        store.put("edges", edgeKey(after.claimantId, accusedId), edge);
      }
    }
  },
};
