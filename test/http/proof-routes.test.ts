// The verifiable record over HTTP: what a reader who saved a checkpoint can check later.
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { canonicalEventBytes } from "../../src/proof/canonical";
import { importPublicKey, verifyCheckpoint } from "../../src/proof/checkpoint";
import { fromHex, leafHash, toHex, verifyConsistency, verifyInclusion } from "../../src/proof/merkle";
import { actor, append, basics, claim, get, uniqueId } from "../fixtures";

async function trustedKeys() {
  const { keys } = (await get("/.well-known/claims-ledger-keys")).body;
  return keys.map((key: { name: string; publicKey: string }) => importPublicKey(key.name, key.publicKey));
}

describe("checkpoints and proofs", () => {
  it("answers every append with a checkpoint signed by a published key", async () => {
    const dossierId = uniqueId("d");
    const appended = await append(dossierId, basics());
    const { checkpoint } = appended.body;
    expect(checkpoint).toMatchObject({ dossierId, size: 4 });
    const verdict = await verifyCheckpoint(checkpoint.note, await trustedKeys());
    expect(verdict).toMatchObject({ ok: true, checkpoint: { size: 4, rootHash: checkpoint.rootHash } });
    expect((await get(`/v1/dossiers/${dossierId}/checkpoint`)).body.rootHash).toBe(checkpoint.rootHash);
  });

  it("answers concurrent appends with signed checkpoints that each cover the append's events", async () => {
    const dossierId = uniqueId("d");
    await append(dossierId, basics());
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => append(dossierId, [actor(`party-${i}`)])));
    const keys = await trustedKeys();
    for (const { status, body } of results) {
      expect(status).toBe(201);
      // A checkpoint may be shared by appends that arrived together: its size reaches this one's.
      expect(body.checkpoint.size).toBeGreaterThanOrEqual(body.toSeq);
      expect(body.checkpoint.size).toBeLessThanOrEqual(12);
      const verdict = await verifyCheckpoint(body.checkpoint.note, keys);
      expect(verdict).toMatchObject({ ok: true, checkpoint: { size: body.checkpoint.size } });
      const proof = (
        await get(`/v1/dossiers/${dossierId}/proof/inclusion?seq=${body.toSeq}&size=${body.checkpoint.size}`)
      ).body;
      const stored = (await get(`/v1/dossiers/${dossierId}/events?after=${body.toSeq - 1}&limit=1`)).body.events[0];
      expect(
        verifyInclusion(
          leafHash(canonicalEventBytes(stored)),
          body.toSeq - 1,
          body.checkpoint.size,
          proof.proof.map(fromHex),
          fromHex(body.checkpoint.rootHash),
        ),
      ).toBe(true);
    }
    // Sequential appends each get the head of their own size.
    const alone = await append(dossierId, [actor("alone")]);
    expect(alone.body.checkpoint.size).toBe(alone.body.toSeq);
  });

  it("proves that an exported event is in the tree, from the event's own bytes", async () => {
    const dossierId = uniqueId("d");
    await append(dossierId, [...basics(), claim("c1", "united-states", ["russia"])]);
    const lines = (await (await SELF.fetch(`http://ledger.test/v1/dossiers/${dossierId}/export`)).text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const [{ checkpoint }, ...events] = lines;
    expect(events).toHaveLength(5);
    expect(checkpoint.size).toBe(5);
    for (const event of events) {
      const proof = (await get(`/v1/dossiers/${dossierId}/proof/inclusion?seq=${event.seq}&size=5`)).body;
      const leaf = leafHash(canonicalEventBytes(event));
      expect(proof.leafHash).toBe(toHex(leaf));
      expect(verifyInclusion(leaf, event.seq - 1, 5, proof.proof.map(fromHex), fromHex(checkpoint.rootHash))).toBe(
        true,
      );
    }
    // An edited event no longer matches its proof.
    const edited = { ...events[4], data: { ...events[4].data, allegation: "something else" } };
    const proof = (await get(`/v1/dossiers/${dossierId}/proof/inclusion?seq=5&size=5`)).body;
    expect(
      verifyInclusion(
        leafHash(canonicalEventBytes(edited)),
        4,
        5,
        proof.proof.map(fromHex),
        fromHex(checkpoint.rootHash),
      ),
    ).toBe(false);
  });

  it("proves that a saved checkpoint is a prefix of a later one", async () => {
    const dossierId = uniqueId("d");
    const saved = (await append(dossierId, basics())).body.checkpoint;
    const later = (await append(dossierId, [actor("iran"), actor("syria"), actor("turkey")])).body.checkpoint;
    const proof = (await get(`/v1/dossiers/${dossierId}/proof/consistency?from=${saved.size}&to=${later.size}`)).body;
    expect(proof).toMatchObject({ fromSize: 4, toSize: 7, fromRoot: saved.rootHash, toRoot: later.rootHash });
    expect(verifyConsistency(4, 7, fromHex(saved.rootHash), fromHex(later.rootHash), proof.proof.map(fromHex))).toBe(
      true,
    );
  });

  it("answers proofs for sizes and positions that do not exist with 400s", async () => {
    const dossierId = uniqueId("d");
    await append(dossierId, basics());
    for (const query of [
      "proof/inclusion?seq=5",
      "proof/inclusion?seq=0",
      "proof/inclusion",
      "proof/inclusion?seq=1&size=9",
    ]) {
      const response = await get(`/v1/dossiers/${dossierId}/${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.code).toBe("invalid_query");
    }
    expect((await get(`/v1/dossiers/${dossierId}/proof/consistency?from=3&to=2`)).status).toBe(400);
    expect((await get("/v1/dossiers/nobody-here/proof/consistency?from=1")).status).toBe(404);
  });
});
