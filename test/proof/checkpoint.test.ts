// Checkpoints: signed tree heads as C2SP signed notes, verified against current and rotated-out keys.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import {
  checkpointBody,
  dossierOrigin,
  generateSigningKey,
  importSigningKey,
  keyHash,
  type PublicKey,
  type SigningKey,
  signCheckpoint,
  type TreeHead,
  verifyCheckpoint,
} from "../../src/proof/checkpoint";
import { fromBase64, toBase64 } from "../../src/proof/encoding";
import { signNote } from "../../src/proof/signed-note";

const head: TreeHead = {
  origin: dossierOrigin("claims-ledger.local", "aleppo-2016"),
  size: 41,
  rootHash: "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
  timestamp: "2026-11-25T04:21:55.123Z",
};

async function freshKey(name = "claims-ledger.local"): Promise<SigningKey> {
  return importSigningKey(name, (await generateSigningKey()).privateKey);
}
const trust = (key: SigningKey): PublicKey => ({ name: key.name, publicKey: key.publicKey });

/** Replace one line of the signed body, keeping the signature line. */
const withLine = (note: string, line: number, text: string) =>
  note
    .split("\n")
    .map((original, i) => (i === line ? text : original))
    .join("\n");

describe("signCheckpoint", () => {
  it("writes the tlog-checkpoint lines, the timestamp extension, a blank line and one signature line", async () => {
    const key = await freshKey();
    const signed = await signCheckpoint(head, key);
    const lines = signed.note.split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "claims-ledger.local/aleppo-2016",
      "41",
      "XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=",
      "timestamp 2026-11-25T04:21:55.123Z",
      "",
    ]);
    expect(lines.slice(6)).toEqual([""]);
    const [dash, name, stampBase64 = ""] = (lines[5] ?? "").split(" ");
    expect([dash, name]).toEqual(["—", "claims-ledger.local"]);
    const stamp = fromBase64(stampBase64);
    expect(stamp.length).toBe(68);
    expect(stamp.subarray(0, 4)).toEqual(keyHash(key.name, key.publicKey));
    expect(toBase64(stamp.subarray(4))).toBe(signed.signature);
    expect(signed).toMatchObject({ ...head, keyName: key.name, keyId: key.keyId });
    expect(signed.note.startsWith(checkpointBody(head))).toBe(true);
  });

  it("gives the API view, with the dossier id, when called with one", async () => {
    const key = await freshKey();
    const view = await signCheckpoint("aleppo-2016", head, key);
    expect(view).toMatchObject({ dossierId: "aleppo-2016", ...head, keyId: key.keyId });
    expect(view.note).toBe((await signCheckpoint(head, key)).note);
  });

  it("refuses heads it could not write as a checkpoint", async () => {
    const key = await freshKey();
    await expect(signCheckpoint({ ...head, origin: "claims ledger/x" }, key)).rejects.toThrow(RangeError);
    await expect(signCheckpoint({ ...head, size: -1 }, key)).rejects.toThrow(RangeError);
    await expect(signCheckpoint({ ...head, rootHash: "abcd" }, key)).rejects.toThrow(RangeError);
    await expect(signCheckpoint({ ...head, timestamp: "yesterday" }, key)).rejects.toThrow(RangeError);
  });
});

describe("verifyCheckpoint", () => {
  it("returns the signed tree head and the key that signed it", async () => {
    const key = await freshKey();
    const { note } = await signCheckpoint(head, key);
    expect(await verifyCheckpoint(note, [trust(key)])).toEqual({
      ok: true,
      checkpoint: { ...head, keyName: key.name, keyId: key.keyId },
    });
  });

  it("fails when the origin, size, root or timestamp is changed", async () => {
    const key = await freshKey();
    const { note } = await signCheckpoint(head, key);
    const changed = [
      withLine(note, 0, "claims-ledger.local/other-dossier"),
      withLine(note, 1, "40"),
      withLine(note, 2, toBase64(new Uint8Array(32))),
      withLine(note, 3, "timestamp 2026-11-25T04:21:56.123Z"),
    ];
    for (const tampered of changed) {
      expect(tampered).not.toBe(note);
      expect(await verifyCheckpoint(tampered, [trust(key)])).toEqual({
        ok: false,
        reason: expect.stringMatching(/does not verify/),
      });
    }
  });

  it("fails for a signature by another key, even under the same name or a copied key hash", async () => {
    const [trusted, other] = [await freshKey(), await freshKey()];
    const { note, signature } = await signCheckpoint(head, other);
    expect(await verifyCheckpoint(note, [trust(trusted)])).toEqual({
      ok: false,
      reason: "no trusted key signed this note",
    });
    const stamp = toBase64(Uint8Array.from([...keyHash(trusted.name, trusted.publicKey), ...fromBase64(signature)]));
    const forged = note.replace(/ \S+\n$/, ` ${stamp}\n`);
    expect(await verifyCheckpoint(forged, [trust(trusted)])).toEqual({
      ok: false,
      reason: expect.stringMatching(/does not verify/),
    });
  });

  it("verifies checkpoints signed before a key rotation when the old key is still trusted", async () => {
    const [oldKey, newKey] = [await freshKey(), await freshKey()];
    const trusted = [trust(newKey), trust(oldKey)];
    const before = await signCheckpoint(head, oldKey);
    const after = await signCheckpoint({ ...head, size: 50 }, newKey);
    expect(await verifyCheckpoint(before.note, trusted)).toMatchObject({
      ok: true,
      checkpoint: { size: 41, keyId: oldKey.keyId },
    });
    expect(await verifyCheckpoint(after.note, trusted)).toMatchObject({
      ok: true,
      checkpoint: { size: 50, keyId: newKey.keyId },
    });
    expect((await verifyCheckpoint(before.note, [trust(newKey)])).ok).toBe(false);
  });

  it("refuses a validly signed note that is not a checkpoint of ours", async () => {
    const key = await freshKey();
    const { note } = await signCheckpoint(head, key);
    const body = checkpointBody(head);
    const bodies = [
      body.replace(/timestamp .*\n/, ""),
      `${body}timestamp 2026-11-25T05:00:00Z\n`,
      body.replace("\n41\n", "\n041\n"),
      body.replace(/\n[^\n]+=\n/, `\n${toBase64(new Uint8Array(31))}\n`),
    ];
    for (const text of bodies) {
      const verdict = await verifyCheckpoint((await signNote(text, key)).note, [trust(key)]);
      expect(verdict.ok, text).toBe(false);
    }
    expect((await verifyCheckpoint(note.replace("\n\n", "\n"), [trust(key)])).ok).toBe(false);
  });

  it("signs with the deployment's key as Node exports it (PKCS#8 DER from vitest.config.ts)", async () => {
    const secret = (env as { CHECKPOINT_SIGNING_KEY?: string }).CHECKPOINT_SIGNING_KEY;
    expect(secret).toBeTypeOf("string");
    const key = await importSigningKey("claims-ledger.test", secret as string);
    const { note } = await signCheckpoint(head, key);
    expect(await verifyCheckpoint(note, [trust(key)])).toMatchObject({ ok: true, checkpoint: { keyId: key.keyId } });
  });
});
