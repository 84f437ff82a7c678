// The append request: its shape, and the validation of every event's data against its type's schema.
// Runs in the Worker before the dossier's Durable Object is asked, so bad input never costs the
// single-threaded object anything; each problem is reported with a JSON pointer into the request.
import { z } from "zod";
import { ApiError } from "../errors";
import {
  type EventType,
  eventCatalogue,
  isEventType,
  isLedgerOnly,
  LEDGER_ID_PREFIX,
  type NewEvent,
  ProposedEvent,
} from "./events";

/** At most this many events in one append: one transaction must stay well inside a request's limits. */
export const MAX_EVENTS_PER_APPEND = 1_000;

export const ExpectedVersion = z.union([z.number().int().min(0), z.literal("any"), z.literal("no_stream")]);
export type ExpectedVersion = z.infer<typeof ExpectedVersion>;

export const AppendRequestShape = z
  .object({
    expectedVersion: ExpectedVersion.optional(),
    events: z.array(z.unknown()),
  })
  .strict();

export interface AppendRequest {
  expectedVersion: ExpectedVersion;
  events: NewEvent[];
  /** Read the batch's sources for proposals (default). Off for bulk imports of hand-coded data. */
  extractProposals?: boolean;
}

function pointerOf(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part) => `/${String(part).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

function issuesOf(error: z.ZodError, prefix: string) {
  return error.issues
    .slice(0, 20)
    .map((issue) => ({ pointer: prefix + pointerOf(issue.path), message: issue.message }));
}

/** Parse and validate an append body (already JSON-decoded). Throws an ApiError naming every problem. */
export function parseAppendRequest(body: unknown): AppendRequest {
  const shape = AppendRequestShape.safeParse(body);
  if (!shape.success) {
    throw new ApiError("invalid_request", "the body must be { expectedVersion?, events: [...] }", {
      issues: issuesOf(shape.error, ""),
    });
  }
  const { events } = shape.data;
  if (events.length === 0) throw new ApiError("empty_batch", "events must hold at least one event");
  if (events.length > MAX_EVENTS_PER_APPEND) {
    throw new ApiError("batch_too_large", `at most ${MAX_EVENTS_PER_APPEND} events per append`, {
      limit: MAX_EVENTS_PER_APPEND,
      received: events.length,
    });
  }
  return { expectedVersion: shape.data.expectedVersion ?? "any", events: events.map(parseEvent) };
}

function parseEvent(candidate: unknown, index: number): NewEvent {
  const prefix = `/events/${index}`;
  const envelope = ProposedEvent.safeParse(candidate);
  if (!envelope.success) {
    throw new ApiError("invalid_event", `event ${index} is not a valid event`, {
      issues: issuesOf(envelope.error, prefix),
    });
  }
  const { id, type, schemaVersion, data, metadata } = envelope.data;
  if (!isEventType(type)) {
    throw new ApiError("unknown_event_type", `event ${index} has an unknown type "${type}"`, {
      pointer: `${prefix}/type`,
      knownTypes: Object.keys(eventCatalogue),
    });
  }
  if (isLedgerOnly(type)) {
    throw new ApiError("rule_violation", `event ${index}: ${type} is written by the ledger, not appended`, {
      rule: "ledger_only_event_type",
      pointer: `${prefix}/type`,
      hint: "proposals come from adding a source with its text; review them under /proposals/{proposalId}",
    });
  }
  if (id.startsWith(LEDGER_ID_PREFIX)) {
    throw new ApiError("rule_violation", `event ${index}: ids starting "${LEDGER_ID_PREFIX}" are the ledger's own`, {
      rule: "reserved_event_id",
      pointer: `${prefix}/id`,
    });
  }
  const entry = eventCatalogue[type as EventType];
  if (schemaVersion !== undefined && schemaVersion !== entry.version) {
    throw new ApiError("invalid_event", `event ${index}: ${type} has schema version ${entry.version} only`, {
      pointer: `${prefix}/schemaVersion`,
    });
  }
  const parsed = entry.data.safeParse(data);
  if (!parsed.success) {
    throw new ApiError("invalid_event", `event ${index} (${type}) has invalid data`, {
      issues: issuesOf(parsed.error, `${prefix}/data`),
    });
  }
  return { id, type, schemaVersion: entry.version, data: parsed.data, metadata: metadata ?? {} } as NewEvent;
}
