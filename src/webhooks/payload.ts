// The body subscribers receive: `{ type, timestamp, data }` as Standard Webhooks recommends, where
// `data` is the stored event (with its dossier and seq) and the signed checkpoint that covers it.
import type { StoredEvent } from "../domain/events";
import type { CheckpointView } from "../proof/checkpoint";

export interface WebhookPayload {
  type: string;
  timestamp: string;
  data: { event: StoredEvent; checkpoint: CheckpointView | null };
}

/** Serialised once: the bytes signed are exactly the bytes sent. */
export function webhookBody(event: StoredEvent, checkpoint: CheckpointView | null): string {
  const payload: WebhookPayload = { type: event.type, timestamp: event.recordedAt, data: { event, checkpoint } };
  return JSON.stringify(payload);
}
