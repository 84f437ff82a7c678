// Scoping a dossier's event for the global view: claim and source ids are unique only within their
// dossier, so the hub prefixes them with the dossier id; actor ids are shared slugs on purpose, so
// "russia" in two dossiers is one node of the global graph.
import type { StoredEvent } from "./events";

export const scopedId = (dossierId: string, id: string) => `${dossierId}:${id}`;

export function scopeEvent(event: StoredEvent): StoredEvent {
  const scope = (id: string | undefined) => (id === undefined ? undefined : scopedId(event.dossierId, id));
  const data = { ...event.data } as Record<string, unknown>;
  for (const field of ["claimId", "sourceId", "counterClaimId"]) {
    if (typeof data[field] === "string") data[field] = scope(data[field] as string);
  }
  return { ...event, data } as StoredEvent;
}
