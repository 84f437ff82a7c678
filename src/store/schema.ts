// The dossier's SQLite schema. Run once per object start inside blockConcurrencyWhile; every
// statement is idempotent, and later changes are added as new statements, never edits.
import { subscriberCursorsSql } from "./outbox";
import { docTablesSql } from "./sql-doc-store";

export const dossierSchemaSql = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- The stream. Append-only: nothing in the code updates or deletes a row of this table.
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  recorded_at TEXT NOT NULL,
  data TEXT NOT NULL,
  metadata TEXT NOT NULL,
  -- Hash of what the client sent (type, version, data, metadata), to tell a retry from a conflict.
  -- Written "" since it became lazy: a retry hashes the stored row (event-log.ts, findStoredIds).
  content_hash TEXT NOT NULL
);

-- Complete subtrees of the RFC 9162 Merkle tree over the stream (level 0: leaf hashes).
CREATE TABLE IF NOT EXISTS merkle_nodes (
  level INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  hash BLOB NOT NULL,
  PRIMARY KEY (level, idx)
) WITHOUT ROWID;

-- Signed tree heads, one per tree size that was signed.
CREATE TABLE IF NOT EXISTS checkpoints (
  size INTEGER PRIMARY KEY,
  body TEXT NOT NULL
);

-- One row per appended batch still to be published (to the hub, to webhook subscribers).
CREATE TABLE IF NOT EXISTS outbox (
  to_seq INTEGER PRIMARY KEY,
  from_seq INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
${docTablesSql}
${subscriberCursorsSql}
`;
