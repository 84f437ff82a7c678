// Rebuilding every projection from event zero into a new generation, a bounded chunk per alarm so
// no single call nears the CPU limit. Readers keep the active generation until the new one has
// caught up with the stream; the switch happens in the same transaction as the last chunk.
import { applyEvent, PROJECTIONS_VERSION } from "../domain/projections";
import { factKeysNamed } from "../domain/rules";
import { createGenerationTables, dropGenerationTables, ownGenerations } from "./doc-tables";
import type { DossierMeta } from "./dossier-meta";
import { saveMeta } from "./dossier-meta";
import { readEvents } from "./event-log";
import { BatchDocStore, SqlDocReader } from "./sql-doc-store";

/** Events folded per alarm. */
export const REBUILD_CHUNK = 2_000;
/** Rows of the replaced generation deleted per alarm, per table, once readers have switched. */
export const RETIRE_CHUNK = 50_000;

export interface RebuildState {
  generation: number;
  /** The next seq to fold into the new generation. */
  nextSeq: number;
  startedAt: string;
  reason: string;
}

export function startRebuild(sql: SqlStorage, meta: DossierMeta, reason: string): RebuildState {
  const generation = Math.max(meta.activeGeneration, meta.rebuild?.generation ?? 0) + 1;
  const rebuild = { generation, nextSeq: 1, startedAt: new Date().toISOString(), reason };
  // The new generation gets tables of its own; anything an abandoned rebuild left goes first.
  sql.exec("DELETE FROM docs_current WHERE gen = ?", generation);
  sql.exec("DELETE FROM docs_history WHERE gen = ?", generation);
  createGenerationTables(sql, generation);
  saveMeta(sql, { rebuild });
  return rebuild;
}

/**
 * Fold the next chunk. Returns the meta changes made (in the caller's transaction): a new cursor,
 * or, once the stream is covered, the switch to the new generation.
 */
export function rebuildChunk(sql: SqlStorage, dossierId: string, meta: DossierMeta): Partial<DossierMeta> {
  const rebuild = meta.rebuild;
  if (!rebuild) return {};
  const { generation } = rebuild;
  if (generation === meta.activeGeneration) return retireChunk(sql, generation);
  const events = readEvents(sql, dossierId, { direction: "forward", from: rebuild.nextSeq - 1, limit: REBUILD_CHUNK });
  const batch = new BatchDocStore(new SqlDocReader(sql, generation), sql, generation);
  for (const [collection, keys] of factKeysNamed(events)) batch.prefetch(collection, keys);
  for (const event of events) {
    batch.seq = event.seq;
    applyEvent(batch, event);
  }
  batch.flush();
  const nextSeq = (events[events.length - 1]?.seq ?? rebuild.nextSeq - 1) + 1;
  if (nextSeq <= meta.version) {
    const changes = { rebuild: { ...rebuild, nextSeq } };
    saveMeta(sql, changes);
    return changes;
  }
  // Readers switch now; the rebuild stays under way until the other generations are deleted.
  const changes = {
    rebuild: { ...rebuild, nextSeq },
    activeGeneration: generation,
    projectionsVersion: PROJECTIONS_VERSION,
  };
  saveMeta(sql, changes);
  return changes;
}

/**
 * Retire every generation but the active one: those with tables of their own are dropped whole;
 * rows in the shared tables (generations stored before that) go in bounded chunks, one per alarm,
 * since deleting millions of them in one transaction brought workerd down. Returns the end of the
 * rebuild once nothing is left.
 */
function retireChunk(sql: SqlStorage, generation: number): Partial<DossierMeta> {
  for (const old of ownGenerations(sql)) if (old !== generation) dropGenerationTables(sql, old);
  let left = false;
  for (const table of ["docs_current", "docs_history"] as const) {
    const key = table === "docs_current" ? "gen, collection, key" : "gen, collection, key, from_seq";
    for (const range of ["<", ">"] as const) {
      sql.exec(
        `DELETE FROM ${table} WHERE (${key}) IN (SELECT ${key} FROM ${table} WHERE gen ${range} ?1 LIMIT ?2)`,
        generation,
        RETIRE_CHUNK,
      );
      left ||= sql.exec(`SELECT 1 FROM ${table} WHERE gen ${range} ? LIMIT 1`, generation).toArray().length > 0;
    }
  }
  if (left) return {};
  const changes = { rebuild: null };
  saveMeta(sql, changes);
  return changes;
}
