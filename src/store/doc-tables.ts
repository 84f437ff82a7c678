// Where a generation of projection documents is stored. Each generation a dossier makes has tables
// of its own (docs_current_g<n>, docs_history_g<n>), so the generation a rebuild replaces goes in
// one DROP TABLE instead of millions of row deletes. Generations stored before that live in the
// shared docs_current / docs_history tables (their rows carry their generation), and are retired
// row by row as before. Both layouts have the same columns, so every query reads either.

export interface DocTables {
  current: string;
  history: string;
  /** Whether the generation has the tables to itself (retired by dropping them). */
  own: boolean;
}

export const SHARED_DOC_TABLES: DocTables = { current: "docs_current", history: "docs_history", own: false };

/** The two tables' definitions under these names (the same columns and keys in either layout). */
export function docTablesDdl(tables: DocTables): string {
  return `
    CREATE TABLE IF NOT EXISTS ${tables.current} (
      gen INTEGER NOT NULL,
      collection TEXT NOT NULL,
      key TEXT NOT NULL,
      from_seq INTEGER NOT NULL,
      doc TEXT NOT NULL,
      PRIMARY KEY (gen, collection, key)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${tables.history} (
      gen INTEGER NOT NULL,
      collection TEXT NOT NULL,
      key TEXT NOT NULL,
      from_seq INTEGER NOT NULL,
      to_seq INTEGER NOT NULL,
      doc TEXT NOT NULL,
      PRIMARY KEY (gen, collection, key, from_seq)
    ) WITHOUT ROWID;`;
}

const ownTables = (generation: number): DocTables => ({
  current: `docs_current_g${generation}`,
  history: `docs_history_g${generation}`,
  own: true,
});

/** Table layouts already looked up, per database (one SqlStorage per object). */
const known = new WeakMap<SqlStorage, Map<number, DocTables>>();

function knownFor(sql: SqlStorage): Map<number, DocTables> {
  let tables = known.get(sql);
  if (!tables) known.set(sql, (tables = new Map()));
  return tables;
}

/** The tables that hold `generation`: its own if it has them, else the shared ones. */
export function docTables(sql: SqlStorage, generation: number): DocTables {
  const tables = knownFor(sql);
  let found = tables.get(generation);
  if (!found) {
    const own = ownTables(generation);
    const exists = sql.exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", own.current).toArray();
    found = exists.length > 0 ? own : SHARED_DOC_TABLES;
    tables.set(generation, found);
  }
  return found;
}

/** Give `generation` empty tables of its own (anything an abandoned rebuild left there goes first). */
export function createGenerationTables(sql: SqlStorage, generation: number): DocTables {
  const own = ownTables(generation);
  sql.exec(`DROP TABLE IF EXISTS ${own.current}`);
  sql.exec(`DROP TABLE IF EXISTS ${own.history}`);
  sql.exec(docTablesDdl(own));
  knownFor(sql).set(generation, own);
  return own;
}

/** The generations that have tables of their own. */
export function ownGenerations(sql: SqlStorage): number[] {
  return sql
    .exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB 'docs_current_g[0-9]*'")
    .toArray()
    .map((row) => Number(row.name.slice("docs_current_g".length)));
}

/** Drop a generation's own tables. */
export function dropGenerationTables(sql: SqlStorage, generation: number): void {
  const own = ownTables(generation);
  sql.exec(`DROP TABLE IF EXISTS ${own.current}`);
  sql.exec(`DROP TABLE IF EXISTS ${own.history}`);
  knownFor(sql).delete(generation);
}
