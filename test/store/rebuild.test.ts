// Rebuilding projections from event zero yields exactly what the inline fold produced, and the
// Merkle root recomputed from the exported events is the one the dossier signed.
import { env, runInDurableObject, SELF } from "cloudflare:test";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import seedText from "../../events/seed/aleppo-2016.ndjson?raw";
import type { StoredEvent } from "../../src/domain/events";
import { MemoryDocStore } from "../../src/domain/projections/doc-store";
import { applyEvent } from "../../src/domain/projections/index";
import { canonicalEventBytes } from "../../src/proof/canonical";
import { leafHash, MemoryMerkleNodes, toHex } from "../../src/proof/merkle";
import { docTables, dropGenerationTables, ownGenerations } from "../../src/store/doc-tables";
import { actor, append, asAdmin, basics, claim, concession, get, post, rebuttal, uniqueId } from "../fixtures";

type DocRow = { collection: string; key: string; from_seq: number; to_seq?: number; doc: string };

/** Every stored document of every generation the dossier holds, in whichever tables hold it. */
async function storedDocs(dossierId: string) {
  const stub = env.DOSSIER.get(env.DOSSIER.idFromName(dossierId));
  return runInDurableObject(stub, (_instance, state) => {
    const sql = state.storage.sql;
    const shared = sql.exec<{ gen: number }>("SELECT DISTINCT gen FROM docs_current").toArray();
    const gens = [...new Set([...ownGenerations(sql), ...shared.map((row) => row.gen)])].sort((a, b) => a - b);
    const current = gens.flatMap((gen) =>
      sql
        .exec<DocRow>(
          `SELECT collection, key, from_seq, doc FROM ${docTables(sql, gen).current} WHERE gen = ? ORDER BY collection, key`,
          gen,
        )
        .toArray(),
    );
    const history = gens.flatMap((gen) =>
      sql
        .exec<DocRow>(
          `SELECT collection, key, from_seq, to_seq, doc FROM ${docTables(sql, gen).history} WHERE gen = ?
           ORDER BY collection, key, from_seq`,
          gen,
        )
        .toArray(),
    );
    return { current, history, gens };
  });
}

async function exported(dossierId: string) {
  const text = await (await SELF.fetch(`http://ledger.test/v1/dossiers/${dossierId}/export`)).text();
  const [header, ...events] = text
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  return { checkpoint: header.checkpoint, events: events as StoredEvent[] };
}

async function rebuildAndWait(dossierId: string) {
  const started = await post(`/v1/dossiers/${dossierId}/projections/rebuild`, {}, asAdmin);
  expect(started.status).toBe(202);
  for (let attempt = 0; attempt < 200; attempt++) {
    const status = (await get(`/v1/dossiers/${dossierId}/projections`)).body;
    if (status.rebuild === null) return status;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the rebuild did not finish");
}

async function expectRebuildEqualsInline(dossierId: string) {
  const inline = await storedDocs(dossierId);
  const { checkpoint, events } = await exported(dossierId);

  // The inline projection equals a fold of the exported events in memory...
  const memory = new MemoryDocStore();
  for (const event of events) applyEvent(memory, event);
  const fromMemory = Object.entries(memory.snapshot()).flatMap(([collection, docs]) =>
    Object.entries(docs).map(([key, doc]) => ({ collection, key, doc })),
  );
  expect(inline.current.map(({ collection, key, doc }) => ({ collection, key, doc: JSON.parse(doc) }))).toEqual(
    fromMemory,
  );

  // ...the Merkle root of the exported events is the signed one...
  const tree = new MemoryMerkleNodes();
  const { root } = tree.append(events.map((event) => leafHash(canonicalEventBytes(event))));
  expect(toHex(root)).toBe(checkpoint.rootHash);

  // ...and a rebuild from event zero reproduces every document and every past version.
  const status = await rebuildAndWait(dossierId);
  const rebuilt = await storedDocs(dossierId);
  expect(rebuilt.gens).toEqual([status.activeGeneration]);
  expect(status.activeGeneration).toBe(inline.gens[0] === undefined ? 2 : inline.gens[0] + 1);
  expect(rebuilt.current).toEqual(inline.current);
  expect(rebuilt.history).toEqual(inline.history);
}

const seedEvents = () =>
  seedText
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));

describe("rebuilding projections", () => {
  it("reproduces the seed dossier's projections and root exactly", async () => {
    const dossierId = uniqueId("seed");
    const seed = seedEvents();
    await append(dossierId, seed.slice(0, 25));
    await append(dossierId, seed.slice(25));
    await expectRebuildEqualsInline(dossierId);
    const graph = (await get(`/v1/dossiers/${dossierId}/blame-graph`)).body;
    expect(
      graph.edges.find((e: { source: string; target: string }) => e.source === "united-states" && e.target === "russia")
        .claims,
    ).toBe(11);
  });

  it("moves a dossier stored in the shared tables to tables of its own, deleting the shared rows", async () => {
    const dossierId = uniqueId("shared");
    const seed = seedEvents();
    await append(dossierId, seed);
    const stub = env.DOSSIER.get(env.DOSSIER.idFromName(dossierId));
    // The layout of dossiers stored before each generation had its own tables.
    await runInDurableObject(stub, (_instance, state) => {
      const sql = state.storage.sql;
      const own = docTables(sql, 1);
      sql.exec(`INSERT INTO docs_current SELECT * FROM ${own.current}`);
      sql.exec(`INSERT INTO docs_history SELECT * FROM ${own.history}`);
      dropGenerationTables(sql, 1);
      expect(docTables(sql, 1).own).toBe(false);
    });
    const before = (await get(`/v1/dossiers/${dossierId}/blame-graph?rollup=none`)).body;
    expect(before.edges.length).toBeGreaterThan(0);
    await expectRebuildEqualsInline(dossierId);
    expect((await get(`/v1/dossiers/${dossierId}/blame-graph?rollup=none`)).body.edges).toEqual(before.edges);
    await runInDurableObject(stub, (_instance, state) => {
      const sql = state.storage.sql;
      expect(ownGenerations(sql)).toEqual([2]);
      expect(sql.exec<{ n: number }>("SELECT count(*) AS n FROM docs_current").one().n).toBe(0);
      expect(sql.exec<{ n: number }>("SELECT count(*) AS n FROM docs_history").one().n).toBe(0);
    });
  });

  it("reproduces a randomly generated stream", async () => {
    const parties = ["united-states", "russia", "iran", "syria"];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(3), fc.nat(3), fc.nat(9), fc.constantFrom("claim", "rebut", "concede")), {
          minLength: 5,
          maxLength: 30,
        }),
        async (steps) => {
          const dossierId = uniqueId("random");
          const events: unknown[] = [...basics(), actor("iran"), actor("syria")];
          const made: Array<{ id: string; claimant: string; accused: string }> = [];
          for (const [from, to, pick, kind] of steps) {
            if (kind === "claim" && from !== to) {
              const id = `c${made.length}`;
              made.push({ id, claimant: parties[from] as string, accused: parties[to] as string });
              events.push(claim(id, parties[from] as string, [parties[to] as string]));
            } else if (made.length > 0) {
              const target = made[pick % made.length] as (typeof made)[number];
              events.push(
                kind === "rebut" ? rebuttal(target.id, target.accused) : concession(target.id, target.accused),
              );
            }
          }
          for (let at = 0; at < events.length; at += 7) {
            expect((await append(dossierId, events.slice(at, at + 7))).status).toBe(201);
          }
          await expectRebuildEqualsInline(dossierId);
        },
      ),
      { numRuns: 5 },
    );
  });

  it("keeps serving the complete view while a rebuild of several chunks runs", async () => {
    const dossierId = uniqueId("big");
    await append(dossierId, basics());
    for (let batch = 0; batch < 3; batch++) {
      await append(
        dossierId,
        Array.from({ length: 900 }, (_, i) => actor(`party-${batch}-${i}`)),
      );
    }
    expect((await post(`/v1/dossiers/${dossierId}/projections/rebuild`, {}, asAdmin)).status).toBe(202);
    let sawRebuilding = false;
    for (let attempt = 0; attempt < 400; attempt++) {
      const [status, info] = await Promise.all([
        get(`/v1/dossiers/${dossierId}/projections`),
        get(`/v1/dossiers/${dossierId}`),
      ]);
      expect(info.body.counts.actors).toBe(2702);
      if (status.body.rebuild === null) break;
      sawRebuilding = true;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(sawRebuilding).toBe(true);
    expect((await get(`/v1/dossiers/${dossierId}/projections`)).body).toMatchObject({
      rebuild: null,
      activeGeneration: 2,
    });
  });

  it("needs the admin scope", async () => {
    const dossierId = uniqueId("d");
    await append(dossierId, basics());
    expect((await post(`/v1/dossiers/${dossierId}/projections/rebuild`, {})).status).toBe(403);
  });
});
