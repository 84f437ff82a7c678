// The dossier's Merkle tree nodes in SQLite: only complete subtrees are stored, so any root,
// inclusion or consistency proof is computed from O(log n) rows without rehashing the stream.
import { type MerkleNodeReader, toHex } from "../proof/merkle";
import { bulk } from "./sql-bulk";

export class SqlMerkleNodes implements MerkleNodeReader {
  constructor(private readonly sql: SqlStorage) {}

  node(level: number, index: number): Uint8Array | undefined {
    const rows = this.sql
      .exec<{ hash: ArrayBuffer }>("SELECT hash FROM merkle_nodes WHERE level = ? AND idx = ?", level, index)
      .toArray();
    const hash = rows[0]?.hash;
    return hash === undefined ? undefined : new Uint8Array(hash);
  }

  /** Store new complete subtrees; call inside the append transaction. */
  insert(nodes: Array<{ level: number; index: number; hash: Uint8Array }>): void {
    // Hashes travel as hex in the JSON rows and are stored as blobs, as before.
    bulk(
      this.sql,
      "INSERT INTO merkle_nodes (level, idx, hash) SELECT value ->> 0, value ->> 1, unhex(value ->> 2) FROM json_each(?1)",
      nodes.map((node) => [node.level, node.index, toHex(node.hash)]),
    );
  }

  clear(): void {
    this.sql.exec("DELETE FROM merkle_nodes");
  }
}
