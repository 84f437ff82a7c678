// Inclusion and consistency proofs served from the stored subtrees, in the JSON shape the API
// and the verifier share: hashes as lower-case hex, sizes and indexes as numbers.
import { failure, type Outcome } from "../errors";
import { consistencyProof, inclusionProof, leafHash, type MerkleNodeReader, rootAt, toHex } from "../proof/merkle";

export interface InclusionProofView {
  dossierId: string;
  seq: number;
  /** 0-based leaf index: seq - 1. */
  leafIndex: number;
  treeSize: number;
  leafHash: string;
  rootHash: string;
  proof: string[];
}

export interface ConsistencyProofView {
  dossierId: string;
  fromSize: number;
  toSize: number;
  fromRoot: string;
  toRoot: string;
  proof: string[];
}

export function inclusionProofView(
  nodes: MerkleNodeReader,
  dossierId: string,
  seq: number,
  treeSize: number,
  version: number,
): Outcome<InclusionProofView> {
  if (treeSize > version) return failure("invalid_query", `size ${treeSize} is beyond the dossier's ${version} events`);
  if (seq < 1 || seq > treeSize) return failure("invalid_query", `seq must be between 1 and the tree size ${treeSize}`);
  const leaf = nodes.node(0, seq - 1);
  if (!leaf) return failure("internal_error", `the leaf of event ${seq} is missing`);
  return {
    ok: true,
    value: {
      dossierId,
      seq,
      leafIndex: seq - 1,
      treeSize,
      leafHash: toHex(leaf),
      rootHash: toHex(rootAt(nodes, treeSize)),
      proof: inclusionProof(nodes, seq - 1, treeSize).map(toHex),
    },
  };
}

export function consistencyProofView(
  nodes: MerkleNodeReader,
  dossierId: string,
  fromSize: number,
  toSize: number,
  version: number,
): Outcome<ConsistencyProofView> {
  if (toSize > version) return failure("invalid_query", `size ${toSize} is beyond the dossier's ${version} events`);
  if (fromSize < 1 || fromSize > toSize) return failure("invalid_query", "from must be between 1 and to");
  return {
    ok: true,
    value: {
      dossierId,
      fromSize,
      toSize,
      fromRoot: toHex(rootAt(nodes, fromSize)),
      toRoot: toHex(rootAt(nodes, toSize)),
      proof: consistencyProof(nodes, fromSize, toSize).map(toHex),
    },
  };
}

export { leafHash };
