// The dossier's Merkle tree nodes in SQLite: only complete subtrees are stored, so any root,
// inclusion or consistency proof is computed from O(log n) rows without rehashing the stream.
import { type MerkleNodeReader, toHex } from "../proof/merkle";
import { bulk } from "./sql-bulk";

/** Nodes kept in memory: every append reads the same few on the tree's right edge. */
const MAX_CACHED_NODES = 4_096;

export class SqlMerkleNodes implements MerkleNodeReader {
  /** Stored nodes by `level/index`; only ever holds committed hashes (see `remember`). */
  private readonly cache = new Map<string, Uint8Array>();

  constructor(private readonly sql: SqlStorage) {}

  node(level: number, index: number): Uint8Array | undefined {
    const id = `${level}/${index}`;
    const cached = this.cache.get(id);
    if (cached) return cached;
    const rows = this.sql
      .exec<{ hash: ArrayBuffer }>("SELECT hash FROM merkle_nodes WHERE level = ? AND idx = ?", level, index)
      .toArray();
    const hash = rows[0]?.hash;
    if (hash === undefined) return undefined;
    const bytes = new Uint8Array(hash);
    this.keep(id, bytes);
    return bytes;
  }

  /** Keep nodes just stored; call once their transaction has committed, never inside it. */
  remember(nodes: ReadonlyArray<{ level: number; index: number; hash: Uint8Array }>): void {
    for (const node of nodes) this.keep(`${node.level}/${node.index}`, node.hash);
  }

  private keep(id: string, hash: Uint8Array): void {
    // Emptied when full: the right edge is read again, and cached again, by the next append.
    if (this.cache.size >= MAX_CACHED_NODES) this.cache.clear();
    this.cache.set(id, hash);
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
    this.cache.clear();
    this.sql.exec("DELETE FROM merkle_nodes");
  }
}
