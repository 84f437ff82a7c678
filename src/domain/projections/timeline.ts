// The timeline: every statement (claim, rebuttal, concession, retraction) as one entry, keyed by
// seq, and an index of the same entries keyed in the order they were stated (statedAt, else when
// recorded, then seq), with a count, so a page of a large dossier's timeline reads only that page.
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

/**
 * Key of an entry in stated order. The space sorts below every character of an ISO date, so a day
 * ("2016-09-28") comes before the times within it, as `sortTimeline` orders them.
 */
export const statedOrderKey = (entry: { statedAt?: string | undefined; recordedAt: string; seq: number }) =>
  `${entry.statedAt ?? entry.recordedAt} ${timelineKey(entry.seq)}`;

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
  version: 2,
  evolve(store, event) {
    const entry = entryOf(event);
    if (!entry) return;
    const clean = Object.fromEntries(
      Object.entries(entry).filter(([, v]) => v !== undefined),
    ) as unknown as TimelineEntry;
    store.put("timeline", timelineKey(event.seq), clean);
    store.put("timeline-order", statedOrderKey(clean), clean);
    const count = store.get<{ entries: number }>("timeline-count", "all")?.entries ?? 0;
    store.put("timeline-count", "all", { entries: count + 1 });
  },
};

/** Statements in the order they were made: by statedAt (else recordedAt), then by seq. */
export function sortTimeline(entries: TimelineEntry[]): TimelineEntry[] {
  return [...entries].sort((a, b) => {
    const when = (a.statedAt ?? a.recordedAt).localeCompare(b.statedAt ?? b.recordedAt);
    return when !== 0 ? when : a.seq - b.seq;
  });
}
