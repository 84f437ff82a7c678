// RFC 9162 section 2.1.1 hashing with domain separation: leaves and interior nodes can never be
// mistaken for one another. Synchronous (node:crypto) because appends hash inside the Durable
// Object's synchronous SQLite transaction; node:crypto is in workerd (nodejs_compat) and in Node.
import { createHash } from "node:crypto";

export type Hash = Uint8Array;

export const HASH_LENGTH = 32;

// The input is assembled first and hashed with one `update`: in workerd each `update` call costs
// about as much as hashing the bytes, and an append hashes two to three times per event.

/** SHA-256(0x00 || leaf) */
export function leafHash(leaf: Uint8Array): Hash {
  const input = new Uint8Array(1 + leaf.length);
  input[0] = 0x00;
  input.set(leaf, 1);
  return new Uint8Array(createHash("sha256").update(input).digest());
}

/** SHA-256(0x01 || left || right) */
export function nodeHash(left: Hash, right: Hash): Hash {
  const input = new Uint8Array(1 + left.length + right.length);
  input[0] = 0x01;
  input.set(left, 1);
  input.set(right, 1 + left.length);
  return new Uint8Array(createHash("sha256").update(input).digest());
}

/** The root of the empty tree, SHA-256 of no bytes (a fresh copy each call: hashes are mutable arrays). */
export function emptyRoot(): Hash {
  return new Uint8Array(createHash("sha256").digest());
}

/** Whether n is 2^k for some k ≥ 0. Arithmetic, not bit operations: sizes may pass 2^31. */
export function isPowerOfTwo(n: number): boolean {
  let width = 1;
  while (width < n) width *= 2;
  return width === n;
}
