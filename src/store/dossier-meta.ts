// The dossier's own facts kept beside its stream (id, title, version, counts, projection generation),
// read once when the object starts and written in the same transaction as every append.
import type { RebuildState } from "./rebuild";

export interface DossierMeta {
  dossierId: string | null;
  title: string | null;
  version: number;
  createdAt: string | null;
  lastRecordedAt: string | null;
  /** Events stored, by type. */
  eventCounts: Record<string, number>;
  /** The projection generation readers use; a rebuild fills the next one, then switches. */
  activeGeneration: number;
  /** PROJECTIONS_VERSION the active generation was built with. */
  projectionsVersion: number;
  /** A rebuild under way, if any. */
  rebuild: RebuildState | null;
}

const DEFAULTS: DossierMeta = {
  dossierId: null,
  title: null,
  version: 0,
  createdAt: null,
  lastRecordedAt: null,
  eventCounts: {},
  activeGeneration: 1,
  projectionsVersion: 0,
  rebuild: null,
};

export function loadMeta(sql: SqlStorage): DossierMeta {
  const meta: Record<string, unknown> = { ...DEFAULTS };
  for (const row of sql.exec<{ key: string; value: string }>("SELECT key, value FROM meta")) {
    meta[row.key] = JSON.parse(row.value);
  }
  return meta as unknown as DossierMeta;
}

export function saveMeta(sql: SqlStorage, changes: Partial<DossierMeta>): void {
  // One statement for all the keys an append changes (each statement costs more than its rows).
  const rows = Object.entries(changes).map(([key, value]) => [key, JSON.stringify(value)]);
  if (rows.length === 0) return;
  sql.exec(
    "INSERT OR REPLACE INTO meta (key, value) SELECT value ->> 0, value ->> 1 FROM json_each(?)",
    JSON.stringify(rows),
  );
}
