// RFC 9162 (Certificate Transparency v2) Merkle tree over a dossier's events, as the Durable Object
// stores it: appends, roots and proofs computed from stored complete subtrees, never by rehashing.
// It re-exports the hashes, verifiers and encodings, so callers of the tree import from one place.
import { emptyRoot, HASH_LENGTH, type Hash, nodeHash } from "./hashes";

export { equalBytes, fromBase64, fromHex, toBase64, toHex } from "./encoding";
export { emptyRoot, HASH_LENGTH, type Hash, leafHash, nodeHash } from "./hashes";
export { verifyConsistency, verifyInclusion } from "./verify";

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
