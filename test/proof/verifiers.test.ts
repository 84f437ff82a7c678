// The store-free verifiers of RFC 9162 sections 2.1.3.2 and 2.1.4.2: they accept every honest proof
// and reject proofs or claims changed in any way.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  consistencyProof,
  emptyRoot,
  type Hash,
  inclusionProof,
  leafHash,
  rootAt,
  verifyConsistency,
  verifyInclusion,
} from "../../src/proof/merkle";
import { leafData, treeOf, withFlippedByte } from "./tree-fixtures";

const SMALL = 40;
const LARGE = 1100;
const leaves = leafData(LARGE);
const tree = treeOf(leaves);
const leafHashes = leaves.map(leafHash);
const roots: Hash[] = Array.from({ length: SMALL + 2 }, (_, size) => rootAt(tree, size));
const rootOf = (size: number) => roots[size] ?? rootAt(tree, size);
const leafAt = (index: number) => leafHashes[index] as Hash;
const extraHash = leafHash(new TextEncoder().encode("not in the tree"));

/** Every way of getting an inclusion claim wrong that must fail. */
function expectInclusionChecked(index: number, size: number, otherSizes: number[]): void {
  const proof = inclusionProof(tree, index, size);
  const root = rootOf(size);
  const claim = `leaf ${index} of ${size}`;
  expect(verifyInclusion(leafAt(index), index, size, proof, root), claim).toBe(true);
  proof.forEach((_, which) => {
    expect(
      verifyInclusion(leafAt(index), index, size, withFlippedByte(proof, which), root),
      `${claim}, flipped ${which}`,
    ).toBe(false);
  });
  for (let other = 0; other < size; other++) {
    if (other !== index)
      expect(verifyInclusion(leafAt(index), other, size, proof, root), `${claim} as ${other}`).toBe(false);
  }
  for (const otherSize of otherSizes) {
    if (otherSize === size) continue;
    const verdict = verifyInclusion(leafAt(index), index, otherSize, proof, rootOf(otherSize));
    expect(verdict, `${claim} as of size ${otherSize}`).toBe(false);
  }
  if (proof.length > 0) {
    expect(verifyInclusion(leafAt(index), index, size, proof.slice(0, -1), root), `${claim} truncated`).toBe(false);
  }
  expect(verifyInclusion(leafAt(index), index, size, [...proof, extraHash], root), `${claim} extended`).toBe(false);
  expect(verifyInclusion(extraHash, index, size, proof, root), `${claim}, other leaf`).toBe(false);
  expect(verifyInclusion(leafAt(index), index, size, proof, rootOf(size + 1)), `${claim}, other root`).toBe(false);
}

/** Every way of getting a consistency claim wrong that must fail. */
function expectConsistencyChecked(fromSize: number, toSize: number, otherSizes: number[]): void {
  const proof = consistencyProof(tree, fromSize, toSize);
  const [fromRoot, toRoot] = [rootOf(fromSize), rootOf(toSize)];
  const claim = `${fromSize} → ${toSize}`;
  expect(verifyConsistency(fromSize, toSize, fromRoot, toRoot, proof), claim).toBe(true);
  proof.forEach((_, which) => {
    expect(
      verifyConsistency(fromSize, toSize, fromRoot, toRoot, withFlippedByte(proof, which)),
      `${claim}, flipped ${which}`,
    ).toBe(false);
  });
  for (const other of otherSizes) {
    if (other !== fromSize && other <= toSize) {
      expect(verifyConsistency(other, toSize, rootOf(other), toRoot, proof), `${claim} from ${other}`).toBe(false);
    }
    if (other !== toSize && other >= fromSize) {
      expect(verifyConsistency(fromSize, other, fromRoot, rootOf(other), proof), `${claim} to ${other}`).toBe(false);
    }
  }
  if (proof.length > 0) {
    expect(verifyConsistency(fromSize, toSize, fromRoot, toRoot, proof.slice(0, -1)), `${claim} truncated`).toBe(false);
  }
  expect(verifyConsistency(fromSize, toSize, fromRoot, toRoot, [...proof, extraHash]), `${claim} extended`).toBe(false);
  expect(verifyConsistency(fromSize, toSize, fromRoot, rootOf(toSize + 1), proof), `${claim}, other new root`).toBe(
    false,
  );
  expect(verifyConsistency(fromSize, toSize, rootOf(fromSize - 1), toRoot, proof), `${claim}, other old root`).toBe(
    false,
  );
}

const allSizesUpTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("verifyInclusion", () => {
  it("accepts every honest proof and rejects every change, trees up to 40 leaves", () => {
    for (let size = 1; size <= SMALL; size++) {
      for (let index = 0; index < size; index++) expectInclusionChecked(index, size, allSizesUpTo(SMALL + 1));
    }
  });

  it("does the same for random leaves of larger trees", () => {
    const leafOfTree = fc
      .integer({ min: SMALL + 1, max: LARGE - 1 })
      .chain((size) => fc.tuple(fc.integer({ min: 0, max: size - 1 }), fc.constant(size)));
    fc.assert(
      fc.property(leafOfTree, ([index, size]) =>
        expectInclusionChecked(index, size, [size - 1, size + 1, Math.min(2 * size, LARGE)]),
      ),
      { numRuns: 25 },
    );
  });

  it("pins the root, not the size: a 3-leaf proof also checks out as size 4 against the 3-leaf root", () => {
    // RFC 9162 verification walks the path shape the size implies, and leaf 0 has the same shape in
    // trees of 3 and 4. The signed checkpoint is what ties a size to its root.
    const proof = inclusionProof(tree, 0, 3);
    expect(verifyInclusion(leafAt(0), 0, 4, proof, rootOf(3))).toBe(true);
    expect(verifyInclusion(leafAt(0), 0, 4, proof, rootOf(4))).toBe(false);
  });

  it("rejects a proof that ends below the top of the claimed tree, even with the matching subtree root", () => {
    // The path of leaf 0 in 4 leaves also starts the path in 8; only the final "sn is 0" check tells them apart.
    expect(verifyInclusion(leafAt(0), 0, 8, inclusionProof(tree, 0, 4), rootOf(4))).toBe(false);
  });

  it("rejects malformed claims without throwing", () => {
    const proof = inclusionProof(tree, 2, 5);
    expect(verifyInclusion(leafAt(2), 5, 5, proof, rootOf(5))).toBe(false);
    expect(verifyInclusion(leafAt(2), -1, 5, proof, rootOf(5))).toBe(false);
    expect(verifyInclusion(leafAt(2), 2.5, 5, proof, rootOf(5))).toBe(false);
    expect(verifyInclusion(leafAt(2), 2, 5, [...proof.slice(0, -1), new Uint8Array(31)], rootOf(5))).toBe(false);
    expect(verifyInclusion(leafAt(0), 0, 1, [], rootOf(1))).toBe(true);
    expect(verifyInclusion(leafAt(0), 0, 1, [leafAt(1)], rootOf(1))).toBe(false);
  });
});

describe("verifyConsistency", () => {
  it("accepts every honest proof and rejects every change, for all 1 ≤ m ≤ n ≤ 40", () => {
    for (let toSize = 1; toSize <= SMALL; toSize++) {
      for (let fromSize = 1; fromSize <= toSize; fromSize++) {
        expectConsistencyChecked(fromSize, toSize, allSizesUpTo(SMALL + 1));
      }
    }
  });

  it("does the same for random pairs of larger trees", () => {
    const pair = fc
      .integer({ min: SMALL + 1, max: LARGE - 1 })
      .chain((toSize) => fc.tuple(fc.integer({ min: 2, max: toSize }), fc.constant(toSize)));
    fc.assert(
      fc.property(pair, ([fromSize, toSize]) =>
        expectConsistencyChecked(fromSize, toSize, [fromSize - 1, fromSize + 1, toSize - 1, toSize + 1]),
      ),
      { numRuns: 25 },
    );
  });

  it("treats the empty tree as a prefix of every tree, with an empty proof", () => {
    expect(verifyConsistency(0, 9, emptyRoot(), rootOf(9), [])).toBe(true);
    expect(verifyConsistency(0, 9, rootOf(1), rootOf(9), [])).toBe(false);
    expect(verifyConsistency(0, 9, emptyRoot(), rootOf(9), [leafAt(0)])).toBe(false);
  });

  it("rejects a proof that ends below the top of the claimed tree, even with the matching subtree root", () => {
    expect(verifyConsistency(2, 8, rootOf(2), rootOf(4), consistencyProof(tree, 2, 4))).toBe(false);
  });

  it("rejects malformed claims without throwing", () => {
    const proof = consistencyProof(tree, 3, 7);
    expect(verifyConsistency(7, 3, rootOf(7), rootOf(3), proof)).toBe(false);
    expect(verifyConsistency(3, 7, rootOf(7), rootOf(3), proof)).toBe(false);
    expect(verifyConsistency(3, 7, rootOf(3), rootOf(7), [])).toBe(false);
    expect(verifyConsistency(3, 7.5, rootOf(3), rootOf(7), proof)).toBe(false);
    expect(verifyConsistency(3, 7, rootOf(3), rootOf(7), [new Uint8Array(33), ...proof.slice(1)])).toBe(false);
    expect(verifyConsistency(5, 5, rootOf(5), rootOf(5), [])).toBe(true);
    expect(verifyConsistency(5, 5, rootOf(5), rootOf(5), [leafAt(0)])).toBe(false);
    expect(verifyConsistency(5, 5, rootOf(5), rootOf(6), [])).toBe(false);
  });
});
