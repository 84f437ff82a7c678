// Signed notes against the example of Go's golang.org/x/mod/sumdb/note (the C2SP signed-note
// reference): same key hash, same bytes signed, same note, so Go and transparency-dev tools agree.
import { describe, expect, it } from "vitest";
import { fromBase64, toBase64 } from "../../src/proof/encoding";
import {
  generateSigningKey,
  importPublicKey,
  importSigningKey,
  keyId,
  openNote,
  type SigningKey,
  signNote,
} from "../../src/proof/signed-note";

// From the package documentation: skey "PRIVATE+KEY+PeterNeumann+c74f20a3+<this>", vkey "PeterNeumann+c74f20a3+<this>".
const GO_SEED = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"; // 0x01 ‖ 32-byte Ed25519 seed
const GO_PUBLIC = "ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"; // 0x01 ‖ 32-byte public key
const GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const GO_NOTE = `${GO_TEXT}\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`;

/** The PKCS#8 DER of an Ed25519 seed (RFC 8410): a fixed 16-byte header, then the seed. */
const PKCS8_ED25519_HEADER = [
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
];
const goPkcs8 = toBase64(Uint8Array.from([...PKCS8_ED25519_HEADER, ...fromBase64(GO_SEED).subarray(1)]));
const goPublicKey = { name: "PeterNeumann", publicKey: fromBase64(GO_PUBLIC).subarray(1) };

async function freshKey(name: string): Promise<SigningKey> {
  return importSigningKey(name, (await generateSigningKey()).privateKey);
}

describe("signed notes, against Go's sumdb/note example", () => {
  it("derives the key hash c74f20a3 and the published public key from the private key", async () => {
    const key = await importSigningKey("PeterNeumann", goPkcs8);
    expect(key.keyId).toBe("c74f20a3");
    expect(keyId(goPublicKey.name, goPublicKey.publicKey)).toBe("c74f20a3");
    expect(toBase64(key.publicKey)).toBe(toBase64(goPublicKey.publicKey));
  });

  it("signs the example text into exactly the published note (Ed25519 is deterministic)", async () => {
    const key = await importSigningKey("PeterNeumann", goPkcs8);
    expect((await signNote(GO_TEXT, key)).note).toBe(GO_NOTE);
  });

  it("opens the published note with the published key, and refuses it changed", async () => {
    expect(await openNote(GO_NOTE, [goPublicKey])).toEqual({ ok: true, text: GO_TEXT, signedBy: goPublicKey });
    const changed = await openNote(GO_NOTE.replace("cryptography", "cryptographY"), [goPublicKey]);
    expect(changed).toEqual({ ok: false, reason: expect.stringMatching(/does not verify/) });
  });
});

describe("openNote", () => {
  it("skips signatures by unknown keys and accepts the trusted one among them", async () => {
    const [a, b] = [await freshKey("witness-a"), await freshKey("log-b")];
    const signedByA = (await signNote("hello\n", a)).note;
    const signatureByB = (await signNote("hello\n", b)).note.split("\n\n")[1] ?? "";
    const both = `${signedByA}${signatureByB}`;
    const trustedB = { name: "log-b", publicKey: b.publicKey };
    expect(await openNote(both, [trustedB])).toEqual({ ok: true, text: "hello\n", signedBy: trustedB });
    expect(await openNote(both, [])).toEqual({ ok: false, reason: "no trusted key signed this note" });
  });

  it("trusts a key only under its own name: a signature line renamed to another name is not trusted", async () => {
    const renamed = GO_NOTE.replace("— PeterNeumann ", "— PeterNeumann2 ");
    expect(await openNote(renamed, [goPublicKey])).toEqual({ ok: false, reason: "no trusted key signed this note" });
  });

  it("refuses a note whose signature block is missing or malformed", async () => {
    expect((await openNote("hello\n", [goPublicKey])).ok).toBe(false);
    expect((await openNote("hello\n\n— PeterNeumann !!!!\n", [goPublicKey])).ok).toBe(false);
    expect((await openNote("hello\n\n- PeterNeumann x08go/ZJ\n", [goPublicKey])).ok).toBe(false);
    expect((await openNote(GO_NOTE.slice(0, -1), [goPublicKey])).ok).toBe(false);
  });

  it("refuses texts that are not non-empty newline-ended lines, and bad key names", async () => {
    const key = await freshKey("log");
    await expect(signNote("no newline", key)).rejects.toThrow(RangeError);
    await expect(signNote("a\n\nb\n", key)).rejects.toThrow(RangeError);
    await expect(importSigningKey("two words", (await generateSigningKey()).privateKey)).rejects.toThrow(RangeError);
    expect(() => importPublicKey("log", toBase64(new Uint8Array(31)))).toThrow(/32 bytes/);
    expect(importPublicKey("log", toBase64(key.publicKey)).publicKey).toEqual(key.publicKey);
  });
});
