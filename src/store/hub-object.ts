// The hub: the one object that sees every dossier, fed asynchronously from each dossier's outbox.
// It keeps a checkpoint per dossier (the last seq it applied) and applies a delivery only past it,
// so a retried or overlapping delivery counts each event exactly once. Nothing on the append path
// waits for it; if it ever became a bottleneck it would be sharded by actor, not put on that path.
import { DurableObject } from "cloudflare:workers";
import type { StoredEvent } from "../domain/events";
import { scopeEvent } from "../domain/global-scope";
import { applyEvent, recordProjections } from "../domain/projections";
import type { Env } from "../env";
import type { Outcome } from "../errors";
import { evaluate, type ReadQuery } from "./read-query";
import { BatchDocStore, docTablesSql, SqlDocReader } from "./sql-doc-store";

/** The hub's documents live in one generation; the global view is rebuilt by replaying the dossiers. */
const GLOBAL_GENERATION = 1;

export interface DossierListing {
  dossierId: string;
  title: string;
  /** Last seq the hub applied from this dossier. */
  version: number;
  /** The dossier's version when it last delivered: version < headVersion means the hub is behind. */
  headVersion: number;
  createdAt: string;
  updatedAt: string;
}

export interface GlobalAnswer {
  result: unknown;
  dossiers: DossierListing[];
  /** Events the hub has not applied yet, summed over the dossiers. */
  behind: number;
}

const hubSchemaSql = `
CREATE TABLE IF NOT EXISTS dossiers (
  dossier_id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  checkpoint INTEGER NOT NULL,
  head_version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS hub_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
-- Webhook subscriptions, for listing and for matching a dossier's events to subscribers.
-- Settings, secrets and delivery state live in each subscription's own object.
CREATE TABLE IF NOT EXISTS webhooks (
  id TEXT PRIMARY KEY,
  dossiers TEXT,
  created_at TEXT NOT NULL
) WITHOUT ROWID;
`;

type DossierRow = {
  dossier_id: string;
  title: string;
  checkpoint: number;
  head_version: number;
  created_at: string;
  updated_at: string;
};

export class HubObject extends DurableObject<Env> {
  private readonly sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    ctx.blockConcurrencyWhile(async () => {
      this.sql.exec(hubSchemaSql);
      this.sql.exec(docTablesSql);
    });
  }

  async registerWebhook(id: string, dossiers: string[] | null): Promise<void> {
    this.sql.exec(
      `INSERT INTO webhooks (id, dossiers, created_at) VALUES (?1, ?2, ?3)
       ON CONFLICT (id) DO UPDATE SET dossiers = ?2`,
      id,
      dossiers ? JSON.stringify(dossiers) : null,
      new Date().toISOString(),
    );
  }

  async removeWebhook(id: string): Promise<void> {
    this.sql.exec("DELETE FROM webhooks WHERE id = ?", id);
  }

  async listWebhooks(): Promise<string[]> {
    return this.sql
      .exec<{ id: string }>("SELECT id FROM webhooks ORDER BY created_at, id")
      .toArray()
      .map((row) => row.id);
  }

  /** The subscriptions that want this dossier's events (all of them, or those naming it). */
  async subscriptionsFor(dossierId: string): Promise<string[]> {
    return this.sql
      .exec<{ id: string; dossiers: string | null }>("SELECT id, dossiers FROM webhooks")
      .toArray()
      .filter((row) => row.dossiers === null || (JSON.parse(row.dossiers) as string[]).includes(dossierId))
      .map((row) => row.id);
  }

  /** Apply the events past this dossier's checkpoint; returns the new checkpoint. */
  async ingest(delivery: {
    dossierId: string;
    title: string;
    headVersion: number;
    events: StoredEvent[];
  }): Promise<number> {
    const { dossierId, events } = delivery;
    const row = this.sql.exec<DossierRow>("SELECT * FROM dossiers WHERE dossier_id = ?", dossierId).toArray()[0];
    let checkpoint = row?.checkpoint ?? 0;
    let title = row?.title ?? delivery.title;
    const fresh: StoredEvent[] = [];
    for (const event of events) {
      if (event.seq <= checkpoint) continue; // seen before: a retried delivery
      if (event.seq !== checkpoint + 1) break; // a gap: wait for the dossier to send what is missing
      fresh.push(event);
      checkpoint = event.seq;
      if (event.type === "dossier.opened") title = event.data.title;
    }
    const first = fresh[0];
    if (!first && row) return checkpoint;
    const updatedAt = fresh[fresh.length - 1]?.recordedAt ?? new Date().toISOString();
    // The global projections fold in the same transaction that moves the checkpoint: once, or not at all.
    const docs = new BatchDocStore(new SqlDocReader(this.sql, GLOBAL_GENERATION), this.sql, GLOBAL_GENERATION);
    for (const event of fresh) {
      docs.seq = this.nextGlobalSeq();
      // The review queue is each dossier's own business: the global view folds only the record.
      applyEvent(docs, scopeEvent(event), recordProjections);
    }
    this.ctx.storage.transactionSync(() => {
      docs.flush();
      this.sql.exec("INSERT OR REPLACE INTO hub_meta (key, value) VALUES ('global_seq', ?)", this.globalSeq);
      this.sql.exec(
        `INSERT INTO dossiers (dossier_id, title, checkpoint, head_version, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (dossier_id) DO UPDATE SET title = ?2, checkpoint = ?3, head_version = max(head_version, ?4), updated_at = ?6`,
        dossierId,
        title,
        checkpoint,
        Math.max(delivery.headVersion, checkpoint),
        first?.recordedAt ?? updatedAt,
        updatedAt,
      );
    });
    return checkpoint;
  }

  private globalSeq = -1;

  /** A running count of the events the hub has applied: the "seq" of its documents' versions. */
  private nextGlobalSeq(): number {
    if (this.globalSeq < 0) {
      const row = this.sql.exec<{ value: number }>("SELECT value FROM hub_meta WHERE key = 'global_seq'").toArray()[0];
      this.globalSeq = row?.value ?? 0;
    }
    this.globalSeq += 1;
    return this.globalSeq;
  }

  /** A view across every dossier, with how far behind each dossier the hub is. */
  async read(query: ReadQuery): Promise<Outcome<GlobalAnswer>> {
    const outcome = evaluate(new SqlDocReader(this.sql, GLOBAL_GENERATION), query);
    if (!outcome.ok) return outcome;
    const dossiers = await this.listDossiers();
    const behind = dossiers.reduce((sum, dossier) => sum + (dossier.headVersion - dossier.version), 0);
    return { ok: true, value: { result: outcome.value, dossiers, behind } };
  }

  async listDossiers(): Promise<DossierListing[]> {
    return this.sql
      .exec<DossierRow>("SELECT * FROM dossiers ORDER BY dossier_id")
      .toArray()
      .map((row) => ({
        dossierId: row.dossier_id,
        title: row.title,
        version: row.checkpoint,
        headVersion: row.head_version,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      }));
  }
}
