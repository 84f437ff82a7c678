// The dossier's Merkle tree nodes in SQLite: only complete subtrees are stored, so any root,
// inclusion or consistency proof is computed from O(log n) rows without rehashing the stream.
import type { MerkleNodeReader } from "../proof/merkle";

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
    const rowsPerStatement = 33; // 3 bound parameters a row, at most 100 a statement
    for (let start = 0; start < nodes.length; start += rowsPerStatement) {
      const chunk = nodes.slice(start, start + rowsPerStatement);
      this.sql.exec(
        `INSERT INTO merkle_nodes (level, idx, hash) VALUES ${chunk.map(() => "(?, ?, ?)").join(", ")}`,
        ...chunk.flatMap((node) => [node.level, node.index, toArrayBuffer(node.hash)]),
      );
    }
  }

  clear(): void {
    this.sql.exec("DELETE FROM merkle_nodes");
  }
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
