// The JSON Schemas of `events/schemas/`, generated from the zod definitions in events.ts, so the
// published contract and the validation the API runs cannot drift apart (a test compares them).
import { z } from "zod";
import { EventId, EventMetadata, eventCatalogue, eventTypes, Slug } from "./events";

/** The stored envelope of one event type: what readers and webhook subscribers receive. */
export function storedEventSchema(type: keyof typeof eventCatalogue) {
  const entry = eventCatalogue[type];
  return z
    .object({
      id: EventId,
      type: z.literal(type),
      schemaVersion: z.literal(entry.version),
      dossierId: Slug,
      seq: z.number().int().min(1).describe("Position in the dossier's stream, from 1"),
      recordedAt: z.iso.datetime({ offset: true }).describe("When the store recorded the event"),
      data: entry.data,
      metadata: EventMetadata,
    })
    .strict()
    .meta({ title: `${type} v${entry.version}`, description: entry.summary });
}

export function catalogueFileName(type: string, version: number): string {
  return `${type}.v${version}.json`;
}

/** File name → JSON Schema, for every event type and version in the catalogue. */
export function catalogueSchemas(): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const type of eventTypes) {
    const { version } = eventCatalogue[type];
    files[catalogueFileName(type, version)] = z.toJSONSchema(storedEventSchema(type), { target: "draft-2020-12" });
  }
  return files;
}
