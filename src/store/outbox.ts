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

/** Events after `after`, at most `limit`: from the caller's memory when it holds them, else stored. */
export type EventSource = (after: number, limit: number) => StoredEvent[];

async function feedHub(read: EventSource, env: Env, dossierId: string, title: string, oldest: number, head: number) {
  const hub = env.HUB.get(env.HUB.idFromName(HUB_NAME));
  let after = oldest - 1;
  while (after < head) {
    const events = read(after, EVENTS_PER_DELIVERY);
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

/** Deliver pending batches; returns true when some remain (the caller schedules another try). */
export async function publishOutbox(
  sql: SqlStorage,
  env: Env,
  dossierId: string,
  title: string,
  read: EventSource = (after, limit) => readEvents(sql, dossierId, { direction: "forward", from: after, limit }),
): Promise<boolean> {
  const head = sql.exec<{ v: number | null }>("SELECT max(seq) AS v FROM events").one().v ?? 0;
  const oldest = sql.exec<{ from_seq: number | null }>("SELECT min(from_seq) AS from_seq FROM outbox").one().from_seq;
  if (oldest === null) return false;
  try {
    const hubCheckpoint = await feedHub(read, env, dossierId, title, oldest, head);
    await notifySubscribers(sql, env, dossierId, oldest, head);
    sql.exec("DELETE FROM outbox WHERE to_seq <= ?", hubCheckpoint);
  } catch (error) {
    console.warn(`outbox: publishing ${dossierId} failed, will retry`, String(error));
    return true;
  }
  return sql.exec("SELECT 1 FROM outbox LIMIT 1").toArray().length > 0;
}
