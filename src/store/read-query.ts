// The projection reads a dossier answers, as one discriminated request type shared by the
// Worker's routes and the Durable Object, and their evaluation against a DocStore.
import type { GraphOptions } from "../domain/graph/blame-graph";
import type { DocStore } from "../domain/projections/doc-store";
import type { ProposalStatus } from "../domain/projections/proposals";
import type { SourceDoc } from "../domain/projections/sources";
import {
  actorProfile,
  blameGraph,
  type ClaimFilters,
  claimsPage,
  claimThread,
  timelinePage,
} from "../domain/read-models";
import { proposalById, proposalsPage } from "../domain/review/queue";
import { failure, type Outcome } from "../errors";

export type ReadQuery =
  | { view: "blame-graph"; options: GraphOptions }
  | { view: "claims"; filters: ClaimFilters; after: number; limit: number }
  | { view: "claim"; claimId: string }
  | { view: "actors" }
  | { view: "actor"; actorId: string }
  | { view: "timeline"; offset: number; limit: number }
  | {
      view: "proposals";
      status?: ProposalStatus | undefined;
      sourceId?: string | undefined;
      after: number;
      limit: number;
    }
  | { view: "proposal"; proposalId: string }
  | { view: "sources" }
  | { view: "source"; sourceId: string };

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
    case "sources":
      // The list leaves the texts out: a source's text is read one source at a time.
      return {
        ok: true,
        value: {
          sources: store.list<SourceDoc>("sources").map(({ doc: { text, ...source } }) => ({
            ...source,
            textLength: text?.length ?? null,
          })),
        },
      };
    case "source": {
      const source = store.get<SourceDoc>("sources", query.sourceId);
      return source
        ? { ok: true, value: { source } }
        : failure("not_found", `no source "${query.sourceId}" in this dossier`);
    }
    case "proposals":
      return { ok: true, value: proposalsPage(store, query, query.after, query.limit) };
    case "proposal": {
      const proposal = proposalById(store, query.proposalId);
      return proposal
        ? { ok: true, value: { proposal } }
        : failure("not_found", `no proposal "${query.proposalId}" in this dossier`);
    }
  }
}
