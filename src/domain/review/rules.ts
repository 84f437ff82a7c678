// The rules of the review queue: a proposal comes from a source in the dossier, once; an editor
// decides a proposal once (accepted, or rejected; a proposal already recorded by hand may be rejected).
import type { NewEvent } from "../events";
import type { DossierFacts, RuleViolation } from "../rules";

type ReviewEvent = Extract<NewEvent, { type: "proposal.created" | "proposal.accepted" | "proposal.rejected" }>;

const violation = (rule: string, pointer: string, message: string): RuleViolation => ({ rule, pointer, message });

export function checkReviewEvent(facts: DossierFacts, event: ReviewEvent): RuleViolation | undefined {
  const { proposalId } = event.data;
  const proposal = facts.proposal(proposalId);
  switch (event.type) {
    case "proposal.created":
      if (proposal) return violation("proposal_exists", "/data/proposalId", `proposal "${proposalId}" exists`);
      return facts.source(event.data.sourceId)
        ? undefined
        : violation("unknown_source", "/data/sourceId", `source "${event.data.sourceId}" is not in this dossier`);
    case "proposal.accepted":
      if (!proposal) return violation("unknown_proposal", "/data/proposalId", `no proposal "${proposalId}"`);
      return proposal.status === "pending"
        ? undefined
        : violation("proposal_decided", "/data/proposalId", `proposal "${proposalId}" is already ${proposal.status}`);
    case "proposal.rejected":
      if (!proposal) return violation("unknown_proposal", "/data/proposalId", `no proposal "${proposalId}"`);
      return proposal.status === "pending" || proposal.status === "recorded"
        ? undefined
        : violation("proposal_decided", "/data/proposalId", `proposal "${proposalId}" is already ${proposal.status}`);
  }
}
