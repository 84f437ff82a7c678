// C2SP signed notes (https://c2sp.org/signed-note) with Ed25519 keys through Web Crypto: a text,
// a blank line, then lines "— <key name> <base64(4-byte key hash ‖ signature)>". Checkpoints are one
// such text. Key hash = the first 4 bytes of SHA-256(name ‖ "\n" ‖ 0x01 ‖ 32-byte public key).
import { createHash } from "node:crypto";
import { equalBytes, fromBase64, toBase64, toHex } from "./encoding";

/** The signed-note algorithm byte of Ed25519. */
const ED25519_ALGORITHM = 0x01;
const ED25519 = { name: "Ed25519" };
const SIGNATURE_LINE = /^\u2014 (\S+) (\S+)$/u;
/** Key names (and checkpoint origins): non-empty, no Unicode spaces, no "+". */
export const NOTE_NAME = /^[^\s+]+$/u;

export interface SigningKey {
  name: string;
  privateKey: CryptoKey;
  /** Raw 32-byte public key. */
  publicKey: Uint8Array;
  keyId: string;
  /** keyHash(name, publicKey), kept: every signature line starts with it. */
  keyHash: Uint8Array;
}

export interface PublicKey {
  name: string;
  /** Raw 32-byte public key. */
  publicKey: Uint8Array;
}

export type OpenedNote = { ok: true; text: string; signedBy: PublicKey } | { ok: false; reason: string };

/** First four bytes of SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key): how a note names the key that signed it. */
export function keyHash(name: string, publicKey: Uint8Array): Uint8Array {
  const digest = createHash("sha256")
    .update(new TextEncoder().encode(`${name}\n`))
    .update(Uint8Array.of(ED25519_ALGORITHM))
    .update(publicKey)
    .digest();
  return new Uint8Array(digest.subarray(0, 4));
}

/** Hex of the key hash, e.g. "c74f20a3". */
export function keyId(name: string, publicKey: Uint8Array): string {
  return toHex(keyHash(name, publicKey));
}

function assertKeyName(name: string): void {
  if (!NOTE_NAME.test(name)) throw new RangeError(`key name "${name}" must be non-empty, without spaces or "+"`);
}

/** A new key pair: the private key as base64 PKCS#8 (the secret), the public key as base64 raw 32 bytes. */
export async function generateSigningKey(): Promise<{ privateKey: string; publicKey: string }> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ["sign", "verify"])) as CryptoKeyPair;
  const pkcs8 = (await crypto.subtle.exportKey("pkcs8", pair.privateKey)) as ArrayBuffer;
  const raw = (await crypto.subtle.exportKey("raw", pair.publicKey)) as ArrayBuffer;
  return { privateKey: toBase64(new Uint8Array(pkcs8)), publicKey: toBase64(new Uint8Array(raw)) };
}

/** Import a base64 PKCS#8 Ed25519 private key; its public half is derived from it, not configured apart. */
export async function importSigningKey(name: string, pkcs8Base64: string): Promise<SigningKey> {
  assertKeyName(name);
  const pkcs8 = fromBase64(pkcs8Base64.trim());
  const exportable = await crypto.subtle.importKey("pkcs8", pkcs8, ED25519, true, ["sign"]);
  const jwk = (await crypto.subtle.exportKey("jwk", exportable)) as JsonWebKey;
  if (jwk.x === undefined) throw new Error("the signing key has no public half");
  const publicKey = fromBase64Url(jwk.x);
  const privateKey = await crypto.subtle.importKey("pkcs8", pkcs8, ED25519, false, ["sign"]);
  const hash = keyHash(name, publicKey);
  return { name, privateKey, publicKey, keyId: toHex(hash), keyHash: hash };
}

/** A trusted public key from its name and base64 raw 32 bytes. */
export function importPublicKey(name: string, publicKeyBase64: string): PublicKey {
  assertKeyName(name);
  const publicKey = fromBase64(publicKeyBase64.trim());
  if (publicKey.length !== 32) throw new RangeError(`an Ed25519 public key has 32 bytes, not ${publicKey.length}`);
  return { name, publicKey };
}

function fromBase64Url(text: string): Uint8Array {
  const standard = text.replaceAll("-", "+").replaceAll("_", "/");
  return fromBase64(standard.padEnd(Math.ceil(standard.length / 4) * 4, "="));
}

/** Sign `text` (non-empty lines, ending in a newline); `signature` is the bare 64-byte Ed25519 signature. */
export async function signNote(text: string, key: SigningKey): Promise<{ note: string; signature: Uint8Array }> {
  assertKeyName(key.name);
  if (!text.endsWith("\n") || text.includes("\n\n"))
    throw new RangeError("a note text is non-empty lines, each ending in a newline");
  const signature = new Uint8Array(await crypto.subtle.sign(ED25519, key.privateKey, new TextEncoder().encode(text)));
  const stamp = new Uint8Array(key.keyHash.length + signature.length);
  stamp.set(key.keyHash);
  stamp.set(signature, key.keyHash.length);
  return { note: `${text}\n\u2014 ${key.name} ${toBase64(stamp)}\n`, signature };
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    return fromBase64(text);
  } catch {
    return undefined;
  }
}

/**
 * Verify a note against trusted keys and return its text. As Go's golang.org/x/mod/sumdb/note does,
 * signatures by unknown keys are skipped, and one that names a trusted key but does not verify
 * fails the whole note.
 */
export async function openNote(note: string, trusted: readonly PublicKey[]): Promise<OpenedNote> {
  const split = note.lastIndexOf("\n\n");
  if (split < 0 || !note.endsWith("\n")) return { ok: false, reason: "not a signed note: no signature block" };
  const text = note.slice(0, split + 1);
  const textBytes = new TextEncoder().encode(text);
  let signedBy: PublicKey | undefined;
  for (const line of note.slice(split + 2, -1).split("\n")) {
    const [, name = "", stampBase64 = ""] = SIGNATURE_LINE.exec(line) ?? [];
    const stamp = decodeBase64(stampBase64);
    if (stamp === undefined || stamp.length < 4) return { ok: false, reason: `malformed signature line "${line}"` };
    const claimedHash = stamp.subarray(0, 4);
    const key = trusted.find(
      (candidate) => candidate.name === name && equalBytes(keyHash(name, candidate.publicKey), claimedHash),
    );
    if (key === undefined) continue;
    const verifier = await crypto.subtle.importKey("raw", new Uint8Array(key.publicKey), ED25519, false, ["verify"]);
    const signature = stamp.slice(4);
    const valid = signature.length === 64 && (await crypto.subtle.verify(ED25519, verifier, signature, textBytes));
    if (!valid) return { ok: false, reason: `the signature by ${name} (key ${toHex(claimedHash)}) does not verify` };
    signedBy ??= key;
  }
  if (signedBy === undefined) return { ok: false, reason: "no trusted key signed this note" };
  return { ok: true, text, signedBy };
}
