// An editor's decision on a proposal, as the events to append, or as the answer already given:
// deciding twice the same way stores nothing twice; deciding otherwise is a conflict. Pure.
import type { ErrorBody } from "../../errors";
import { canonicalJson } from "../../proof/jcs";
import { type EventType, eventCatalogue, type NewEvent } from "../events";
import type { ProposalDoc } from "../projections/proposals";
import type { DossierFacts } from "../rules";
import { type AcceptEdits, planAcceptance } from "./acceptance";

export type ReviewDecision = { accept: AcceptEdits } | { reject: { reason: string } };

export type ReviewPlan =
  | { kind: "append"; claimId?: string; events: NewEvent[] }
  | { kind: "replay"; proposal: ProposalDoc }
  | { kind: "refused"; code: "proposal_decided" | "rule_violation"; message: string; details: Record<string, unknown> };

/** The same edits, whatever order their keys were sent in (RFC 8785 canonical JSON). */
const sameJson = (a: unknown, b: unknown) => canonicalJson(a ?? {}) === canonicalJson(b ?? {});

export function planReview(
  proposal: ProposalDoc,
  decision: ReviewDecision,
  facts: DossierFacts,
  proposalById: (proposalId: string) => ProposalDoc | undefined,
): ReviewPlan {
  const wanted = "accept" in decision ? "accepted" : "rejected";
  const decided = proposal.status === "accepted" || proposal.status === "rejected";
  if (decided) {
    const same =
      proposal.status === wanted &&
      ("accept" in decision
        ? sameJson(Object.keys(decision.accept).length > 0 ? decision.accept : undefined, proposal.decision?.edits)
        : decision.reject.reason === proposal.decision?.reason);
    if (same) return { kind: "replay", proposal };
    return {
      kind: "refused",
      code: "proposal_decided",
      message: `proposal "${proposal.proposalId}" was already ${proposal.status}${
        proposal.status === wanted ? " with other edits; record a correction instead" : ""
      }`,
      details: { proposalId: proposal.proposalId, status: proposal.status, decidedAtSeq: proposal.decision?.seq },
    };
  }
  if ("reject" in decision) {
    return {
      kind: "append",
      events: [
        {
          id: `ledger:reject:${proposal.proposalId}`,
          type: "proposal.rejected",
          schemaVersion: 1,
          data: { proposalId: proposal.proposalId, reason: decision.reject.reason },
          metadata: { causationId: proposal.eventId, correlationId: `review:${proposal.proposalId}` },
        },
      ],
    };
  }
  if (proposal.status === "recorded") {
    return {
      kind: "refused",
      code: "proposal_decided",
      message: `proposal "${proposal.proposalId}" is already recorded as claim "${proposal.claimId}"; reject it to clear it`,
      details: { proposalId: proposal.proposalId, status: proposal.status, recordedAs: proposal.recordedAs },
    };
  }
  const answered = proposal.answersProposalId ? proposalById(proposal.answersProposalId) : undefined;
  const planned = planAcceptance(proposal, decision.accept, facts, answered);
  if (!planned.ok) {
    const { rule, field, message } = planned.problem;
    return { kind: "refused", code: "rule_violation", message, details: { rule, pointer: `/${field}` } };
  }
  // The planned events are checked like any client's: a bad edit is a 422, never a stored surprise.
  for (const [index, event] of planned.plan.events.entries()) {
    const parsed = eventCatalogue[event.type as EventType].data.safeParse(event.data);
    if (!parsed.success) {
      return {
        kind: "refused",
        code: "rule_violation",
        message: `accepting would record an invalid ${event.type}`,
        details: {
          rule: "invalid_acceptance",
          plannedEvent: index,
          issues: parsed.error.issues
            .slice(0, 5)
            .map((issue) => ({ path: issue.path.join("/"), message: issue.message })),
        },
      };
    }
  }
  return { kind: "append", claimId: planned.plan.claimId, events: planned.plan.events };
}

/** Where a field of a planned event comes from in the accept request's edits. */
const editFieldOf: Record<string, string> = {
  claimantId: "claimantId",
  byActorId: "claimantId",
  accusedIds: "accusedIds",
  speakerId: "speakerId",
  intermediaryId: "intermediaryId",
  claimId: "claimId",
  category: "category",
  cameo: "cameo",
  allegation: "allegation",
  statedAt: "statedAt",
  parentId: "actors",
  actorId: "actors",
};

/**
 * A rule the planned events broke, told as the accept request's field: `/events/2/data/claimantId`
 * means nothing to an editor who sent `{ "claimantId": ... }`. The planned event is named alongside.
 */
export function inTermsOfEdits(error: ErrorBody, events: NewEvent[]): ErrorBody {
  const pointer = typeof error.details?.pointer === "string" ? error.details.pointer : undefined;
  const match = pointer?.match(/^\/events\/(\d+)\/data\/([^/]+)/);
  if (!match) return error;
  const event = events[Number(match[1])];
  const dataField = match[2] as string;
  const answersAClaim = event?.type !== "claim.made" && event?.type !== "actor.identified" && dataField === "claimId";
  const field = answersAClaim ? "answersClaimId" : (editFieldOf[dataField] ?? dataField);
  return {
    ...error,
    details: { ...error.details, pointer: `/${field}`, plannedEvent: { type: event?.type, pointer } },
  };
}
