// Appending to a dossier's stream over HTTP: atomic batches, optimistic concurrency, idempotency.
import { describe, expect, it } from "vitest";
import { actor, append, basics, claim, get, readAll, rebuttal, uniqueId } from "../fixtures";

describe("appending events", () => {
  it("stores a batch and answers its positions", async () => {
    const dossierId = uniqueId("d");
    const response = await append(dossierId, basics(), "no_stream");
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ dossierId, fromSeq: 1, toSeq: 4, version: 4, idempotentReplay: false });

    const next = await append(dossierId, [actor("iran")], 4);
    expect(next.body).toMatchObject({ fromSeq: 5, toSeq: 5, version: 5 });

    const events = await readAll(dossierId);
    expect(events.map((event) => event.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it("gives every stored event its envelope: id, type, schema version, seq, recorded time, data, metadata", async () => {
    const dossierId = uniqueId("d");
    const events = basics();
    (events[1] as { metadata?: unknown }).metadata = {
      correlationId: "corr-1",
      causationId: "cause-1",
      author: "forged",
    };
    await append(dossierId, events);
    const [, stored] = (await get(`/v1/dossiers/${dossierId}/events`)).body.events;
    expect(stored).toMatchObject({
      id: events[1]?.id,
      type: "actor.identified",
      schemaVersion: 1,
      seq: 2,
      dossierId,
      data: events[1]?.data,
      metadata: { correlationId: "corr-1", causationId: "cause-1", author: "test-writer" },
    });
    expect(Date.parse(stored.recordedAt)).not.toBeNaN();
  });

  it("rejects a wrong expected version with a 409 naming the current one, storing nothing", async () => {
    const dossierId = uniqueId("d");
    await append(dossierId, basics());
    for (const expectedVersion of [3, 5, "no_stream"]) {
      const response = await append(dossierId, [actor("iran")], expectedVersion);
      expect(response.status).toBe(409);
      expect(response.body.error).toMatchObject({
        code: "version_conflict",
        details: { currentVersion: 4, expectedVersion },
      });
    }
    expect(await readAll(dossierId)).toHaveLength(4);
  });

  it("answers a re-sent batch with its original positions and stores nothing twice", async () => {
    const dossierId = uniqueId("d");
    const first = basics();
    await append(dossierId, first, "no_stream");
    const second = [actor("iran"), actor("syria")];
    const original = await append(dossierId, second, 4);
    expect(original.status).toBe(201);

    // The same batch again, even with the expected version it had then.
    const retry = await append(dossierId, second, 4);
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ fromSeq: 5, toSeq: 6, version: 6, idempotentReplay: true });
    expect(await readAll(dossierId)).toHaveLength(6);
  });

  it("rejects an id already stored with different content (409) and a batch that is partly stored", async () => {
    const dossierId = uniqueId("d");
    const events = basics();
    await append(dossierId, events);
    const changed = { ...events[1], data: { actorId: "united-states", name: "USA", kind: "state" } };
    const conflict = await append(dossierId, [changed]);
    expect(conflict.status).toBe(409);
    expect(conflict.body.error).toMatchObject({ code: "event_id_conflict", details: { ids: [events[1]?.id] } });

    const partly = await append(dossierId, [events[1], actor("iran")]);
    expect(partly.status).toBe(409);
    expect(partly.body.error.code).toBe("event_id_conflict");
    expect(await readAll(dossierId)).toHaveLength(4);
  });

  it("stores a batch whole or not at all: one broken event leaves nothing of its batch", async () => {
    const dossierId = uniqueId("d");
    await append(dossierId, basics());
    const batch = [actor("iran"), claim("c1", "united-states", ["russia"]), rebuttal("no-such-claim", "russia")];
    const response = await append(dossierId, batch);
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({
      code: "rule_violation",
      details: { rule: "unknown_claim", pointer: "/events/2/data/claimId" },
    });
    expect(await readAll(dossierId)).toHaveLength(4);
    expect((await get(`/v1/dossiers/${dossierId}`)).body.counts).toMatchObject({ actors: 2, claims: 0 });
  });

  it("lets exactly one of several concurrent appends with the same expected version win, without gaps", async () => {
    const dossierId = uniqueId("d");
    await append(dossierId, basics());
    const contenders = Array.from({ length: 8 }, (_, i) => append(dossierId, [actor(`party-${i}`)], 4));
    const results = await Promise.all(contenders);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(7);

    // Without an expected version, all of them land, each once, in some order, with no gap.
    const all = await Promise.all(Array.from({ length: 8 }, (_, i) => append(dossierId, [actor(`other-${i}`)])));
    expect(all.every((r) => r.status === 201)).toBe(true);
    const seqs = (await readAll(dossierId)).map((event) => event.seq);
    expect(seqs).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
  });
});
