// An independent, deliberately naive RFC 9162 Merkle tree: MTH, PATH and PROOF written straight
// from the recursive definitions of sections 2.1.1, 2.1.3.1 and 2.1.4.1, over an array of leaf data.
// It shares no code with src/proof, so the store-based implementation is checked against the RFC.
import { createHash } from "node:crypto";

const sha256 = (...parts: Uint8Array[]) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return new Uint8Array(hash.digest());
};

/** The largest power of two smaller than n. */
const largestPowerOfTwoBelow = (n: number) => 2 ** Math.ceil(Math.log2(n) - 1);

/** MTH(D[n]) */
export function referenceRoot(leaves: Uint8Array[]): Uint8Array {
  const [only] = leaves;
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1 && only) return sha256(Uint8Array.of(0), only);
  const k = largestPowerOfTwoBelow(leaves.length);
  return sha256(Uint8Array.of(1), referenceRoot(leaves.slice(0, k)), referenceRoot(leaves.slice(k)));
}

/** PATH(m, D[n]) */
export function referencePath(m: number, leaves: Uint8Array[]): Uint8Array[] {
  if (leaves.length <= 1) return [];
  const k = largestPowerOfTwoBelow(leaves.length);
  return m < k
    ? [...referencePath(m, leaves.slice(0, k)), referenceRoot(leaves.slice(k))]
    : [...referencePath(m - k, leaves.slice(k)), referenceRoot(leaves.slice(0, k))];
}

/** SUBPROOF(m, D[n], b) */
function referenceSubproof(m: number, leaves: Uint8Array[], complete: boolean): Uint8Array[] {
  const n = leaves.length;
  if (m === n) return complete ? [] : [referenceRoot(leaves)];
  const k = largestPowerOfTwoBelow(n);
  return m <= k
    ? [...referenceSubproof(m, leaves.slice(0, k), complete), referenceRoot(leaves.slice(k))]
    : [...referenceSubproof(m - k, leaves.slice(k), false), referenceRoot(leaves.slice(0, k))];
}

/** PROOF(m, D[n]) */
export function referenceProof(m: number, leaves: Uint8Array[]): Uint8Array[] {
  return referenceSubproof(m, leaves, true);
}
