// Inclusion and consistency proofs from stored subtrees against PATH and PROOF written naively from RFC 9162.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { consistencyProof, inclusionProof } from "../../src/proof/merkle";
import { referencePath, referenceProof } from "./rfc9162-reference";
import { asOfSize, countingReader, hexes, leafData, treeOf } from "./tree-fixtures";

const LARGE = 1100;
const leaves = leafData(LARGE);
const tree = treeOf(leaves);

describe("inclusionProof", () => {
  it("equals PATH(m, D[n]) for every leaf of every tree up to 40 leaves", () => {
    for (let size = 1; size <= 40; size++) {
      const asOf = asOfSize(tree, size);
      for (let index = 0; index < size; index++) {
        expect(hexes(inclusionProof(asOf, index, size)), `leaf ${index} of ${size}`).toEqual(
          hexes(referencePath(index, leaves.slice(0, size))),
        );
      }
    }
  });

  it("equals PATH(m, D[n]) for random leaves of larger trees", () => {
    const leafOfTree = fc
      .integer({ min: 41, max: LARGE })
      .chain((size) => fc.tuple(fc.integer({ min: 0, max: size - 1 }), fc.constant(size)));
    fc.assert(
      fc.property(leafOfTree, ([index, size]) => {
        expect(hexes(inclusionProof(asOfSize(tree, size), index, size))).toEqual(
          hexes(referencePath(index, leaves.slice(0, size))),
        );
      }),
      { numRuns: 60 },
    );
  });

  it("reads O(log n) stored nodes", () => {
    const reader = countingReader(tree);
    inclusionProof(reader, 517, 1099);
    expect(reader.reads).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(1099)));
  });

  it("refuses a leaf outside the tree", () => {
    expect(() => inclusionProof(tree, 5, 5)).toThrow(RangeError);
    expect(() => inclusionProof(tree, -1, 5)).toThrow(RangeError);
    expect(() => inclusionProof(tree, 1.5, 5)).toThrow(RangeError);
    expect(() => inclusionProof(tree, 0, 0)).toThrow(RangeError);
  });
});

describe("consistencyProof", () => {
  it("equals PROOF(m, D[n]) for every 1 ≤ m ≤ n ≤ 40", () => {
    for (let toSize = 1; toSize <= 40; toSize++) {
      const asOf = asOfSize(tree, toSize);
      for (let fromSize = 1; fromSize <= toSize; fromSize++) {
        expect(hexes(consistencyProof(asOf, fromSize, toSize)), `${fromSize} → ${toSize}`).toEqual(
          hexes(referenceProof(fromSize, leaves.slice(0, toSize))),
        );
      }
    }
  });

  it("equals PROOF(m, D[n]) for random pairs of larger trees", () => {
    const pair = fc
      .integer({ min: 41, max: LARGE })
      .chain((toSize) => fc.tuple(fc.integer({ min: 1, max: toSize }), fc.constant(toSize)));
    fc.assert(
      fc.property(pair, ([fromSize, toSize]) => {
        expect(hexes(consistencyProof(asOfSize(tree, toSize), fromSize, toSize))).toEqual(
          hexes(referenceProof(fromSize, leaves.slice(0, toSize))),
        );
      }),
      { numRuns: 60 },
    );
  });

  it("is empty from the empty tree and between equal sizes", () => {
    expect(consistencyProof(tree, 0, 17)).toEqual([]);
    expect(consistencyProof(tree, 17, 17)).toEqual([]);
  });

  it("reads O(log n) stored nodes", () => {
    const reader = countingReader(tree);
    consistencyProof(reader, 333, 1099);
    expect(reader.reads).toBeLessThanOrEqual(3 * Math.ceil(Math.log2(1099)));
  });

  it("refuses sizes that go backwards or are not counts", () => {
    expect(() => consistencyProof(tree, 4, 3)).toThrow(RangeError);
    expect(() => consistencyProof(tree, -1, 3)).toThrow(RangeError);
    expect(() => consistencyProof(tree, 1, 2.5)).toThrow(RangeError);
  });
});
