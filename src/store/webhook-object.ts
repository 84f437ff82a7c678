// One webhook subscription: its settings, its secrets, a cursor per dossier, and the log of every
// delivery attempt. Delivery runs from this object's alarm, one attempt at a time, in sequence order:
// a failed event blocks the ones after it until it succeeds or the subscription is disabled. Each
// subscription is its own object, so a slow or dead receiver delays nobody else.
import { DurableObject } from "cloudflare:workers";
import type { StoredEvent } from "../domain/events";
import type { Env } from "../env";
import { failure, type Outcome } from "../errors";
import { attemptDelivery } from "../webhooks/attempt";
import { webhookBody } from "../webhooks/payload";
import { nextRetryDelay } from "../webhooks/retry-schedule";
import { generateWebhookSecret, signWebhook } from "../webhooks/signing";
import { checkWebhookUrl } from "../webhooks/url-safety";

export type SubscriptionStatus = "active" | "paused" | "disabled";

export interface SubscriptionView {
  id: string;
  url: string;
  eventTypes: string[] | null;
  dossiers: string[] | null;
  description: string | null;
  status: SubscriptionStatus;
  disabledReason: string | null;
  consecutiveFailures: number;
  failingSince: string | null;
  createdAt: string;
  updatedAt: string;
  /** Per dossier: the next seq to deliver and the newest seq known. */
  streams: Array<{ dossierId: string; nextSeq: number; headSeq: number }>;
  secretsValid: number;
}

export interface DeliveryRecord {
  id: number;
  eventId: string;
  dossierId: string;
  seq: number;
  attempt: number;
  attemptedAt: string;
  status: number | null;
  error: string | null;
  latencyMs: number;
  responseExcerpt: string;
  nextRetryAt: string | null;
}

type Config = Omit<SubscriptionView, "streams" | "secretsValid">;

/** Disabled after failing without a single success for this long, whatever the schedule says. */
export const MAX_FAILING_SPAN_MS = 3 * 24 * 3_600_000;
/** The delivery log keeps attempts for this long. */
export const DELIVERY_LOG_RETENTION_MS = 7 * 24 * 3_600_000;
/** Deliveries made in one alarm before it yields and reschedules itself. */
const DELIVERIES_PER_ALARM = 50;
const EVENTS_PER_FETCH = 25;

const schemaSql = `
CREATE TABLE IF NOT EXISTS config (id INTEGER PRIMARY KEY CHECK (id = 1), body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS secrets (secret TEXT PRIMARY KEY, created_at TEXT NOT NULL, expires_at INTEGER);
CREATE TABLE IF NOT EXISTS streams (
  dossier_id TEXT PRIMARY KEY,
  next_seq INTEGER NOT NULL,
  head_seq INTEGER NOT NULL,
  last_attempt_at INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS deliveries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id TEXT NOT NULL, dossier_id TEXT NOT NULL, seq INTEGER NOT NULL, attempt INTEGER NOT NULL,
  attempted_at TEXT NOT NULL, status INTEGER, error TEXT, latency_ms INTEGER NOT NULL,
  response_excerpt TEXT NOT NULL, next_retry_at TEXT
);
`;

type StreamRow = { dossier_id: string; next_seq: number; head_seq: number };

export class WebhookObject extends DurableObject<Env> {
  private readonly sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    ctx.blockConcurrencyWhile(async () => {
      this.sql.exec(schemaSql);
    });
  }

  private config(): Config | null {
    const row = this.sql.exec<{ body: string }>("SELECT body FROM config WHERE id = 1").toArray()[0];
    return row ? (JSON.parse(row.body) as Config) : null;
  }

  private save(config: Config): void {
    this.sql.exec("INSERT OR REPLACE INTO config (id, body) VALUES (1, ?)", JSON.stringify(config));
  }

  private validSecrets(now = Date.now()): string[] {
    return this.sql
      .exec<{ secret: string }>(
        "SELECT secret FROM secrets WHERE expires_at IS NULL OR expires_at > ? ORDER BY created_at DESC",
        now,
      )
      .toArray()
      .map((row) => row.secret);
  }

  private view(config: Config): SubscriptionView {
    const streams = this.sql
      .exec<StreamRow>("SELECT * FROM streams ORDER BY dossier_id")
      .toArray()
      .map((row) => ({ dossierId: row.dossier_id, nextSeq: row.next_seq, headSeq: row.head_seq }));
    return { ...config, streams, secretsValid: this.validSecrets().length };
  }

  /** Set the subscription up; returns its one-time secret. */
  async create(settings: Pick<Config, "id" | "url" | "eventTypes" | "dossiers" | "description">): Promise<{
    subscription: SubscriptionView;
    secret: string;
  }> {
    const now = new Date().toISOString();
    const config: Config = {
      ...settings,
      status: "active",
      disabledReason: null,
      consecutiveFailures: 0,
      failingSince: null,
      createdAt: now,
      updatedAt: now,
    };
    const secret = generateWebhookSecret();
    this.ctx.storage.transactionSync(() => {
      this.save(config);
      this.sql.exec("INSERT INTO secrets (secret, created_at, expires_at) VALUES (?, ?, NULL)", secret, now);
    });
    return { subscription: this.view(config), secret };
  }

  async get(): Promise<Outcome<SubscriptionView>> {
    const config = this.config();
    return config ? { ok: true, value: this.view(config) } : failure("not_found", "no such webhook");
  }

  async update(
    patch: Partial<Pick<Config, "url" | "eventTypes" | "dossiers" | "description">> & { status?: "active" | "paused" },
  ): Promise<Outcome<SubscriptionView>> {
    const config = this.config();
    if (!config) return failure("not_found", "no such webhook");
    const resumed = patch.status === "active" && config.status !== "active";
    const next: Config = { ...config, ...patch, updatedAt: new Date().toISOString() };
    if (resumed) Object.assign(next, { disabledReason: null, consecutiveFailures: 0, failingSince: null });
    this.save(next);
    if (resumed) await this.ctx.storage.setAlarm(Date.now());
    return { ok: true, value: this.view(next) };
  }

  async remove(): Promise<void> {
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
  }

  /** A new secret; the old ones keep signing for `graceMs` so receivers can switch without a gap. */
  async rotateSecret(graceMs: number): Promise<Outcome<{ secret: string; previousSecretsExpireAt: string }>> {
    if (!this.config()) return failure("not_found", "no such webhook");
    const now = Date.now();
    const expiresAt = now + graceMs;
    const secret = generateWebhookSecret();
    this.ctx.storage.transactionSync(() => {
      this.sql.exec(
        "UPDATE secrets SET expires_at = ? WHERE expires_at IS NULL OR expires_at > ?",
        expiresAt,
        expiresAt,
      );
      this.sql.exec("DELETE FROM secrets WHERE expires_at IS NOT NULL AND expires_at <= ?", now);
      this.sql.exec(
        "INSERT INTO secrets (secret, created_at, expires_at) VALUES (?, ?, NULL)",
        secret,
        new Date(now).toISOString(),
      );
    });
    return { ok: true, value: { secret, previousSecretsExpireAt: new Date(expiresAt).toISOString() } };
  }

  /** A dossier has events up to `headSeq`; a dossier seen for the first time starts at `fromSeq`. */
  async notify(dossierId: string, fromSeq: number, headSeq: number): Promise<void> {
    const config = this.config();
    if (!config) return;
    this.sql.exec(
      `INSERT INTO streams (dossier_id, next_seq, head_seq) VALUES (?1, ?2, ?3)
       ON CONFLICT (dossier_id) DO UPDATE SET head_seq = max(head_seq, ?3)`,
      dossierId,
      fromSeq,
      headSeq,
    );
    // In backoff the retry alarm stands: the failed event goes first, the new ones wait behind it.
    if (config.status === "active" && config.consecutiveFailures === 0) await this.wake();
  }

  /** Deliver again from `fromSeq`: the same event ids, so receivers can deduplicate. */
  async replay(dossierId: string, fromSeq: number, headSeq: number): Promise<Outcome<SubscriptionView>> {
    const config = this.config();
    if (!config) return failure("not_found", "no such webhook");
    this.sql.exec(
      `INSERT INTO streams (dossier_id, next_seq, head_seq) VALUES (?1, ?2, ?3)
       ON CONFLICT (dossier_id) DO UPDATE SET next_seq = ?2, head_seq = max(head_seq, ?3)`,
      dossierId,
      fromSeq,
      headSeq,
    );
    if (config.status === "active") await this.wake();
    return { ok: true, value: this.view(config) };
  }

  async deliveries(
    before: number | null,
    limit: number,
  ): Promise<{ deliveries: DeliveryRecord[]; next: number | null }> {
    const rows = this.sql
      .exec<Record<string, SqlStorageValue>>(
        "SELECT * FROM deliveries WHERE id < ? ORDER BY id DESC LIMIT ?",
        before ?? Number.MAX_SAFE_INTEGER,
        limit + 1,
      )
      .toArray();
    const more = rows.length > limit;
    const page = rows.slice(0, limit).map((row) => ({
      id: row.id as number,
      eventId: row.event_id as string,
      dossierId: row.dossier_id as string,
      seq: row.seq as number,
      attempt: row.attempt as number,
      attemptedAt: row.attempted_at as string,
      status: row.status as number | null,
      error: row.error as string | null,
      latencyMs: row.latency_ms as number,
      responseExcerpt: row.response_excerpt as string,
      nextRetryAt: row.next_retry_at as string | null,
    }));
    return { deliveries: page, next: more ? (page[page.length - 1]?.id ?? null) : null };
  }

  private async wake(): Promise<void> {
    const scheduled = await this.ctx.storage.getAlarm();
    if (scheduled === null || scheduled > Date.now()) await this.ctx.storage.setAlarm(Date.now());
  }

  override async alarm(): Promise<void> {
    for (let delivered = 0; delivered < DELIVERIES_PER_ALARM; ) {
      const config = this.config();
      if (!config || config.status !== "active") return;
      const stream = this.sql
        .exec<StreamRow>(
          "SELECT * FROM streams WHERE next_seq <= head_seq ORDER BY last_attempt_at, dossier_id LIMIT 1",
        )
        .toArray()[0];
      if (!stream) return;
      const dossier = this.env.DOSSIER.get(this.env.DOSSIER.idFromName(stream.dossier_id));
      const batch = await dossier.eventsForDelivery(stream.dossier_id, stream.next_seq - 1, EVENTS_PER_FETCH);
      if (!batch.ok || batch.value.length === 0) {
        // Nothing past the cursor after all: the head was ahead of the stream (or the dossier is gone).
        this.sql.exec("UPDATE streams SET head_seq = next_seq - 1 WHERE dossier_id = ?", stream.dossier_id);
        continue;
      }
      for (const { event, checkpoint } of batch.value) {
        if (config.eventTypes && !config.eventTypes.includes(event.type)) {
          this.advance(stream.dossier_id, event.seq);
          continue;
        }
        const failed = await this.deliver(config, event, webhookBody(event, checkpoint));
        delivered++;
        if (failed) return;
      }
    }
    await this.ctx.storage.setAlarm(Date.now());
  }

  private advance(dossierId: string, deliveredSeq: number): void {
    this.sql.exec(
      "UPDATE streams SET next_seq = max(next_seq, ?), last_attempt_at = ? WHERE dossier_id = ?",
      deliveredSeq + 1,
      Date.now(),
      dossierId,
    );
  }

  /** Try one event; on failure schedule the retry (or disable) and return true. */
  private async deliver(config: Config, event: StoredEvent, body: string): Promise<boolean> {
    const secrets = this.validSecrets();
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = await signWebhook(event.id, timestamp, body, secrets);
    // Checked again at every attempt: the deployment's rules may have changed since the URL was set.
    const allowed = checkWebhookUrl(config.url, { allowPrivate: this.env.WEBHOOKS_ALLOW_PRIVATE === "true" });
    const outcome = allowed.ok ? await attemptDelivery(config.url, body, headers) : blockedAttempt(allowed.reason);
    const attempt = config.consecutiveFailures + 1;
    const now = Date.now();
    let nextRetryAt: number | null = null;
    const next: Config = { ...config, updatedAt: new Date(now).toISOString() };
    if (outcome.ok) {
      Object.assign(next, { consecutiveFailures: 0, failingSince: null });
    } else {
      next.consecutiveFailures = attempt;
      next.failingSince = config.failingSince ?? new Date(now).toISOString();
      const delay = nextRetryDelay(attempt, { scale: this.retryScale(), retryAfterMs: outcome.retryAfterMs });
      const failingFor = now - Date.parse(next.failingSince);
      if (outcome.gone) this.disable(next, "the receiver answered 410 Gone");
      else if (delay === null) this.disable(next, `${attempt} consecutive failed attempts; last: ${outcome.error}`);
      else if (failingFor > MAX_FAILING_SPAN_MS) this.disable(next, `failing for over 3 days; last: ${outcome.error}`);
      else nextRetryAt = now + delay;
    }
    this.ctx.storage.transactionSync(() => {
      this.sql.exec(
        `INSERT INTO deliveries (event_id, dossier_id, seq, attempt, attempted_at, status, error, latency_ms, response_excerpt, next_retry_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        event.id,
        event.dossierId,
        event.seq,
        attempt,
        new Date(now).toISOString(),
        outcome.status,
        outcome.error,
        outcome.latencyMs,
        outcome.responseExcerpt,
        nextRetryAt === null ? null : new Date(nextRetryAt).toISOString(),
      );
      this.sql.exec(
        "DELETE FROM deliveries WHERE attempted_at < ?",
        new Date(now - DELIVERY_LOG_RETENTION_MS).toISOString(),
      );
      if (outcome.ok) this.advance(event.dossierId, event.seq);
      this.save(next);
    });
    if (nextRetryAt !== null) await this.ctx.storage.setAlarm(nextRetryAt);
    return !outcome.ok;
  }

  private disable(config: Config, reason: string): void {
    config.status = "disabled";
    config.disabledReason = reason;
  }

  private retryScale(): number {
    const scale = Number(this.env.WEBHOOK_RETRY_SCALE ?? "1");
    return Number.isFinite(scale) && scale > 0 ? scale : 1;
  }
}

function blockedAttempt(reason: string) {
  return {
    ok: false,
    status: null,
    error: `blocked address: ${reason}`,
    latencyMs: 0,
    responseExcerpt: "",
    retryAfterMs: undefined,
    gone: false,
  };
}
