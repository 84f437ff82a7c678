// Known-answer vectors: the eight leaves of the Certificate Transparency and transparency-dev/merkle
// tests, their roots, and proofs as published with them (RFC 6962 test data, also in Go's tlog tests).
import { describe, expect, it } from "vitest";
import {
  consistencyProof,
  fromHex,
  inclusionProof,
  leafHash,
  rootAt,
  toHex,
  verifyConsistency,
  verifyInclusion,
} from "../../src/proof/merkle";
import { hexes, treeOf } from "./tree-fixtures";

const LEAVES = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"];
const ROOTS = [
  "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
  "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
  "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
  "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
  "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
  "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
  "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
  "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
];
const rootOfSize = (size: number) => ROOTS[size - 1] as string;

const tree = treeOf(LEAVES.map(fromHex));

describe("RFC 6962 / transparency-dev test vectors", () => {
  it("gives the empty tree the root SHA-256('')", () => {
    expect(toHex(rootAt(tree, 0))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("gives the published roots for sizes 1 to 8, both appended one by one and recomputed later", () => {
    const incremental = treeOf([]);
    LEAVES.forEach((leaf, i) => {
      expect(toHex(incremental.append([leafHash(fromHex(leaf))]).root), `size ${i + 1}`).toBe(rootOfSize(i + 1));
      expect(toHex(rootAt(tree, i + 1)), `size ${i + 1}`).toBe(rootOfSize(i + 1));
    });
  });

  it("gives the published inclusion proofs", () => {
    const cases = [
      {
        index: 5,
        size: 8,
        proof: [
          "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
          "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
          "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
      },
      { index: 2, size: 3, proof: [rootOfSize(2)] },
    ];
    for (const { index, size, proof } of cases) {
      expect(hexes(inclusionProof(tree, index, size))).toEqual(proof);
      const leaf = leafHash(fromHex(LEAVES[index] as string));
      expect(verifyInclusion(leaf, index, size, proof.map(fromHex), fromHex(rootOfSize(size)))).toBe(true);
      expect(verifyInclusion(leaf, index - 1, size, proof.map(fromHex), fromHex(rootOfSize(size)))).toBe(false);
    }
  });

  it("gives the published consistency proofs", () => {
    const cases = [
      {
        fromSize: 6,
        toSize: 8,
        proof: [
          "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
          "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
          "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
      },
      {
        fromSize: 2,
        toSize: 5,
        proof: [
          "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
          "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ],
      },
    ];
    for (const { fromSize, toSize, proof } of cases) {
      expect(hexes(consistencyProof(tree, fromSize, toSize))).toEqual(proof);
      const [fromRoot, toRoot] = [fromHex(rootOfSize(fromSize)), fromHex(rootOfSize(toSize))];
      expect(verifyConsistency(fromSize, toSize, fromRoot, toRoot, proof.map(fromHex))).toBe(true);
      const wrongOld = fromHex(rootOfSize(fromSize - 1));
      expect(verifyConsistency(fromSize, toSize, wrongOld, toRoot, proof.map(fromHex))).toBe(false);
    }
  });
});
