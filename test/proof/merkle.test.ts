// Appends and roots of the stored-subtree tree against MTH written naively from RFC 9162.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  appendLeaves,
  emptyRoot,
  type Hash,
  leafHash,
  MemoryMerkleNodes,
  type MerkleNode,
  rootAt,
  toHex,
} from "../../src/proof/merkle";
import { referenceRoot } from "./rfc9162-reference";
import { asOfSize, countingReader, leafData, treeOf } from "./tree-fixtures";

const LARGE = 1100;
const leaves = leafData(LARGE);
const tree = treeOf(leaves);
const nodeKeys = (nodes: MerkleNode[]) => nodes.map(({ level, index, hash }) => `${level}/${index}=${toHex(hash)}`);

describe("rootAt", () => {
  it("gives SHA-256 of nothing for the empty tree", () => {
    expect(toHex(rootAt(new MemoryMerkleNodes(), 0))).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
    expect(toHex(emptyRoot())).toBe(toHex(referenceRoot([])));
  });

  it("equals MTH(D[n]) for every size up to 70, reading only the tree as it was at that size", () => {
    for (let size = 0; size <= 70; size++) {
      expect(toHex(rootAt(asOfSize(tree, size), size)), `size ${size}`).toBe(
        toHex(referenceRoot(leaves.slice(0, size))),
      );
    }
  });

  it("equals MTH(D[n]) for random sizes up to 1100", () => {
    fc.assert(
      fc.property(fc.integer({ min: 71, max: LARGE }), (size) => {
        expect(toHex(rootAt(asOfSize(tree, size), size))).toBe(toHex(referenceRoot(leaves.slice(0, size))));
      }),
      { numRuns: 40 },
    );
  });

  it("reads one stored node per set bit of the size", () => {
    for (const size of [1, 2, 3, 7, 8, 63, 64, 65, 1000, 1023, 1024, LARGE]) {
      const reader = countingReader(tree);
      rootAt(reader, size);
      expect(reader.reads, `size ${size}`).toBe(size.toString(2).replaceAll("0", "").length);
    }
  });

  it("fails, naming the node, when the store is smaller than the size asked", () => {
    expect(() => rootAt(treeOf(leafData(4)), 5)).toThrow(/level 0, index 4/);
    expect(() => rootAt(tree, -1)).toThrow(RangeError);
  });
});

describe("appendLeaves", () => {
  it("stores exactly the complete subtrees, each the MTH of the leaves it covers", () => {
    for (let size = 0; size <= 70; size++) {
      const expected: string[] = [];
      for (let level = 0; 2 ** level <= size; level++) {
        for (let index = 0; (index + 1) * 2 ** level <= size; index++) {
          const covered = leaves.slice(index * 2 ** level, (index + 1) * 2 ** level);
          expected.push(`${level}/${index}=${toHex(referenceRoot(covered))}`);
        }
      }
      expect(nodeKeys(treeOf(leaves.slice(0, size)).entries()), `size ${size}`).toEqual(expected);
    }
  });

  it("gives the same nodes, in the same order, and the same roots in batches of any size as one leaf at a time", () => {
    const batchSizes = fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(batchSizes, (sizes) => {
        const total = sizes.reduce((sum, n) => sum + n, 0);
        const hashes = leaves.slice(0, total).map(leafHash);
        const single = new MemoryMerkleNodes();
        const singleNodes = hashes.flatMap((hash) => single.append([hash]).nodes);
        const batched = new MemoryMerkleNodes();
        const batchedNodes: MerkleNode[] = [];
        let appended = 0;
        for (const count of sizes) {
          const result = batched.append(hashes.slice(appended, appended + count));
          appended += count;
          batchedNodes.push(...result.nodes);
          expect(result.size).toBe(appended);
          expect(toHex(result.root)).toBe(toHex(referenceRoot(leaves.slice(0, appended))));
        }
        expect(nodeKeys(batchedNodes)).toEqual(nodeKeys(singleNodes));
        expect(nodeKeys(batched.entries())).toEqual(nodeKeys(single.entries()));
      }),
      { numRuns: 60 },
    );
  });

  it("reads only the right edge: O(log n) reads to add one leaf or a batch to a tree of 1000", () => {
    const existing = treeOf(leaves.slice(0, 1000));
    const one = countingReader(existing);
    appendLeaves(one, 1000, [leafHash(leaves[1000] as Uint8Array)]);
    expect(one.reads).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(1001)));
    const batch = countingReader(existing);
    appendLeaves(batch, 1000, leaves.slice(1000, 1100).map(leafHash));
    expect(batch.reads).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(1100)));
  });

  it("returns the current root and no nodes for an empty batch", () => {
    const result = appendLeaves(tree, 37, []);
    expect(result.nodes).toEqual([]);
    expect(result.size).toBe(37);
    expect(toHex(result.root)).toBe(toHex(referenceRoot(leaves.slice(0, 37))));
  });

  it("refuses a leaf hash that is not 32 bytes, and a store missing the left sibling", () => {
    const short: Hash = new Uint8Array(31);
    expect(() => appendLeaves(new MemoryMerkleNodes(), 0, [short])).toThrow(/31 bytes/);
    expect(() => appendLeaves(new MemoryMerkleNodes(), 1, [leafHash(new Uint8Array())])).toThrow(/level 0, index 0/);
    expect(() => appendLeaves(new MemoryMerkleNodes(), -1, [])).toThrow(RangeError);
  });
});
