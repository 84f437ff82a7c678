// Projection documents in the dossier's SQLite database, with every version kept by sequence number.
// The current table answers today's view by primary key; the history table holds each superseded version
// with the range of sequence numbers it was valid for, so a view "as of" any seq is one query.
// Documents belong to a generation: a rebuild writes the next one while readers keep the active one.
// Which tables hold a generation is doc-tables.ts's answer: its own, or (stored before) the shared ones.
import { type DocStore, type Page, pageOf } from "../domain/projections/doc-store";
import { type DocTables, docTables, docTablesDdl, SHARED_DOC_TABLES } from "./doc-tables";
import { bulk } from "./sql-bulk";

/** The shared tables: generations stored before each had its own (doc-tables.ts), and the hub's. */
export const docTablesSql = docTablesDdl(SHARED_DOC_TABLES);

type DocRow = { key: string; doc: string } & Record<string, SqlStorageValue>;

/** Keys read per statement by getTexts: bounds what one cursor holds. */
const TEXTS_PER_STATEMENT = 1_000;

/** Read-only documents of one generation: the current ones, or as they stood after `asOfSeq`. */
export class SqlDocReader implements DocStore {
  /** The tables that hold this generation. */
  readonly tables: DocTables;
  private readonly current: string;
  private readonly history: string;

  constructor(
    private readonly sql: SqlStorage,
    private readonly gen: number,
    private readonly asOfSeq?: number,
  ) {
    this.tables = docTables(sql, gen);
    ({ current: this.current, history: this.history } = this.tables);
  }

  get<T>(collection: string, key: string): T | undefined {
    const text = this.getText(collection, key);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }

  getText(collection: string, key: string): string | undefined {
    if (this.asOfSeq === undefined) {
      const rows = this.sql
        .exec<DocRow>(
          `SELECT key, doc FROM ${this.current} WHERE gen = ? AND collection = ? AND key = ?`,
          this.gen,
          collection,
          key,
        )
        .toArray();
      return rows[0]?.doc;
    }
    const rows = this.sql
      .exec<DocRow>(
        `SELECT key, doc FROM ${this.current} WHERE gen = ?1 AND collection = ?2 AND key = ?3 AND from_seq <= ?4
         UNION ALL
         SELECT key, doc FROM ${this.history} WHERE gen = ?1 AND collection = ?2 AND key = ?3 AND from_seq <= ?4 AND to_seq > ?4`,
        this.gen,
        collection,
        key,
        this.asOfSeq,
      )
      .toArray();
    return rows[0]?.doc;
  }

  /** The current texts of `keys` in one statement (only those stored are in the answer). */
  getTexts(collection: string, keys: string[]): Map<string, string> {
    if (this.asOfSeq !== undefined) throw new Error("getTexts reads the current documents only");
    const found = new Map<string, string>();
    for (let start = 0; start < keys.length; start += TEXTS_PER_STATEMENT) {
      const rows = this.sql.exec<DocRow>(
        `SELECT c.key AS key, c.doc AS doc FROM json_each(?1) AS j CROSS JOIN ${this.current} AS c
         WHERE c.gen = ?2 AND c.collection = ?3 AND c.key = j.value`,
        JSON.stringify(keys.slice(start, start + TEXTS_PER_STATEMENT)),
        this.gen,
        collection,
      );
      for (const row of rows) found.set(row.key, row.doc);
    }
    return found;
  }

  list<T>(collection: string, prefix = "", page?: Page): Array<{ key: string; doc: T }> {
    // Keys from `prefix` up to the prefix followed by the highest code point: a range the primary key
    // serves. A page starts just past `after` when that is inside the range, and stops at `limit`
    // (-1: no limit); one lower bound, so the range still starts at the right place in the index.
    const upper = `${prefix}\u{10FFFF}`;
    const pastAfter = page?.after !== undefined && page.after >= prefix;
    const after = pastAfter ? (page?.after as string) : prefix;
    const from = pastAfter ? ">" : ">=";
    const limit = page?.limit ?? -1;
    const cursor =
      this.asOfSeq === undefined
        ? this.sql.exec<DocRow>(
            `SELECT key, doc FROM ${this.current}
             WHERE gen = ? AND collection = ? AND key ${from} ? AND key < ? ORDER BY key LIMIT ?`,
            this.gen,
            collection,
            after,
            upper,
            limit,
          )
        : this.sql.exec<DocRow>(
            `SELECT key, doc FROM (
               SELECT key, doc FROM ${this.current}
               WHERE gen = ?1 AND collection = ?2 AND key ${from} ?4 AND key < ?5 AND from_seq <= ?3
               UNION ALL
               SELECT key, doc FROM ${this.history}
               WHERE gen = ?1 AND collection = ?2 AND key ${from} ?4 AND key < ?5 AND from_seq <= ?3 AND to_seq > ?3
             ) ORDER BY key LIMIT ?6`,
            this.gen,
            collection,
            this.asOfSeq,
            after,
            upper,
            limit,
          );
    return cursor.toArray().map((row) => ({ key: row.key, doc: JSON.parse(row.doc) as T }));
  }

  count(collection: string): number {
    const row = this.sql
      .exec<{ n: number }>(
        `SELECT count(*) AS n FROM ${this.current} WHERE gen = ? AND collection = ?`,
        this.gen,
        collection,
      )
      .one();
    return row.n;
  }

  put(): void {
    throw new Error("SqlDocReader is read-only");
  }

  delete(): void {
    throw new Error("SqlDocReader is read-only");
  }
}

type PendingVersion = { seq: number; text: string | null };
type Pending = { collection: string; key: string; versions: PendingVersion[]; stored: "absent" | "unknown" };

/**
 * The documents an append (or a rebuild chunk) is writing, held in memory over the stored ones.
 * Projections and rules read through it, so event n sees what events before it in the batch did;
 * nothing touches the database until `flush`, which runs inside the append's transaction.
 * Stored documents read once are kept (a batch asks for the same actors and sources again and
 * again), and `flush` writes each table in one statement (see sql-bulk.ts).
 */
export class BatchDocStore implements DocStore {
  private readonly pending = new Map<string, Pending>();
  /** Stored texts already read in this batch; null: known not to be stored. */
  private readonly read = new Map<string, string | null>();
  /** The sequence number of the event being applied: every write is a version from this seq. */
  seq = 0;

  constructor(
    private readonly base: SqlDocReader,
    private readonly sql: SqlStorage,
    private readonly gen: number,
  ) {}

  private storedText(id: string, collection: string, key: string): string | null {
    let text = this.read.get(id);
    if (text === undefined) {
      text = this.base.getText(collection, key) ?? null;
      this.read.set(id, text);
    }
    return text;
  }

  /** Read the stored documents among `keys` now, in one statement, for the batch to find them later. */
  prefetch(collection: string, keys: Iterable<string>): void {
    const wanted = [...keys].filter((key) => !this.read.has(`${collection}\u0000${key}`));
    if (wanted.length === 0) return;
    const found = this.base.getTexts(collection, wanted);
    for (const key of wanted) this.read.set(`${collection}\u0000${key}`, found.get(key) ?? null);
  }

  get<T>(collection: string, key: string): T | undefined {
    const id = `${collection}\u0000${key}`;
    const entry = this.pending.get(id);
    const text = entry ? entry.versions[entry.versions.length - 1]?.text : this.storedText(id, collection, key);
    return text === null || text === undefined ? undefined : (JSON.parse(text) as T);
  }

  put<T>(collection: string, key: string, doc: T): void {
    this.write(collection, key, JSON.stringify(doc));
  }

  delete(collection: string, key: string): void {
    this.write(collection, key, null);
  }

  list<T>(collection: string, prefix = "", page?: Page): Array<{ key: string; doc: T }> {
    // Pages are cut after merging: pending writes may add or remove keys anywhere in the range. Only
    // the lower bound goes down to the stored documents (keys at or before it are never answered).
    const from = page?.after === undefined ? undefined : { after: page.after };
    const merged = new Map(this.base.list<T>(collection, prefix, from).map((entry) => [entry.key, entry.doc]));
    for (const entry of this.pending.values()) {
      if (entry.collection !== collection || !entry.key.startsWith(prefix)) continue;
      const last = entry.versions[entry.versions.length - 1];
      if (last?.text == null) merged.delete(entry.key);
      else merged.set(entry.key, JSON.parse(last.text) as T);
    }
    return pageOf(
      [...merged.keys()].sort().map((key) => ({ key, doc: merged.get(key) as T })),
      page,
    );
  }

  private write(collection: string, key: string, text: string | null): void {
    const id = `${collection}\u0000${key}`;
    let entry = this.pending.get(id);
    if (!entry) {
      // A document read as absent needs no stored version closed when it is first written.
      entry = { collection, key, versions: [], stored: this.read.get(id) === null ? "absent" : "unknown" };
      this.pending.set(id, entry);
    }
    const last = entry.versions[entry.versions.length - 1];
    if (last && last.seq === this.seq) last.text = text;
    else entry.versions.push({ seq: this.seq, text });
  }

  /** Write every pending version. Call inside the transaction that stores the events. */
  flush(): void {
    const closing: unknown[][] = [];
    const superseded: unknown[][] = [];
    const latest: unknown[][] = [];
    const deleted: unknown[][] = [];
    for (const { collection, key, versions, stored } of this.pending.values()) {
      const first = versions[0];
      if (!first) continue;
      // The stored current version ends where the first new one begins.
      if (stored === "unknown") closing.push([collection, key, first.seq]);
      for (let i = 0; i < versions.length - 1; i++) {
        const version = versions[i] as PendingVersion;
        const next = versions[i + 1] as PendingVersion;
        if (version.text !== null) superseded.push([collection, key, version.seq, next.seq, version.text]);
      }
      const last = versions[versions.length - 1] as PendingVersion;
      if (last.text === null) deleted.push([collection, key]);
      else latest.push([collection, key, last.seq, last.text]);
    }
    const { current, history } = this.base.tables;
    // CROSS JOIN keeps json_each the outer loop, so each row is one primary-key lookup.
    bulk(
      this.sql,
      `INSERT INTO ${history} (gen, collection, key, from_seq, to_seq, doc)
       SELECT c.gen, c.collection, c.key, c.from_seq, j.value ->> 2, c.doc
       FROM json_each(?1) AS j CROSS JOIN ${current} AS c
       WHERE c.gen = ?2 AND c.collection = j.value ->> 0 AND c.key = j.value ->> 1`,
      closing,
      this.gen,
    );
    bulk(
      this.sql,
      `INSERT INTO ${history} (gen, collection, key, from_seq, to_seq, doc)
       SELECT ?2, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each(?1)`,
      superseded,
      this.gen,
    );
    bulk(
      this.sql,
      `DELETE FROM ${current} WHERE gen = ?2 AND (collection, key) IN
       (SELECT value ->> 0, value ->> 1 FROM json_each(?1))`,
      deleted,
      this.gen,
    );
    bulk(
      this.sql,
      `INSERT OR REPLACE INTO ${current} (gen, collection, key, from_seq, doc)
       SELECT ?2, value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each(?1)`,
      latest,
      this.gen,
    );
    this.pending.clear();
    this.read.clear();
  }
}
