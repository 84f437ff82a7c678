// The timeline: every statement (claim, rebuttal, concession, retraction) as one entry, keyed by
// seq. Readers order it by when it was stated (`sortTimeline`), falling back to the stream order.
import type { StoredEvent } from "../events";
import type { Projection } from "./projection";

export interface TimelineEntry {
  seq: number;
  eventId: string;
  type: StoredEvent["type"];
  claimId: string;
  /** The actor speaking: the claimant, the rebutting or conceding actor. */
  actorId?: string;
  speakerId?: string;
  statedAt?: string;
  recordedAt: string;
  quote?: string;
  summary?: string;
}

export const timelineKey = (seq: number) => String(seq).padStart(12, "0");

function entryOf(event: StoredEvent): TimelineEntry | undefined {
  const base = { seq: event.seq, eventId: event.id, type: event.type, recordedAt: event.recordedAt };
  switch (event.type) {
    case "claim.made": {
      const d = event.data;
      return {
        ...base,
        claimId: d.claimId,
        actorId: d.claimantId,
        speakerId: d.speakerId,
        statedAt: d.statedAt,
        quote: d.quote.text,
        summary: d.allegation,
      };
    }
    case "claim.rebutted":
    case "claim.conceded": {
      const d = event.data;
      return {
        ...base,
        claimId: d.claimId,
        actorId: d.byActorId,
        speakerId: d.speakerId,
        statedAt: d.statedAt,
        quote: d.quote.text,
        summary: d.summary,
      };
    }
    case "claim.retracted": {
      const d = event.data;
      return {
        ...base,
        claimId: d.claimId,
        speakerId: d.speakerId,
        statedAt: d.statedAt,
        quote: d.quote?.text,
        summary: d.reason,
      };
    }
    default:
      return undefined;
  }
}

export const timelineProjection: Projection = {
  name: "timeline",
  version: 1,
  evolve(store, event) {
    const entry = entryOf(event);
    if (!entry) return;
    const clean = Object.fromEntries(
      Object.entries(entry).filter(([, v]) => v !== undefined),
    ) as unknown as TimelineEntry;
    store.put("timeline", timelineKey(event.seq), clean);
  },
};

/** Statements in the order they were made: by statedAt (else recordedAt), then by seq. */
export function sortTimeline(entries: TimelineEntry[]): TimelineEntry[] {
  return [...entries].sort((a, b) => {
    const when = (a.statedAt ?? a.recordedAt).localeCompare(b.statedAt ?? b.recordedAt);
    return when !== 0 ? when : a.seq - b.seq;
  });
}
