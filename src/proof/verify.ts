// The store-free verifiers of RFC 9162 sections 2.1.3.2 and 2.1.4.2: what anyone holding a saved
// checkpoint runs on a proof from the API. They answer false, never throw, on malformed input.
import { equalBytes } from "./encoding";
import { emptyRoot, HASH_LENGTH, type Hash, isPowerOfTwo, nodeHash } from "./hashes";

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
  const path = isPowerOfTwo(fromSize) ? [fromRoot, ...proof] : proof;
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
