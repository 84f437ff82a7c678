// The stream table: inserting a batch, reading by position, finding events by id.
// Plain functions over SqlStorage so the Durable Object class stays an orchestrator.
import { createHash } from "node:crypto";
import type { NewEvent, StoredEvent } from "../domain/events";
import { canonicalJson } from "../proof/jcs";
import { bulk } from "./sql-bulk";

type EventRow = {
  seq: number;
  id: string;
  type: string;
  schema_version: number;
  recorded_at: string;
  data: string;
  metadata: string;
};

/** SQLite in Durable Objects binds at most 100 parameters per statement. */
const MAX_BOUND_PARAMETERS = 100;

/** What identifies a re-send as the same event: everything the client chose, not who sent it. */
export function contentHash(event: NewEvent): string {
  const { correlationId, causationId } = event.metadata;
  const chosen = { type: event.type, schemaVersion: event.schemaVersion, data: event.data, correlationId, causationId };
  return createHash("sha256")
    .update(canonicalJson(chosen) ?? "")
    .digest("hex");
}

/** Store a batch. The content hash column is left "" (findStoredIds hashes a stored row when a retry asks). */
export function insertEvents(sql: SqlStorage, events: StoredEvent[]): void {
  bulk(
    sql,
    `INSERT INTO events (seq, id, type, schema_version, recorded_at, data, metadata, content_hash)
     SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7
     FROM json_each(?1)`,
    events.map((event) => [
      event.seq,
      event.id,
      event.type,
      event.schemaVersion,
      event.recordedAt,
      JSON.stringify(event.data),
      JSON.stringify(event.metadata),
      "",
    ]),
  );
}

/**
 * The stored events among `ids`, with what identifies their content. Rows stored since the hash
 * became lazy hold "" and are hashed here, from what was stored: only a retry pays for it.
 */
export function findStoredIds(sql: SqlStorage, ids: string[]): Map<string, { seq: number; contentHash: string }> {
  const found = new Map<string, { seq: number; contentHash: string }>();
  for (let start = 0; start < ids.length; start += MAX_BOUND_PARAMETERS) {
    const chunk = ids.slice(start, start + MAX_BOUND_PARAMETERS);
    const rows = sql.exec<EventRow & { content_hash: string }>(
      `SELECT id, seq, type, schema_version, data, metadata, content_hash FROM events
       WHERE id IN (${chunk.map(() => "?").join(", ")})`,
      ...chunk,
    );
    for (const row of rows) {
      const hash =
        row.content_hash ||
        contentHash({
          type: row.type,
          schemaVersion: row.schema_version,
          data: JSON.parse(row.data),
          metadata: JSON.parse(row.metadata),
        } as NewEvent);
      found.set(row.id, { seq: row.seq, contentHash: hash });
    }
  }
  return found;
}

function toStoredEvent(row: EventRow, dossierId: string): StoredEvent {
  return {
    id: row.id,
    type: row.type,
    schemaVersion: row.schema_version,
    seq: row.seq,
    recordedAt: row.recorded_at,
    dossierId,
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata),
  } as StoredEvent;
}

export type ReadDirection = "forward" | "backward";

/** Events after `after` (forward) or before `before` (backward), at most `limit`. */
export function readEvents(
  sql: SqlStorage,
  dossierId: string,
  options: { direction: ReadDirection; from: number; limit: number; types?: string[] | undefined },
): StoredEvent[] {
  const forward = options.direction === "forward";
  const typeFilter = options.types?.length ? ` AND type IN (${options.types.map(() => "?").join(", ")})` : "";
  const rows = sql.exec<EventRow>(
    `SELECT seq, id, type, schema_version, recorded_at, data, metadata FROM events
     WHERE seq ${forward ? ">" : "<"} ?${typeFilter} ORDER BY seq ${forward ? "ASC" : "DESC"} LIMIT ?`,
    options.from,
    ...(options.types ?? []),
    options.limit,
  );
  return rows.toArray().map((row) => toStoredEvent(row, dossierId));
}

/** The last seq recorded at or before `time` (ISO 8601): recorded times never go backwards. */
export function seqAtTime(sql: SqlStorage, time: string): number {
  const row = sql.exec<{ seq: number | null }>("SELECT max(seq) AS seq FROM events WHERE recorded_at <= ?", time).one();
  return row.seq ?? 0;
}

export function countEventsByType(sql: SqlStorage): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of sql.exec<{ type: string; n: number }>("SELECT type, count(*) AS n FROM events GROUP BY type")) {
    counts[row.type] = row.n;
  }
  return counts;
}
