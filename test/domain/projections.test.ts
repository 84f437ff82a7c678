// The projections alone, over an in-memory store: given these events, then these documents.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { StoredEvent } from "../../src/domain/events";
import type { BlameEdgeDoc, EdgeClaimDoc } from "../../src/domain/projections/blame-edges";
import type { ClaimDoc } from "../../src/domain/projections/claims";
import { MemoryDocStore } from "../../src/domain/projections/doc-store";
import { applyEvent } from "../../src/domain/projections/index";
import { sortTimeline, type TimelineEntry } from "../../src/domain/projections/timeline";
import { blameGraph, claimsPage, timelinePage } from "../../src/domain/read-models";

let seq = 0;
function stored(type: string, data: Record<string, unknown>): StoredEvent {
  seq += 1;
  return {
    id: `e${seq}`,
    type,
    schemaVersion: 1,
    seq,
    recordedAt: `2026-01-01T00:00:${String(seq % 60).padStart(2, "0")}.000Z`,
    dossierId: "d",
    data,
    metadata: {},
  } as StoredEvent;
}

const quote = { text: "q", paragraph: 1 };
const actor = (actorId: string, kind = "state", parentId?: string) =>
  stored("actor.identified", { actorId, name: actorId, kind, ...(parentId ? { parentId } : {}) });
const claim = (claimId: string, claimantId: string, accusedIds: string[], category = "c") =>
  stored("claim.made", {
    claimId,
    claimantId,
    accusedIds,
    category,
    allegation: "a",
    sourceId: "s",
    quote,
    mode: "direct",
  });
const rebut = (claimId: string, byActorId: string) =>
  stored("claim.rebutted", { claimId, byActorId, kind: "denial", sourceId: "s", quote, mode: "direct" });

function given(events: StoredEvent[]): MemoryDocStore {
  const store = new MemoryDocStore();
  for (const event of events) applyEvent(store, event);
  return store;
}

const edgeOf = (store: MemoryDocStore, key: string) => {
  const edge = store.get<BlameEdgeDoc>("edges", key);
  if (!edge) return undefined;
  const claimIds = store.list<EdgeClaimDoc>("edge-claims", `${key}|`).map(({ doc }) => doc.claimId);
  return { ...edge, claimIds };
};

describe("projections", () => {
  it("keeps a single-claim edge whole when its claim is rebutted", () => {
    const store = given([actor("a"), actor("b"), claim("c1", "a", ["b"]), rebut("c1", "b")]);
    expect(edgeOf(store, "a>b")).toMatchObject({
      claims: 1,
      claimIds: ["c1"],
      byStatus: { disputed: 1, unanswered: 0 },
    });
    expect(edgeOf(store, "a>b")?.byCategory.c).toEqual({
      claims: 1,
      unanswered: 0,
      disputed: 1,
      conceded: 0,
      retracted: 0,
    });
  });

  it("derives status: retracted over conceded over disputed", () => {
    const store = given([
      actor("a"),
      actor("b"),
      claim("c1", "a", ["b"]),
      rebut("c1", "b"),
      stored("claim.conceded", {
        claimId: "c1",
        byActorId: "b",
        extent: "partial",
        sourceId: "s",
        quote,
        mode: "direct",
      }),
    ]);
    expect(store.get<ClaimDoc>("claims", "c1")?.status).toBe("conceded");
    applyEvent(store, stored("claim.retracted", { claimId: "c1", reason: "withdrawn" }));
    expect(store.get<ClaimDoc>("claims", "c1")).toMatchObject({
      status: "retracted",
      rebuttalCount: 1,
      concessionCount: 1,
    });
    expect(edgeOf(store, "a>b")?.byStatus).toEqual({ unanswered: 0, disputed: 0, conceded: 0, retracted: 1 });
  });

  it("moves a corrected claim to its new edge and keeps the history of the correction", () => {
    const store = given([actor("a"), actor("b"), actor("x"), claim("c1", "a", ["b"]), claim("c2", "a", ["b"])]);
    applyEvent(
      store,
      stored("claim.corrected", { claimId: "c1", reason: "misattributed", changes: { claimantId: "x" } }),
    );
    expect(edgeOf(store, "a>b")).toMatchObject({ claims: 1, claimIds: ["c2"] });
    expect(edgeOf(store, "x>b")).toMatchObject({ claims: 1, claimIds: ["c1"] });
    const corrected = store.get<ClaimDoc>("claims", "c1");
    expect(corrected?.claimantId).toBe("x");
    expect(corrected?.answers.at(-1)).toMatchObject({
      kind: "correction",
      changes: { claimantId: { from: "a", to: "x" } },
    });
    applyEvent(
      store,
      stored("claim.corrected", { claimId: "c2", reason: "misattributed", changes: { claimantId: "x" } }),
    );
    expect(edgeOf(store, "a>b")).toBeUndefined();
  });

  it("rolls a person under an agency under a state up to the state", () => {
    const store = given([
      actor("us"),
      actor("state-dept", "organisation", "us"),
      actor("kirby", "person", "state-dept"),
      actor("ru"),
      claim("c1", "kirby", ["ru"]),
      claim("c2", "us", ["ru"]),
    ]);
    const graph = blameGraph(store, { rollup: "state" });
    expect(graph.edges).toEqual([
      expect.objectContaining({ source: "us", target: "ru", claims: 2, claimIds: ["c1", "c2"] }),
    ]);
    expect(blameGraph(store, { rollup: "none" }).edges.map((e) => e.source)).toEqual(["kirby", "us"]);
  });

  it("folds the same documents whether the stream comes at once or in chunks, and edges always match the claims", () => {
    const actors = ["a", "b", "c", "d"];
    const step = fc.oneof(
      fc.record({
        kind: fc.constant("claim" as const),
        from: fc.nat(3),
        to: fc.nat(3),
        category: fc.constantFrom("x", "y"),
      }),
      fc.record({ kind: fc.constant("rebut" as const), target: fc.nat(40) }),
      fc.record({
        kind: fc.constant("correct" as const),
        target: fc.nat(40),
        to: fc.nat(3),
        category: fc.constantFrom("x", "y"),
      }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 5 })), (steps, chunks) => {
        seq = 0;
        const events: StoredEvent[] = actors.map((id) => actor(id));
        const claims: Array<{ id: string; claimant: string; accused: string }> = [];
        for (const s of steps) {
          if (s.kind === "claim" && s.from !== s.to) {
            const id = `c${claims.length}`;
            claims.push({ id, claimant: actors[s.from] as string, accused: actors[s.to] as string });
            events.push(claim(id, actors[s.from] as string, [actors[s.to] as string], s.category));
          } else if (s.kind === "rebut" && claims.length > 0) {
            const target = claims[s.target % claims.length] as (typeof claims)[number];
            events.push(rebut(target.id, target.accused));
          } else if (s.kind === "correct" && claims.length > 0) {
            const target = claims[s.target % claims.length] as (typeof claims)[number];
            const accused = actors[s.to] as string;
            if (accused === target.claimant) continue;
            target.accused = accused;
            events.push(
              stored("claim.corrected", {
                claimId: target.id,
                reason: "r",
                changes: { accusedIds: [accused], category: s.category },
              }),
            );
          }
        }
        const whole = given(events);
        const chunked = new MemoryDocStore();
        let at = 0;
        for (const size of [...chunks, events.length]) {
          for (const event of events.slice(at, at + size)) applyEvent(chunked, event);
          at += size;
        }
        expect(chunked.snapshot()).toEqual(whole.snapshot());
        for (const { key, doc } of whole.list<BlameEdgeDoc>("edges")) {
          const expected = claims
            .filter((c) => `${c.claimant}>${c.accused}` === key)
            .map((c) => c.id)
            .sort();
          expect(edgeOf(whole, key)?.claimIds.sort(), key).toEqual(expected);
          expect(doc.claims, key).toBe(expected.length);
          const byCategory = Object.values(doc.byCategory).reduce((sum, c) => sum + c.claims, 0);
          expect(byCategory, key).toBe(doc.claims);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("the claims list", () => {
  it("pages by the seq that made each claim, a chunk of the timeline at a time, as a full sort would", () => {
    const events = [actor("a"), actor("b"), actor("c")];
    for (let i = 0; i < 23; i++) {
      events.push(claim(`k${i}`, i % 2 ? "a" : "b", [i % 3 ? "c" : i % 2 ? "b" : "a"]));
      if (i % 4 === 0) events.push(rebut(`k${i}`, "c"));
    }
    const store = given(events);
    const everyClaim = store
      .list<ClaimDoc>("claims")
      .map((entry) => entry.doc)
      .sort((x, y) => x.madeAtSeq - y.madeAtSeq);
    for (const filters of [{}, { actor: "a" }, { status: "disputed" as const }]) {
      const expected = everyClaim.filter((c) =>
        Object.keys(filters).length === 0
          ? true
          : "actor" in filters
            ? [c.claimantId, ...c.accusedIds].includes("a")
            : c.status === "disputed",
      );
      const seen: string[] = [];
      let after = 0;
      for (let pages = 0; pages < 30; pages++) {
        // Chunks of 3 timeline entries, pages of 4 claims: every boundary is crossed.
        const page = claimsPage(store, filters, after, 4, 3);
        seen.push(...page.claims.map((c) => c.claimId));
        if (page.next === null) break;
        after = page.next;
      }
      expect(seen, JSON.stringify(filters)).toEqual(expected.map((c) => c.claimId));
    }
  });
});

describe("the timeline", () => {
  it("pages statements in the order they were stated, as a full sort would, with the total", () => {
    const events = [actor("a"), actor("b")];
    const days = ["2016-09-30", "2016-09-28", "2016-09-28T10:00:00Z", undefined, "2016-09-29", "2016-09-28"];
    for (let i = 0; i < 17; i++) {
      const made = claim(`t${i}`, "a", ["b"]);
      const statedAt = days[i % days.length];
      if (statedAt) (made.data as { statedAt?: string }).statedAt = statedAt;
      events.push(made);
    }
    const store = given(events);
    const sorted = sortTimeline(store.list<TimelineEntry>("timeline").map((entry) => entry.doc));
    const seen: TimelineEntry[] = [];
    for (let offset = 0; offset < 40; offset += 5) {
      const page = timelinePage(store, offset, 5, 4);
      expect(page.total).toBe(17);
      seen.push(...page.entries);
      if (page.next === null) break;
    }
    expect(seen.map((entry) => entry.seq)).toEqual(sorted.map((entry) => entry.seq));
  });
});
