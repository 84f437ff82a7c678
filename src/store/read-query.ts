// The projection reads a dossier answers, as one discriminated request type shared by the
// Worker's routes and the Durable Object, and their evaluation against a DocStore.
import type { GraphOptions } from "../domain/graph/blame-graph";
import type { DocStore } from "../domain/projections/doc-store";
import {
  actorProfile,
  blameGraph,
  type ClaimFilters,
  claimsPage,
  claimThread,
  timelinePage,
} from "../domain/read-models";
import { failure, type Outcome } from "../errors";

export type ReadQuery =
  | { view: "blame-graph"; options: GraphOptions }
  | { view: "claims"; filters: ClaimFilters; after: number; limit: number }
  | { view: "claim"; claimId: string }
  | { view: "actors" }
  | { view: "actor"; actorId: string }
  | { view: "timeline"; offset: number; limit: number };

export interface ReadAnswer<T = unknown> {
  dossierId: string;
  /** The dossier's version when answered. */
  version: number;
  /** When its last event was recorded. */
  updatedAt: string | null;
  /** The seq the view reflects: the version, or the `asOf` point. It is the tree size to prove against. */
  asOfSeq: number;
  treeSize: number;
  result: T;
}

export function evaluate(store: DocStore, query: ReadQuery): Outcome<unknown> {
  switch (query.view) {
    case "blame-graph":
      return { ok: true, value: blameGraph(store, query.options) };
    case "claims":
      return { ok: true, value: claimsPage(store, query.filters, query.after, query.limit) };
    case "claim": {
      const thread = claimThread(store, query.claimId);
      return thread ? { ok: true, value: thread } : failure("not_found", `no claim "${query.claimId}" in this dossier`);
    }
    case "actors":
      return { ok: true, value: { actors: store.list("actors").map((entry) => entry.doc) } };
    case "actor": {
      const profile = actorProfile(store, query.actorId);
      return profile
        ? { ok: true, value: profile }
        : failure("not_found", `no actor "${query.actorId}" in this dossier`);
    }
    case "timeline":
      return { ok: true, value: timelinePage(store, query.offset, query.limit) };
  }
}
