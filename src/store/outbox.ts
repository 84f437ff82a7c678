// Publishing what the outbox holds: every appended batch goes to the hub (the global view and the
// dossier directory), which keeps a checkpoint per dossier so a retried delivery counts once.
// A batch leaves the outbox only when its consumers have acknowledged it.
import type { Env } from "../env";
import { readEvents } from "./event-log";

/** Events sent to the hub per call: bounded so one RPC stays small. */
const EVENTS_PER_DELIVERY = 500;

export const HUB_NAME = "global";

/** Deliver pending batches; returns true when some remain (the caller schedules another try). */
export async function publishOutbox(sql: SqlStorage, env: Env, dossierId: string, title: string): Promise<boolean> {
  const head = sql.exec<{ v: number | null }>("SELECT max(seq) AS v FROM events").one().v ?? 0;
  const oldest = sql.exec<{ from_seq: number | null }>("SELECT min(from_seq) AS from_seq FROM outbox").one().from_seq;
  if (oldest === null) return false;
  const hub = env.HUB.get(env.HUB.idFromName(HUB_NAME));
  try {
    let after = oldest - 1;
    while (after < head) {
      const events = readEvents(sql, dossierId, { direction: "forward", from: after, limit: EVENTS_PER_DELIVERY });
      if (events.length === 0) break;
      const checkpoint = await hub.ingest({ dossierId, title, headVersion: head, events });
      sql.exec("DELETE FROM outbox WHERE to_seq <= ?", checkpoint);
      if (checkpoint <= after) break; // the hub is behind what we sent: resend from its checkpoint next time
      after = checkpoint;
    }
  } catch (error) {
    console.warn(`outbox: delivery of ${dossierId} to the hub failed, will retry`, String(error));
    return true;
  }
  return sql.exec("SELECT 1 FROM outbox LIMIT 1").toArray().length > 0;
}
