// The review queue: every proposal the extractor made, with its status. A proposal is pending until
// an editor accepts or rejects it; one whose quote an editor already recorded by hand (a claim,
// rebuttal or concession from the same source, overlapping its quote) shows as "recorded" instead.
import type { StoredEvent, StoredEventOf } from "../events";
import type { DocStore } from "./doc-store";
import type { Projection } from "./projection";

export const PROPOSAL_STATUSES = ["pending", "accepted", "rejected", "recorded"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

type Created = StoredEventOf<"proposal.created">["data"];

export type ProposalDoc = Created & {
  eventId: string;
  seq: number;
  recordedAt: string;
  status: ProposalStatus;
  /** Who decided, when, and what came of it. */
  decision?: {
    seq: number;
    eventId: string;
    author?: string | undefined;
    recordedAt: string;
    reason?: string;
    eventIds?: string[];
    edits?: Record<string, unknown>;
  };
  /** The claim the statement became (accepted) or was already recorded as (recorded). */
  claimId?: string;
  recordedAs?: { eventId: string; type: string; claimId: string };
};

/** Where a recorded statement's quote stands in its source, so proposals over the same words are found. */
interface StatementSpan {
  eventId: string;
  type: string;
  claimId: string;
  start: number;
  end: number;
}
interface ProposalSpan {
  proposalId: string;
  start: number;
  end: number;
}

const spanKey = (sourceId: string, start: number, id: string) => `${sourceId}/${String(start).padStart(9, "0")}/${id}`;

/** Two quotes are the same statement when they share at least 80% of the shorter one. */
export function sameWords(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap >= 0.8 * Math.min(a.end - a.start, b.end - b.start);
}

/** The claim a recorded statement stands for: the claim made, the counter-claim, or the claim answered. */
function statementSpan(event: StoredEvent): (StatementSpan & { sourceId: string }) | undefined {
  if (event.type !== "claim.made" && event.type !== "claim.rebutted" && event.type !== "claim.conceded") return;
  const { quote, sourceId } = event.data;
  if (quote.start === undefined || quote.end === undefined) return;
  const claimId =
    event.type === "claim.rebutted" ? (event.data.counterClaimId ?? event.data.claimId) : event.data.claimId;
  return { sourceId, eventId: event.id, type: event.type, claimId, start: quote.start, end: quote.end };
}

function markRecorded(store: DocStore, proposalId: string, span: StatementSpan): void {
  const proposal = store.get<ProposalDoc>("proposals", proposalId);
  if (!proposal || proposal.status !== "pending") return;
  store.put<ProposalDoc>("proposals", proposalId, {
    ...proposal,
    status: "recorded",
    claimId: span.claimId,
    recordedAs: { eventId: span.eventId, type: span.type, claimId: span.claimId },
  });
}

function decide(store: DocStore, proposalId: string, changes: Partial<ProposalDoc>): void {
  const proposal = store.get<ProposalDoc>("proposals", proposalId);
  if (!proposal) return;
  store.put<ProposalDoc>("proposals", proposalId, { ...proposal, ...changes });
}

export const proposalsProjection: Projection = {
  name: "proposals",
  version: 1,
  evolve(store, event) {
    switch (event.type) {
      case "proposal.created": {
        const data = (event as StoredEventOf<"proposal.created">).data;
        const { start, end } = data.statement;
        store.put<ProposalDoc>("proposals", data.proposalId, {
          ...data,
          eventId: event.id,
          seq: event.seq,
          recordedAt: event.recordedAt,
          status: "pending",
        });
        store.put<ProposalSpan>("proposal-spans", spanKey(data.sourceId, start, data.proposalId), {
          proposalId: data.proposalId,
          start,
          end,
        });
        const recorded = store
          .list<StatementSpan>("statement-spans", `${data.sourceId}/`)
          .find(({ doc }) => sameWords(doc, { start, end }));
        if (recorded) markRecorded(store, data.proposalId, recorded.doc);
        return;
      }
      case "proposal.accepted": {
        const { proposalId, claimId, eventIds, edits } = (event as StoredEventOf<"proposal.accepted">).data;
        const decision = {
          seq: event.seq,
          eventId: event.id,
          author: event.metadata.author,
          recordedAt: event.recordedAt,
          eventIds,
          ...(edits ? { edits } : {}),
        };
        return decide(store, proposalId, { status: "accepted", claimId, decision });
      }
      case "proposal.rejected": {
        const { proposalId, reason } = (event as StoredEventOf<"proposal.rejected">).data;
        const decision = {
          seq: event.seq,
          eventId: event.id,
          author: event.metadata.author,
          recordedAt: event.recordedAt,
          reason,
        };
        return decide(store, proposalId, { status: "rejected", decision });
      }
      case "source.added":
        // A small marker, so claims from sources without a text (which never have proposals) skip the spans.
        if ((event as StoredEventOf<"source.added">).data.text !== undefined)
          store.put("texted-sources", (event as StoredEventOf<"source.added">).data.sourceId, { seq: event.seq });
        return;
      default: {
        const span = statementSpan(event);
        // Only sources with a text can have proposals; spans of the others are never asked for.
        if (!span || store.get("texted-sources", span.sourceId) === undefined) return;
        const { sourceId, ...doc } = span;
        store.put<StatementSpan>("statement-spans", spanKey(sourceId, span.start, span.eventId), doc);
        for (const { doc: proposal } of store.list<ProposalSpan>("proposal-spans", `${sourceId}/`)) {
          if (sameWords(proposal, span)) markRecorded(store, proposal.proposalId, doc);
        }
      }
    }
  },
};
