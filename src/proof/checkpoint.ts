// Signed tree heads in the C2SP formats that transparency logs share (tlog-checkpoint inside a
// signed-note): the body is "<origin>\n<size>\n<base64 root>\n" plus one extension line
// "timestamp <RFC 3339>", signed with Ed25519 through Web Crypto. Several public keys may be
// trusted at once, so checkpoints signed before a key rotation keep verifying.
import { createHash } from "node:crypto";
import { fromBase64, fromHex, toBase64, toHex } from "./merkle";

/** The signed-note algorithm byte for Ed25519. */
const ED25519_ALGORITHM = 0x01;

export interface TreeHead {
  origin: string;
  size: number;
  /** Hex SHA-256 root hash. */
  rootHash: string;
  /** RFC 3339 time the head was signed. */
  timestamp: string;
}

/** What the API returns for a checkpoint: the parsed fields and the signed note itself. */
export interface CheckpointView extends TreeHead {
  dossierId: string;
  keyName: string;
  /** Hex of the 4-byte signed-note key hash. */
  keyId: string;
  /** Base64 of the 64-byte Ed25519 signature over the note body. */
  signature: string;
  note: string;
}

export interface SigningKey {
  name: string;
  privateKey: CryptoKey;
  /** Raw 32-byte public key. */
  publicKey: Uint8Array;
  keyId: string;
}

export interface PublicKey {
  name: string;
  publicKey: Uint8Array;
}

/** First four bytes of SHA-256(name || "\n" || 0x01 || public key), as signed notes identify keys. */
export function keyHash(name: string, publicKey: Uint8Array): Uint8Array {
  const digest = createHash("sha256")
    .update(new TextEncoder().encode(`${name}\n`))
    .update(Uint8Array.of(ED25519_ALGORITHM))
    .update(publicKey)
    .digest();
  return new Uint8Array(digest.subarray(0, 4));
}

export const keyId = (name: string, publicKey: Uint8Array) => toHex(keyHash(name, publicKey));

function base64UrlToBytes(text: string): Uint8Array {
  return fromBase64(
    text
      .replaceAll("-", "+")
      .replaceAll("_", "/")
      .padEnd(Math.ceil(text.length / 4) * 4, "="),
  );
}

/** A new key pair: the private key as base64 PKCS#8 (the secret), the public key as base64 raw. */
export async function generateSigningKey(): Promise<{ privateKey: string; publicKey: string }> {
  const pair = (await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array((await crypto.subtle.exportKey("pkcs8", pair.privateKey)) as ArrayBuffer);
  const raw = new Uint8Array((await crypto.subtle.exportKey("raw", pair.publicKey)) as ArrayBuffer);
  return { privateKey: toBase64(pkcs8), publicKey: toBase64(raw) };
}

/** Import a base64 PKCS#8 Ed25519 private key; its public half is derived from it. */
export async function importSigningKey(name: string, pkcs8Base64: string): Promise<SigningKey> {
  const pkcs8 = fromBase64(pkcs8Base64.trim());
  const extractable = await crypto.subtle.importKey("pkcs8", pkcs8, { name: "Ed25519" }, true, ["sign"]);
  const jwk = (await crypto.subtle.exportKey("jwk", extractable)) as JsonWebKey;
  if (!jwk.x) throw new Error("the signing key has no public half");
  const publicKey = base64UrlToBytes(jwk.x);
  const privateKey = await crypto.subtle.importKey("pkcs8", pkcs8, { name: "Ed25519" }, false, ["sign"]);
  return { name, privateKey, publicKey, keyId: keyId(name, publicKey) };
}

export function checkpointBody(head: TreeHead): string {
  return `${head.origin}\n${head.size}\n${toBase64(fromHex(head.rootHash))}\ntimestamp ${head.timestamp}\n`;
}

export async function signCheckpoint(dossierId: string, head: TreeHead, key: SigningKey): Promise<CheckpointView> {
  const body = checkpointBody(head);
  const signature = new Uint8Array(
    await crypto.subtle.sign({ name: "Ed25519" }, key.privateKey, new TextEncoder().encode(body)),
  );
  const stamped = new Uint8Array([...keyHash(key.name, key.publicKey), ...signature]);
  return {
    dossierId,
    ...head,
    keyName: key.name,
    keyId: key.keyId,
    signature: toBase64(signature),
    note: `${body}\n\u2014 ${key.name} ${toBase64(stamped)}\n`,
  };
}

export type CheckpointVerdict = { ok: true; head: TreeHead; keyId: string } | { ok: false; reason: string };

/** Check a signed note against trusted keys; on success, the tree head it commits to. */
export async function verifyCheckpoint(note: string, trusted: PublicKey[]): Promise<CheckpointVerdict> {
  const split = note.indexOf("\n\n");
  if (split < 0) return { ok: false, reason: "not a signed note: no blank line before the signatures" };
  const body = note.slice(0, split + 1);
  const lines = body.split("\n");
  const [origin, sizeText, rootBase64, timestampLine] = lines;
  if (!origin || !sizeText || !/^\d+$/.test(sizeText) || !rootBase64) {
    return { ok: false, reason: "the checkpoint body is malformed" };
  }
  const timestamp = timestampLine?.startsWith("timestamp ") ? timestampLine.slice("timestamp ".length) : "";
  const head: TreeHead = { origin, size: Number(sizeText), rootHash: toHex(fromBase64(rootBase64)), timestamp };
  const signatureLines = note
    .slice(split + 2)
    .split("\n")
    .filter((line) => line !== "");
  for (const line of signatureLines) {
    const match = /^\u2014 (\S+) (\S+)$/.exec(line);
    if (!match?.[1] || !match[2]) continue;
    const stamped = fromBase64(match[2]);
    for (const candidate of trusted.filter((key) => key.name === match[1])) {
      const expectedHash = keyHash(candidate.name, candidate.publicKey);
      if (!stamped.subarray(0, 4).every((byte, i) => byte === expectedHash[i])) continue;
      const key = await crypto.subtle.importKey("raw", candidate.publicKey, { name: "Ed25519" }, false, ["verify"]);
      const valid = await crypto.subtle.verify(
        { name: "Ed25519" },
        key,
        stamped.subarray(4),
        new TextEncoder().encode(body),
      );
      if (valid) return { ok: true, head, keyId: toHex(expectedHash) };
    }
  }
  return { ok: false, reason: "no signature by a trusted key verifies this checkpoint" };
}
