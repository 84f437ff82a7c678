// Publishing what the outbox holds. Every appended batch goes to the hub (the global view and the
// dossier directory), which keeps a checkpoint per dossier so a retried delivery counts once, and
// every matching webhook subscription is told how far the dossier now reaches (it then pulls the
// events itself, in order). A batch leaves the outbox only when all of that has succeeded.

import type { StoredEvent } from "../domain/events";
import type { Env } from "../env";
import { readEvents } from "./event-log";

/** Events sent to the hub per call: bounded so one RPC stays small. */
const EVENTS_PER_DELIVERY = 500;

export const HUB_NAME = "global";

export const subscriberCursorsSql = `
CREATE TABLE IF NOT EXISTS subscriber_cursors (
  subscription_id TEXT PRIMARY KEY,
  notified_seq INTEGER NOT NULL
) WITHOUT ROWID;
`;

/** Events after `after`, at most `limit`, if the caller holds them in memory (else they are read from the stream). */
export type RecentSource = (after: number, limit: number) => StoredEvent[] | undefined;

async function feedHub(
  sql: SqlStorage,
  recent: RecentSource,
  env: Env,
  dossierId: string,
  title: string,
  oldest: number,
  head: number,
) {
  const hub = env.HUB.get(env.HUB.idFromName(HUB_NAME));
  let after = oldest - 1;
  while (after < head) {
    const events =
      recent(after, EVENTS_PER_DELIVERY) ??
      readEvents(sql, dossierId, { direction: "forward", from: after, limit: EVENTS_PER_DELIVERY });
    if (events.length === 0) break;
    const checkpoint = await hub.ingest({ dossierId, title, headVersion: head, events });
    if (checkpoint <= after) return after; // the hub is behind what we sent: resend from its checkpoint next time
    after = checkpoint;
  }
  return after;
}

async function notifySubscribers(sql: SqlStorage, env: Env, dossierId: string, oldest: number, head: number) {
  const hub = env.HUB.get(env.HUB.idFromName(HUB_NAME));
  for (const subscriptionId of await hub.subscriptionsFor(dossierId)) {
    const cursor = sql
      .exec<{ notified_seq: number }>(
        "SELECT notified_seq FROM subscriber_cursors WHERE subscription_id = ?",
        subscriptionId,
      )
      .toArray()[0];
    if (cursor && cursor.notified_seq >= head) continue;
    // A subscription seen here for the first time starts with the first event not yet published.
    const fromSeq = cursor ? cursor.notified_seq + 1 : oldest;
    await env.WEBHOOK.get(env.WEBHOOK.idFromName(subscriptionId)).notify(dossierId, fromSeq, head);
    sql.exec(
      "INSERT OR REPLACE INTO subscriber_cursors (subscription_id, notified_seq) VALUES (?, ?)",
      subscriptionId,
      head,
    );
  }
}

const oldestPending = (sql: SqlStorage) =>
  sql.exec<{ from_seq: number | null }>("SELECT min(from_seq) AS from_seq FROM outbox").one().from_seq;

/**
 * Deliver pending batches. Returns the first seq still to publish, or null when nothing remains
 * (the caller schedules another try, and forgets what it kept of the rest).
 */
export async function publishOutbox(
  sql: SqlStorage,
  env: Env,
  dossierId: string,
  title: string,
  recent: RecentSource = () => undefined,
): Promise<number | null> {
  const head = sql.exec<{ v: number | null }>("SELECT max(seq) AS v FROM events").one().v ?? 0;
  const oldest = oldestPending(sql);
  if (oldest === null) return null;
  try {
    const hubCheckpoint = await feedHub(sql, recent, env, dossierId, title, oldest, head);
    await notifySubscribers(sql, env, dossierId, oldest, head);
    sql.exec("DELETE FROM outbox WHERE to_seq <= ?", hubCheckpoint);
  } catch (error) {
    console.warn(`outbox: publishing ${dossierId} failed, will retry`, String(error));
  }
  return oldestPending(sql);
}
