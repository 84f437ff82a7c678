// Claim threads: each claim as currently corrected, its answers in stream order (rebuttals,
// concessions, a retraction, corrections with what they changed), the counter-accusation links
// both ways, and a status derived from the answers.
import type { StoredEvent, StoredEventOf } from "../events";
import type { Projection } from "./projection";

export type ClaimStatus = "unanswered" | "disputed" | "conceded" | "retracted";

type Statement = StoredEventOf<"claim.made">["data"];

export interface ClaimAnswer {
  kind: "rebuttal" | "concession" | "retraction" | "correction";
  eventId: string;
  seq: number;
  recordedAt: string;
  byActorId?: string;
  rebuttalKind?: "denial" | "justification" | "counter-accusation";
  counterClaimId?: string;
  extent?: "partial" | "full";
  speakerId?: string;
  intermediaryId?: string;
  sourceId?: string;
  quote?: Statement["quote"];
  mode?: Statement["mode"];
  statedAt?: string;
  summary?: string;
  /** For a correction: each changed field's value before and after. */
  changes?: Record<string, { from: unknown; to: unknown }>;
}

export type ClaimDoc = Statement & {
  madeAtSeq: number;
  madeEventId: string;
  recordedAt: string;
  status: ClaimStatus;
  answers: ClaimAnswer[];
  rebuttalCount: number;
  concessionCount: number;
  /** Set when this claim is a counter-accusation: the claim it answers. */
  answersClaimId?: string;
};

export function deriveStatus(answers: ClaimAnswer[]): ClaimStatus {
  if (answers.some((answer) => answer.kind === "retraction")) return "retracted";
  if (answers.some((answer) => answer.kind === "concession")) return "conceded";
  if (answers.some((answer) => answer.kind === "rebuttal")) return "disputed";
  return "unanswered";
}

/** When a claim was stated, for ordering and edge dates: its statedAt, else when it was recorded. */
export const statedWhen = (claim: { statedAt?: string | undefined; recordedAt: string }) =>
  claim.statedAt ?? claim.recordedAt;

function withAnswer(claim: ClaimDoc, answer: ClaimAnswer): ClaimDoc {
  const answers = [...claim.answers, answer];
  return {
    ...claim,
    answers,
    status: deriveStatus(answers),
    rebuttalCount: answers.filter((a) => a.kind === "rebuttal").length,
    concessionCount: answers.filter((a) => a.kind === "concession").length,
  };
}

function defined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** What a rebuttal and a concession both record of the statement that answers. */
function answeredStatement(d: StoredEventOf<"claim.rebutted" | "claim.conceded">["data"]) {
  return {
    byActorId: d.byActorId,
    speakerId: d.speakerId,
    intermediaryId: d.intermediaryId,
    sourceId: d.sourceId,
    quote: d.quote,
    mode: d.mode,
    statedAt: d.statedAt,
    summary: d.summary,
  };
}

/** The claim an event concerns, after it: pure, shared by the claims and blame-edge projections. */
export function claimAfter(before: ClaimDoc | undefined, event: StoredEvent): ClaimDoc | undefined {
  const base = { eventId: event.id, seq: event.seq, recordedAt: event.recordedAt };
  switch (event.type) {
    case "claim.made":
      return {
        ...event.data,
        madeAtSeq: event.seq,
        madeEventId: event.id,
        recordedAt: event.recordedAt,
        status: "unanswered",
        answers: [],
        rebuttalCount: 0,
        concessionCount: 0,
      };
    case "claim.rebutted": {
      if (!before) return undefined;
      const d = event.data;
      return withAnswer(
        before,
        defined({
          ...base,
          ...answeredStatement(d),
          kind: "rebuttal" as const,
          rebuttalKind: d.kind,
          counterClaimId: d.counterClaimId,
        }),
      );
    }
    case "claim.conceded": {
      if (!before) return undefined;
      const d = event.data;
      return withAnswer(
        before,
        defined({
          ...base,
          ...answeredStatement(d),
          kind: "concession" as const,
          extent: d.extent,
        }),
      );
    }
    case "claim.retracted": {
      if (!before) return undefined;
      const d = event.data;
      return withAnswer(
        before,
        defined({
          ...base,
          kind: "retraction" as const,
          byActorId: before.claimantId,
          speakerId: d.speakerId,
          sourceId: d.sourceId,
          quote: d.quote,
          statedAt: d.statedAt,
          summary: d.reason,
        }),
      );
    }
    case "claim.corrected": {
      if (!before) return undefined;
      const { changes, reason } = event.data;
      const diff: Record<string, { from: unknown; to: unknown }> = {};
      for (const [field, to] of Object.entries(changes)) {
        diff[field] = { from: (before as Record<string, unknown>)[field] ?? null, to };
      }
      return withAnswer({ ...before, ...changes } as ClaimDoc, {
        ...base,
        kind: "correction",
        summary: reason,
        changes: diff,
      });
    }
    default:
      return undefined;
  }
}

/** The claim id an event concerns, if it concerns one. */
export function claimIdOf(event: StoredEvent): string | undefined {
  switch (event.type) {
    case "claim.made":
    case "claim.rebutted":
    case "claim.conceded":
    case "claim.retracted":
    case "claim.corrected":
      return event.data.claimId;
    default:
      return undefined;
  }
}

export const claimsProjection: Projection = {
  name: "claims",
  version: 1,
  evolve(store, event) {
    const claimId = claimIdOf(event);
    if (claimId === undefined) return;
    const after = claimAfter(store.get<ClaimDoc>("claims", claimId), event);
    if (!after) return;
    store.put("claims", claimId, after);
    // A counter-accusation links both ways: the counter-claim says which claim it answers.
    if (event.type === "claim.rebutted" && event.data.counterClaimId) {
      const counter = store.get<ClaimDoc>("claims", event.data.counterClaimId);
      if (counter) store.put("claims", counter.claimId, { ...counter, answersClaimId: claimId });
    }
  },
};
