// Accepting a proposal: the events it becomes (new actors, then the claim, rebuttal, concession or
// retraction), each with the proposal as its cause, after an editor's optional edits. Pure: the
// caller hands in the proposal and what the dossier knows; the append checks every rule as usual.
import { z } from "zod";
import { StatementCategory } from "../../extract/contract";
import { CameoCode, Category, DateOrDateTime, type NewEvent, Slug } from "../events";
import type { ProposalDoc } from "../projections/proposals";
import type { DossierFacts } from "../rules";
import { newActorId } from "./actor-slug";

/** What an editor may change when accepting. Every field is optional: the proposal gives the rest. */
export const AcceptEdits = z
  .object({
    statementKind: StatementCategory.optional().describe("What the statement is, if the extractor misread it"),
    claimId: Slug.optional().describe("Id of the claim to record (default claim-<proposalId>)"),
    claimantId: Slug.optional().describe("The actor who blames (required when the statement is unattributed)"),
    accusedIds: z.array(Slug).min(1).max(20).optional(),
    speakerId: Slug.nullable().optional().describe("null records no speaker"),
    intermediaryId: Slug.nullable().optional(),
    category: Category.optional().describe("The claim's category (default: the statement kind)"),
    cameo: CameoCode.nullable().optional(),
    allegation: z.string().min(1).max(1_000).optional().describe("What is alleged (default: the quote)"),
    answersClaimId: Slug.optional().describe("The claim a rebuttal, concession or retraction answers"),
    extent: z.enum(["partial", "full"]).optional().describe("For a concession (default partial)"),
    statedAt: DateOrDateTime.optional(),
    context: z.string().max(2_000).optional(),
    actors: z
      .record(z.string(), Slug)
      .optional()
      .describe("Proposal actor refs mapped onto actors the dossier has, instead of new ones"),
  })
  .strict();
export type AcceptEdits = z.infer<typeof AcceptEdits>;

export interface AcceptancePlan {
  claimId: string;
  events: NewEvent[];
}

export interface AcceptanceProblem {
  rule: string;
  field: string;
  message: string;
}

type Plan = { ok: true; plan: AcceptancePlan } | { ok: false; problem: AcceptanceProblem };

const problem = (rule: string, field: string, message: string): Plan => ({
  ok: false,
  problem: { rule, field, message },
});

/**
 * The events that accepting `proposal` appends. `answeredClaim` resolves the claim a proposal answers
 * when that is another proposal (accepted or recorded since): looked up now, however far the dossier moved on.
 */
export function planAcceptance(
  proposal: ProposalDoc,
  edits: AcceptEdits,
  facts: DossierFacts,
  answeredProposal: ProposalDoc | undefined,
): Plan {
  const { statement } = proposal;
  const events: NewEvent[] = [];
  const metadata = { causationId: proposal.eventId, correlationId: `review:${proposal.proposalId}` };
  const nextId = () => `ledger:accept:${proposal.proposalId}:${events.length + 1}`;
  const newActors = new Map<string, string>();

  // Each actor ref becomes an actor id: the editor's mapping, the dossier's actor the extractor
  // resolved, one of the same slug, or a new actor.identified (parents first).
  const resolve = (ref: string | undefined, seen = new Set<string>()): string | undefined => {
    if (ref === undefined) return undefined;
    const mapped = edits.actors?.[ref];
    if (mapped) return mapped;
    const actor = proposal.actors.find((candidate) => candidate.ref === ref);
    if (!actor) return undefined;
    if (actor.actorId && facts.actor(actor.actorId)) return actor.actorId;
    const actorId = newActorId(proposal.proposalId, actor);
    if (facts.actor(actorId) || newActors.has(actorId)) return actorId;
    if (seen.has(ref)) return actorId;
    seen.add(ref);
    const parentId = resolve(actor.parentRef, seen);
    newActors.set(actorId, ref);
    const aliases = [...new Set(actor.aliases.filter((alias) => alias !== actor.name))].slice(0, 50);
    events.push({
      id: nextId(),
      type: "actor.identified",
      schemaVersion: 1,
      data: {
        actorId,
        name: actor.name.slice(0, 200),
        kind: actor.kind,
        ...(aliases.length > 0 ? { aliases: aliases.map((alias) => alias.slice(0, 200)) } : {}),
        ...(parentId && parentId !== actorId ? { parentId } : {}),
        ...(actor.code && /^[A-Z]{3}(?:[A-Z]{3})*$/.test(actor.code) ? { code: actor.code } : {}),
      },
      metadata,
    });
    return actorId;
  };

  const claimantId = edits.claimantId ?? resolve(statement.speaksFor ?? undefined);
  if (!claimantId) {
    return problem(
      "unattributed_statement",
      "claimantId",
      `the text names no one for whom this was said (${statement.attribution}): give the claimantId`,
    );
  }
  const speakerId = edits.speakerId === null ? undefined : (edits.speakerId ?? resolve(statement.speakerRef));
  const intermediaryId =
    edits.intermediaryId === null ? undefined : (edits.intermediaryId ?? resolve(statement.intermediary));
  const targets = statement.targets.flatMap((ref) => resolve(ref) ?? []);
  const kind = edits.statementKind ?? statement.category;
  const answeredClaimId = edits.answersClaimId ?? statement.answersClaimId ?? answeredProposal?.claimId ?? undefined;

  const said = {
    sourceId: proposal.sourceId,
    ...(speakerId && speakerId !== claimantId ? { speakerId } : {}),
    ...(intermediaryId ? { intermediaryId } : {}),
    quote: { text: statement.quote, paragraph: statement.paragraph, start: statement.start, end: statement.end },
    mode: statement.mode,
    ...(edits.statedAt ? { statedAt: edits.statedAt } : {}),
    ...(edits.context ? { context: edits.context } : {}),
  };
  const cameo = edits.cameo === null ? undefined : (edits.cameo ?? statement.cameo);
  const withCameo = cameo && /^\d{3,4}$/.test(cameo) ? { cameo } : {};
  const claimId = edits.claimId ?? `claim-${proposal.proposalId}`;

  const makeClaims = (): Plan | undefined => {
    // Mutual blame ("the two sides blamed each other") is one claim per side.
    const parties = [...new Set([claimantId, ...(edits.accusedIds ?? targets)])];
    const sides = statement.mutual && !edits.accusedIds ? parties : [claimantId];
    for (const [index, side] of sides.entries()) {
      const accusedIds = (edits.accusedIds ?? parties).filter((id) => id !== side);
      if (accusedIds.length === 0) {
        return problem("no_accused", "accusedIds", "the statement blames no one but its claimant: give the accusedIds");
      }
      events.push({
        id: nextId(),
        type: "claim.made",
        schemaVersion: 1,
        data: {
          claimId: index === 0 ? claimId : `${claimId}-${index + 1}`,
          claimantId: side,
          accusedIds,
          category: edits.category ?? kind,
          ...withCameo,
          allegation: (edits.allegation ?? statement.quote).slice(0, 1_000),
          // The speaker spoke for the claimant; the other sides of mutual blame are only reported.
          ...(side === claimantId ? said : { ...withoutSpeaker(said), mode: "reported" as const }),
        },
        metadata,
      });
    }
    return undefined;
  };

  const needsAnswered = (): Plan | undefined => {
    if (answeredClaimId) return undefined;
    if (!answeredProposal)
      return problem("answered_claim_missing", "answersClaimId", `a ${kind} answers a claim: give the answersClaimId`);
    const { proposalId } = answeredProposal;
    return answeredProposal.status === "rejected"
      ? problem(
          "answered_proposal_rejected",
          "answersClaimId",
          `this answers proposal "${proposalId}", which was rejected: give the claim it answers in answersClaimId`,
        )
      : problem(
          "answered_proposal_pending",
          "answersClaimId",
          `this answers proposal "${proposalId}", which is not accepted yet: accept it first, or give answersClaimId`,
        );
  };

  let failed: Plan | undefined;
  let resultClaimId = claimId;
  switch (kind) {
    case "accusation":
    case "threat":
    case "demand":
      failed = makeClaims();
      break;
    case "counter-accusation":
      failed = makeClaims();
      if (!failed && answeredClaimId) {
        events.push({
          id: nextId(),
          type: "claim.rebutted",
          schemaVersion: 1,
          data: {
            claimId: answeredClaimId,
            byActorId: claimantId,
            kind,
            counterClaimId: claimId,
            ...withCameo,
            ...said,
          },
          metadata,
        });
      }
      break;
    case "denial":
    case "justification":
      failed = needsAnswered();
      if (!failed && answeredClaimId) {
        resultClaimId = answeredClaimId;
        events.push({
          id: nextId(),
          type: "claim.rebutted",
          schemaVersion: 1,
          data: { claimId: answeredClaimId, byActorId: claimantId, kind, ...withCameo, ...said },
          metadata,
        });
      }
      break;
    case "concession":
      failed = needsAnswered();
      if (!failed && answeredClaimId) {
        resultClaimId = answeredClaimId;
        events.push({
          id: nextId(),
          type: "claim.conceded",
          schemaVersion: 1,
          data: {
            claimId: answeredClaimId,
            byActorId: claimantId,
            extent: edits.extent ?? "partial",
            ...withCameo,
            ...said,
          },
          metadata,
        });
      }
      break;
    case "retraction":
      failed = needsAnswered();
      if (!failed && answeredClaimId) {
        resultClaimId = answeredClaimId;
        const { sourceId, quote } = said;
        events.push({
          id: nextId(),
          type: "claim.retracted",
          schemaVersion: 1,
          data: {
            claimId: answeredClaimId,
            sourceId,
            quote,
            ...(said.speakerId ? { speakerId: said.speakerId } : {}),
            ...(said.statedAt ? { statedAt: said.statedAt } : {}),
          },
          metadata,
        });
      }
      break;
  }
  if (failed) return failed;

  const editsGiven = Object.keys(edits).length > 0;
  const accepted: NewEvent = {
    id: `ledger:accept:${proposal.proposalId}:0`,
    type: "proposal.accepted",
    schemaVersion: 1,
    data: {
      proposalId: proposal.proposalId,
      claimId: resultClaimId,
      eventIds: events.map((event) => event.id),
      ...(editsGiven ? { edits } : {}),
    },
    metadata,
  };
  // The decision first: the events it caused follow it in the same atomic batch.
  return { ok: true, plan: { claimId: resultClaimId, events: [accepted, ...events] } };
}

function withoutSpeaker<T extends { speakerId?: string }>(said: T): Omit<T, "speakerId"> {
  const { speakerId: _speaker, ...rest } = said;
  return rest;
}
