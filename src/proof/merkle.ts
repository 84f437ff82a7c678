// RFC 9162 (Certificate Transparency v2) Merkle tree hashing and proofs over a dossier's events.
// Only complete subtrees are stored: node (level, index) covers leaves [index·2^level, (index+1)·2^level).
// Every root and proof is computed from O(log n) stored nodes, never by rehashing the stream.
// Hashing is synchronous (node:crypto) because appends hash inside a synchronous transaction.
import { createHash } from "node:crypto";

export type Hash = Uint8Array;

export interface MerkleNodeReader {
  node(level: number, index: number): Hash | undefined;
}

export interface MerkleNode {
  level: number;
  index: number;
  hash: Hash;
}

const LEAF_PREFIX = Uint8Array.of(0);
const NODE_PREFIX = Uint8Array.of(1);

export function leafHash(leaf: Uint8Array): Hash {
  return new Uint8Array(createHash("sha256").update(LEAF_PREFIX).update(leaf).digest());
}

export function nodeHash(left: Hash, right: Hash): Hash {
  return new Uint8Array(createHash("sha256").update(NODE_PREFIX).update(left).update(right).digest());
}

export const EMPTY_ROOT: Hash = new Uint8Array(createHash("sha256").digest());

/** The largest power of two strictly smaller than n (n ≥ 2): RFC 9162's split point k. */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}

function required(reader: MerkleNodeReader, level: number, index: number): Hash {
  const hash = reader.node(level, index);
  if (!hash) throw new Error(`merkle node (${level}, ${index}) is missing from the store`);
  return hash;
}

/** MTH(D[start : start+n]); `start` is always aligned to the split, as RFC 9162's recursion keeps it. */
function subtreeHash(reader: MerkleNodeReader, start: number, n: number): Hash {
  if (isPowerOfTwo(n)) return required(reader, Math.log2(n), start / n);
  const k = splitPoint(n);
  return nodeHash(subtreeHash(reader, start, k), subtreeHash(reader, start + k, n - k));
}

/** The root of the tree of the first `size` leaves. */
export function rootAt(reader: MerkleNodeReader, size: number): Hash {
  return size === 0 ? EMPTY_ROOT : subtreeHash(reader, 0, size);
}

/**
 * Append leaf hashes to a tree of `size` leaves: returns every complete subtree that comes into
 * being (to store) and the new root. Reads only the right edge of the existing tree.
 */
export function appendLeaves(
  reader: MerkleNodeReader,
  size: number,
  leafHashes: Hash[],
): { nodes: MerkleNode[]; size: number; root: Hash } {
  const created = new Map<string, Hash>();
  const nodes: MerkleNode[] = [];
  const view: MerkleNodeReader = {
    node: (level, index) => created.get(`${level}/${index}`) ?? reader.node(level, index),
  };
  const add = (level: number, index: number, hash: Hash) => {
    created.set(`${level}/${index}`, hash);
    nodes.push({ level, index, hash });
  };
  leafHashes.forEach((hash, offset) => {
    let index = size + offset;
    let level = 0;
    add(level, index, hash);
    while (index % 2 === 1) {
      const parent = nodeHash(required(view, level, index - 1), required(view, level, index));
      index = (index - 1) / 2;
      level += 1;
      add(level, index, parent);
    }
  });
  const newSize = size + leafHashes.length;
  return { nodes, size: newSize, root: rootAt(view, newSize) };
}

/** PATH(m, D[start : start+n]) of RFC 9162 section 2.1.3.1. */
function path(reader: MerkleNodeReader, m: number, start: number, n: number): Hash[] {
  if (n <= 1) return [];
  const k = splitPoint(n);
  return m < k
    ? [...path(reader, m, start, k), subtreeHash(reader, start + k, n - k)]
    : [...path(reader, m - k, start + k, n - k), subtreeHash(reader, start, k)];
}

/** The audit path of leaf `index` (0-based) in the tree of `size` leaves. */
export function inclusionProof(reader: MerkleNodeReader, index: number, size: number): Hash[] {
  if (!(index >= 0 && index < size)) throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
  return path(reader, index, 0, size);
}

/** SUBPROOF(m, D[start : start+n], b) of RFC 9162 section 2.1.4.1. */
function subproof(reader: MerkleNodeReader, m: number, start: number, n: number, complete: boolean): Hash[] {
  if (m === n) return complete ? [] : [subtreeHash(reader, start, n)];
  const k = splitPoint(n);
  return m <= k
    ? [...subproof(reader, m, start, k, complete), subtreeHash(reader, start + k, n - k)]
    : [...subproof(reader, m - k, start + k, n - k, false), subtreeHash(reader, start, k)];
}

/** The proof that the tree of `fromSize` leaves is a prefix of the tree of `toSize` leaves. */
export function consistencyProof(reader: MerkleNodeReader, fromSize: number, toSize: number): Hash[] {
  if (!(fromSize >= 1 && fromSize <= toSize))
    throw new RangeError(`no consistency proof from ${fromSize} to ${toSize}`);
  return subproof(reader, fromSize, 0, toSize, true);
}

export function equalHashes(a: Hash, b: Hash): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** RFC 9162 section 2.1.3.2: does `proof` place `leaf` at `index` in the tree with `root`? */
export function verifyInclusion(leaf: Hash, index: number, size: number, proof: Hash[], root: Hash): boolean {
  if (!(index >= 0 && index < size)) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalHashes(r, root);
}

/** RFC 9162 section 2.1.4.2: is the tree (fromSize, fromRoot) a prefix of (toSize, toRoot)? */
export function verifyConsistency(
  fromSize: number,
  toSize: number,
  fromRoot: Hash,
  toRoot: Hash,
  proof: Hash[],
): boolean {
  if (fromSize < 1 || fromSize > toSize) return false;
  if (fromSize === toSize) return proof.length === 0 && equalHashes(fromRoot, toRoot);
  const path = isPowerOfTwo(fromSize) ? [fromRoot, ...proof] : [...proof];
  const [first, ...rest] = path;
  if (!first) return false;
  let fn = fromSize - 1;
  let sn = toSize - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = first;
  let sr = first;
  for (const c of rest) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalHashes(fr, fromRoot) && equalHashes(sr, toRoot);
}

/** A Map-backed node store, for tests, replays and the offline verifier. */
export class MemoryMerkleNodes implements MerkleNodeReader {
  private readonly nodes = new Map<string, Hash>();
  size = 0;

  node(level: number, index: number): Hash | undefined {
    return this.nodes.get(`${level}/${index}`);
  }

  append(leafHashes: Hash[]): Hash {
    const result = appendLeaves(this, this.size, leafHashes);
    for (const { level, index, hash } of result.nodes) this.nodes.set(`${level}/${index}`, hash);
    this.size = result.size;
    return result.root;
  }
}

export const toHex = (hash: Hash) => [...hash].map((byte) => byte.toString(16).padStart(2, "0")).join("");
export const fromHex = (hex: string): Hash =>
  Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
export const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
export const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
