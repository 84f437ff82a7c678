// Leaves, stores and reader wrappers shared by the Merkle tests.
import { type Hash, leafHash, MemoryMerkleNodes, type MerkleNodeReader, toHex } from "../../src/proof/merkle";

/** Distinct leaf data: "event 0", "event 1", ... */
export function leafData(count: number, from = 0): Uint8Array[] {
  return Array.from({ length: count }, (_, i) => new TextEncoder().encode(`event ${from + i}`));
}

export function treeOf(leaves: Uint8Array[]): MemoryMerkleNodes {
  const tree = new MemoryMerkleNodes();
  tree.append(leaves.map(leafHash));
  return tree;
}

/** The store as it was at `size` leaves: nodes covering any later leaf are absent. */
export function asOfSize(reader: MerkleNodeReader, size: number): MerkleNodeReader {
  return { node: (level, index) => ((index + 1) * 2 ** level <= size ? reader.node(level, index) : undefined) };
}

/** Counts reads, to check that work stays logarithmic. */
export function countingReader(reader: MerkleNodeReader): MerkleNodeReader & { reads: number } {
  const counter = {
    reads: 0,
    node(level: number, index: number) {
      counter.reads += 1;
      return reader.node(level, index);
    },
  };
  return counter;
}

export const hexes = (hashes: readonly Hash[]) => hashes.map(toHex);

/** A copy of `hashes` with one bit of element `which` flipped. */
export function withFlippedByte(hashes: readonly Hash[], which: number): Hash[] {
  return hashes.map((hash, i) => {
    if (i !== which) return hash;
    const copy = hash.slice();
    const at = (which * 7) % copy.length;
    copy[at] = (copy[at] ?? 0) ^ 0x80;
    return copy;
  });
}
