// The outbox's memory of what it has yet to publish: contiguous batches in seq order, or nothing.
import { describe, expect, it } from "vitest";
import type { StoredEvent } from "../../src/domain/events";
import { RecentEvents } from "../../src/store/recent-events";

const events = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ seq: from + i }) as StoredEvent);
const seqs = (found: StoredEvent[] | undefined) => found?.map((event) => event.seq);

describe("the outbox's recent events", () => {
  it("answers a page after a seq it holds, and nothing for a seq it does not", () => {
    const recent = new RecentEvents();
    recent.keep(events(5, 7));
    recent.keep(events(8, 10));
    expect(seqs(recent.after(4, 3))).toEqual([5, 6, 7]);
    expect(seqs(recent.after(7, 500))).toEqual([8, 9, 10]);
    expect(recent.after(3, 10)).toBeUndefined(); // seq 4 was never kept: read it from the stream
    expect(recent.after(10, 10)).toBeUndefined();
  });

  it("starts again after a gap, and forgets what was published", () => {
    const recent = new RecentEvents();
    recent.keep(events(1, 3));
    recent.keep(events(6, 7)); // 4 and 5 came from elsewhere (a restart, a review): not contiguous
    expect(recent.after(0, 10)).toBeUndefined();
    expect(seqs(recent.after(5, 10))).toEqual([6, 7]);
    recent.publishedBefore(7);
    expect(recent.after(5, 10)).toBeUndefined();
    expect(seqs(recent.after(6, 10))).toEqual([7]);
    recent.publishedBefore(null);
    expect(recent.after(6, 10)).toBeUndefined();
  });

  it("holds at most 10,000 events", () => {
    const recent = new RecentEvents();
    recent.keep(events(1, 9_000));
    recent.keep(events(9_001, 11_000));
    expect(recent.after(0, 10)).toBeUndefined();
    expect(seqs(recent.after(9_000, 2))).toEqual([9_001, 9_002]);
  });
});
