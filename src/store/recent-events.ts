// The events a dossier stored since its outbox last published, in seq order, so that the outbox
// sends them to the hub without reading them back from SQLite. Bounded: past the limit, or after a
// restart, the outbox reads them from the stream as before.
import type { StoredEvent } from "../domain/events";

/** Events kept at most (about 5 MB of events). */
const MAX_RECENT = 10_000;

export class RecentEvents {
  private events: StoredEvent[] = [];

  /** Keep a batch just stored; a gap (or the limit) starts the memory again. */
  keep(batch: StoredEvent[]): void {
    const last = this.events[this.events.length - 1];
    const contiguous = !last || batch[0]?.seq === last.seq + 1;
    if (!contiguous || this.events.length + batch.length > MAX_RECENT) this.events = [];
    if (batch.length <= MAX_RECENT) for (const event of batch) this.events.push(event);
  }

  /** Up to `limit` events after `after`, if the memory holds the next one; else undefined. */
  after(after: number, limit: number): StoredEvent[] | undefined {
    const first = this.events[0];
    const last = this.events[this.events.length - 1];
    if (!first || !last || first.seq > after + 1 || last.seq <= after) return undefined;
    const start = after + 1 - first.seq;
    return this.events.slice(start, start + limit);
  }

  /** Forget what has been published: keep events from `oldest` on (null: all published). */
  publishedBefore(oldest: number | null): void {
    this.events = oldest === null ? [] : this.events.filter((event) => event.seq >= oldest);
  }
}
