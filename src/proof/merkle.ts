// RFC 9162 (Certificate Transparency v2) Merkle tree over a dossier's events: appends, roots and
// proofs computed from stored complete subtrees, and verifiers that need no store. Hashing is
// synchronous (node:crypto) because appends hash inside the Durable Object's synchronous transaction.
import { createHash } from "node:crypto";
import { equalBytes } from "./encoding";

export { equalBytes, fromBase64, fromHex, toBase64, toHex } from "./encoding";

export type Hash = Uint8Array;

export const HASH_LENGTH = 32;

/**
 * Only complete (perfect) subtrees are stored. Node (level, index) is the hash of the leaves
 * [index·2^level, (index+1)·2^level); level 0 holds the leaf hashes. `undefined` means not stored.
 */
export interface MerkleNodeReader {
  node(level: number, index: number): Hash | undefined;
}

export interface MerkleNode {
  level: number;
  index: number;
  hash: Hash;
}

/** What an append produces: the complete subtrees to store, the new size and the new root. */
export interface MerkleAppend {
  nodes: MerkleNode[];
  size: number;
  root: Hash;
}

const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

/** SHA-256(0x00 || leaf) */
export function leafHash(leaf: Uint8Array): Hash {
  return new Uint8Array(createHash("sha256").update(LEAF_PREFIX).update(leaf).digest());
}

/** SHA-256(0x01 || left || right) */
export function nodeHash(left: Hash, right: Hash): Hash {
  return new Uint8Array(createHash("sha256").update(NODE_PREFIX).update(left).update(right).digest());
}

/** The root of the empty tree, SHA-256 of no bytes (a fresh copy each call: hashes are mutable arrays). */
export function emptyRoot(): Hash {
  return new Uint8Array(createHash("sha256").digest());
}

function assertTreeSize(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0: ${value}`);
}

/** RFC 9162's split point k: the largest power of two strictly smaller than n (n ≥ 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** log2(n) when n is a power of two, else undefined. Arithmetic, not bit operations: sizes may pass 2^31. */
function perfectLevel(n: number): number | undefined {
  let level = 0;
  for (let width = 1; width <= n; width *= 2, level++) if (width === n) return level;
  return undefined;
}

function storedNode(reader: MerkleNodeReader, level: number, index: number): Hash {
  const hash = reader.node(level, index);
  if (hash === undefined) {
    throw new Error(
      `Merkle node (level ${level}, index ${index}) is not in the store: the tree is smaller than asked or damaged`,
    );
  }
  return hash;
}

/**
 * MTH(D[start : start+n]) for n ≥ 1. RFC 9162's recursion only ever asks for ranges whose start is
 * a multiple of their largest power-of-two part, so every perfect range is one stored node.
 */
function subtreeHash(reader: MerkleNodeReader, start: number, n: number): Hash {
  const level = perfectLevel(n);
  if (level !== undefined) return storedNode(reader, level, start / n);
  const k = splitPoint(n);
  return nodeHash(subtreeHash(reader, start, k), subtreeHash(reader, start + k, n - k));
}

/** The root of the tree of the first `size` leaves, from popcount(size) stored nodes. */
export function rootAt(reader: MerkleNodeReader, size: number): Hash {
  assertTreeSize("tree size", size);
  return size === 0 ? emptyRoot() : subtreeHash(reader, 0, size);
}

/**
 * Append leaf hashes to a tree of `size` leaves. Returns every complete subtree that comes into
 * being (to store, in creation order) and the new root. Reads only left siblings on the right edge
 * of the tree (through `reader`, or from this call's own new nodes): O(batch + log n), no rehash.
 */
export function appendLeaves(reader: MerkleNodeReader, size: number, leafHashes: readonly Hash[]): MerkleAppend {
  assertTreeSize("tree size", size);
  const created = new Map<string, Hash>();
  const nodes: MerkleNode[] = [];
  const view: MerkleNodeReader = {
    node: (level, index) => created.get(`${level}/${index}`) ?? reader.node(level, index),
  };
  const create = (level: number, index: number, hash: Hash) => {
    created.set(`${level}/${index}`, hash);
    nodes.push({ level, index, hash });
  };
  leafHashes.forEach((hash, offset) => {
    if (hash.length !== HASH_LENGTH) throw new RangeError(`leaf hash ${offset} has ${hash.length} bytes, not 32`);
    let level = 0;
    let index = size + offset;
    create(level, index, hash);
    // A right child completes its parent; climb while the node just made is a right child.
    while (index % 2 === 1) {
      const parent = nodeHash(storedNode(view, level, index - 1), storedNode(view, level, index));
      level += 1;
      index = (index - 1) / 2;
      create(level, index, parent);
    }
  });
  const newSize = size + leafHashes.length;
  return { nodes, size: newSize, root: rootAt(view, newSize) };
}

/** PATH(m, D[start : start+n]) of RFC 9162 section 2.1.3.1, appended to `proof` leaf-side first. */
function collectPath(reader: MerkleNodeReader, m: number, start: number, n: number, proof: Hash[]): void {
  if (n <= 1) return;
  const k = splitPoint(n);
  if (m < k) {
    collectPath(reader, m, start, k, proof);
    proof.push(subtreeHash(reader, start + k, n - k));
  } else {
    collectPath(reader, m - k, start + k, n - k, proof);
    proof.push(subtreeHash(reader, start, k));
  }
}

/** The audit path of leaf `index` (0-based) in the tree of the first `size` leaves. */
export function inclusionProof(reader: MerkleNodeReader, index: number, size: number): Hash[] {
  assertTreeSize("tree size", size);
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) {
    throw new RangeError(`leaf ${index} is not in a tree of ${size} leaves`);
  }
  const proof: Hash[] = [];
  collectPath(reader, index, 0, size, proof);
  return proof;
}

/** SUBPROOF(m, D[start : start+n], complete) of RFC 9162 section 2.1.4.1. */
function collectSubproof(
  reader: MerkleNodeReader,
  m: number,
  start: number,
  n: number,
  complete: boolean,
  proof: Hash[],
): void {
  if (m === n) {
    if (!complete) proof.push(subtreeHash(reader, start, n));
    return;
  }
  const k = splitPoint(n);
  if (m <= k) {
    collectSubproof(reader, m, start, k, complete, proof);
    proof.push(subtreeHash(reader, start + k, n - k));
  } else {
    collectSubproof(reader, m - k, start + k, n - k, false, proof);
    proof.push(subtreeHash(reader, start, k));
  }
}

/**
 * PROOF(fromSize, D[toSize]): that the tree of `fromSize` leaves is a prefix of the tree of
 * `toSize` leaves. Empty when the sizes are equal or `fromSize` is 0 (as transparency-dev allows).
 */
export function consistencyProof(reader: MerkleNodeReader, fromSize: number, toSize: number): Hash[] {
  assertTreeSize("from size", fromSize);
  assertTreeSize("to size", toSize);
  if (fromSize > toSize) throw new RangeError(`no consistency proof from ${fromSize} leaves back to ${toSize}`);
  const proof: Hash[] = [];
  if (fromSize > 0) collectSubproof(reader, fromSize, 0, toSize, true, proof);
  return proof;
}

const isHash = (value: Hash) => value.length === HASH_LENGTH;

/** RFC 9162 section 2.1.3.2: does `proof` put the leaf with hash `leaf` at `index` in the tree with `root`? */
export function verifyInclusion(leaf: Hash, index: number, size: number, proof: readonly Hash[], root: Hash): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  if (!isHash(leaf) || !isHash(root) || !proof.every(isHash)) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn /= 2;
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalBytes(r, root);
}

/** RFC 9162 section 2.1.4.2: is the tree (fromSize, fromRoot) a prefix of the tree (toSize, toRoot)? */
export function verifyConsistency(
  fromSize: number,
  toSize: number,
  fromRoot: Hash,
  toRoot: Hash,
  proof: readonly Hash[],
): boolean {
  if (!Number.isSafeInteger(fromSize) || !Number.isSafeInteger(toSize) || fromSize < 0 || fromSize > toSize) {
    return false;
  }
  if (!isHash(fromRoot) || !isHash(toRoot) || !proof.every(isHash)) return false;
  if (fromSize === 0) return proof.length === 0 && equalBytes(fromRoot, emptyRoot());
  if (fromSize === toSize) return proof.length === 0 && equalBytes(fromRoot, toRoot);
  if (proof.length === 0) return false;
  // When the old tree is one perfect subtree its root is the proof's implicit first node.
  const path = perfectLevel(fromSize) !== undefined ? [fromRoot, ...proof] : proof;
  let fn = fromSize - 1;
  let sn = toSize - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  const [first, ...rest] = path as [Hash, ...Hash[]];
  let fr = first;
  let sr = first;
  for (const c of rest) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn /= 2;
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalBytes(fr, fromRoot) && equalBytes(sr, toRoot);
}

/** A Map-backed node store with the same shape as the SQLite one, for tests and the offline verifier. */
export class MemoryMerkleNodes implements MerkleNodeReader {
  readonly #hashes = new Map<string, Hash>();
  #size = 0;

  /** Number of leaves appended through `append`. */
  get size(): number {
    return this.#size;
  }

  node(level: number, index: number): Hash | undefined {
    return this.#hashes.get(`${level}/${index}`);
  }

  insert(nodes: readonly MerkleNode[]): void {
    for (const { level, index, hash } of nodes) this.#hashes.set(`${level}/${index}`, hash);
  }

  append(leafHashes: readonly Hash[]): MerkleAppend {
    const appended = appendLeaves(this, this.#size, leafHashes);
    this.insert(appended.nodes);
    this.#size = appended.size;
    return appended;
  }

  /** Every stored node, by level then index. */
  entries(): MerkleNode[] {
    return [...this.#hashes.entries()]
      .map(([key, hash]) => {
        const [level = 0, index = 0] = key.split("/").map(Number);
        return { level, index, hash };
      })
      .sort((a, b) => a.level - b.level || a.index - b.index);
  }
}
