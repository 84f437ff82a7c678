// The OpenAPI 3.1 contract, generated from the zod schemas the routes validate with (request
// bodies, the event catalogue) and one table of operations. A test checks that every route the app
// serves is in it, and lints it with an independent validator.
import { z } from "zod";
import { AppendRequestShape, ExpectedVersion, MAX_EVENTS_PER_APPEND } from "../domain/append-request";
import { storedEventSchema } from "../domain/catalogue-schemas";
import { clientEventTypes, EventId, EventMetadata, eventCatalogue, eventTypes } from "../domain/events";
import { PROPOSAL_STATUSES } from "../domain/projections/proposals";
import { AcceptEdits } from "../domain/review/acceptance";
import { errorTable } from "../errors";
import { ExtractRequest } from "./routes/extract";
import { ReadSource } from "./routes/readings";
import { RejectProposal } from "./routes/review";
import { CreateWebhook, Replay, RotateSecret, UpdateWebhook } from "./routes/webhooks";

type Scope = "public" | "read" | "write" | "admin";
type Param = {
  name: string;
  in: "path" | "query" | "header";
  schema: z.ZodType;
  description: string;
  required?: boolean;
};
interface Operation {
  method: "get" | "post" | "patch" | "delete";
  path: string;
  summary: string;
  tag: string;
  scope: Scope;
  params?: Param[];
  body?: z.ZodType;
  /** Success status and what it returns. */
  ok: [number, string, string?];
}

const dossierId: Param = {
  name: "dossierId",
  in: "path",
  schema: z.string(),
  description: "The dossier's slug",
  required: true,
};
const webhookId: Param = {
  name: "id",
  in: "path",
  schema: z.string(),
  description: "The subscription id (wh_…)",
  required: true,
};
const proposalId: Param = {
  name: "proposalId",
  in: "path",
  schema: z.string(),
  description: "The proposal id (p<seq>)",
  required: true,
};
const query = (name: string, schema: z.ZodType, description: string): Param => ({
  name,
  in: "query",
  schema,
  description,
});
const asOf = query(
  "asOf",
  z.union([z.number().int().min(0), z.iso.datetime()]),
  "A seq, or an ISO 8601 time: the view as it stood then",
);
const waitFor = [
  query("waitForVersion", z.number().int().min(0), "Hold the request until the dossier's version passes this"),
  query("timeout", z.number().int().min(0).max(30), "Seconds to hold at most (default 25)"),
];
const graphOptions = [
  query("rollup", z.enum(["none", "state", "top"]), "Fold actors into their state or top-most parent"),
  query("category", z.string(), "Comma-separated categories to keep"),
  query("actor", z.string(), "Keep edges touching this actor"),
  query("format", z.enum(["json", "csv", "graphml", "dot"]), "Answer format"),
  query(
    "claimIds",
    z.enum(["shown", "all"]),
    "JSON only: `shown` (default) lists the first 100 claim ids of each edge, marking an edge with more " +
      "`claimIdsTruncated: true` and giving `links.allClaimIds`; `all` lists every one. Exports list all",
  ),
];
const page = (cursor: string) => [
  query(cursor, z.number().int().min(0), "Cursor: the `next` of the previous page"),
  query("limit", z.number().int().min(1), "Page size"),
];

/** Each event type as a client sends it: the same data schemas the append validates with. */
const ProposedEventByType = z.union(
  clientEventTypes.map((type) =>
    z
      .object({
        id: EventId,
        type: z.literal(type),
        schemaVersion: z.literal(eventCatalogue[type].version).optional(),
        data: eventCatalogue[type].data,
        metadata: EventMetadata.optional(),
      })
      .strict(),
  ) as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]],
);
const AppendBody = AppendRequestShape.extend({
  expectedVersion: ExpectedVersion.optional(),
  events: z.array(ProposedEventByType).min(1).max(MAX_EVENTS_PER_APPEND),
});

export const operations: Operation[] = [
  { method: "get", path: "/v1", summary: "The API's entry point", tag: "meta", scope: "public", ok: [200, "Links"] },
  {
    method: "get",
    path: "/openapi.json",
    summary: "This document",
    tag: "meta",
    scope: "public",
    ok: [200, "OpenAPI 3.1"],
  },
  {
    method: "get",
    path: "/docs",
    summary: "The API reference page",
    tag: "meta",
    scope: "public",
    ok: [200, "HTML", "text/html"],
  },
  {
    method: "get",
    path: "/.well-known/claims-ledger-keys",
    summary: "Public keys that sign checkpoints",
    tag: "proofs",
    scope: "public",
    ok: [200, "Keys, current first"],
  },
  {
    method: "get",
    path: "/v1/dossiers",
    summary: "List dossiers (from the hub)",
    tag: "dossiers",
    scope: "read",
    ok: [200, "Dossiers with applied and head versions"],
  },
  {
    method: "get",
    path: "/v1/dossiers/{dossierId}",
    summary: "A dossier's title, version and counts",
    tag: "dossiers",
    scope: "read",
    params: [dossierId, ...waitFor],
    ok: [200, "Summary"],
  },
  {
    method: "post",
    path: "/v1/dossiers/{dossierId}/events",
    summary: "Append a batch of events atomically",
    tag: "dossiers",
    scope: "write",
    params: [
      dossierId,
      query("extract", z.enum(["true", "false"]), "Read the batch's sources for proposals (default true)"),
    ],
    body: AppendBody,
    ok: [
      201,
      "Positions, version and a signed checkpoint covering the batch (size ≥ toSeq; 200 for an idempotent replay)",
    ],
  },
  {
    method: "get",
    path: "/v1/dossiers/{dossierId}/events",
    summary: "Read the stream forward or backward",
    tag: "dossiers",
    scope: "read",
    params: [
      dossierId,
      ...page("after"),
      query("before", z.number().int().min(0), "Read backward from before this seq"),
      query("direction", z.enum(["forward", "backward"]), "Direction"),
      query("type", z.string(), "Comma-separated event types"),
    ],
    ok: [200, "A page of stored events"],
  },
  {
    method: "get",
    path: "/v1/dossiers/{dossierId}/live",
    summary: "Server-sent events: one message per new version",
    tag: "dossiers",
    scope: "read",
    params: [
      dossierId,
      { name: "Last-Event-ID", in: "header", schema: z.string(), description: "Resume after this version" },
    ],
    ok: [200, "An event stream", "text/event-stream"],
  },
  {
    method: "get",
    path: "/v1/dossiers/{dossierId}/blame-graph",
    summary: "Who blames whom",
    tag: "projections",
    scope: "read",
    params: [dossierId, asOf, ...graphOptions, ...waitFor],
    ok: [200, "Nodes and edges, or CSV, GraphML, DOT"],
  },
  {
    method: "get",
    path: "/v1/dossiers/{dossierId}/claims",
    summary: "Claims with their answers",
    tag: "projections",
    scope: "read",
    params: [
      dossierId,
      asOf,
      query("status", z.enum(["unanswered", "disputed", "conceded", "retracted"]), "Status"),
      query("actor", z.string(), "Involving this actor"),
      query("category", z.string(), "Category"),
      ...page("after"),
      ...waitFor,
    ],
    ok: [200, "A page of claims"],
  },
  {
    method: "get",
    path: "/v1/dossiers/{dossierId}/claims/{claimId}",
    summary: "One claim's thread",
    tag: "projections",
    scope: "read",
    params: [
      dossierId,
      { name: "claimId", in: "path", schema: z.string(), description: "Claim id", required: true },
      asOf,
      ...waitFor,
    ],
    ok: [200, "The claim, its answers, actors, source and linked claims"],
  },
  {
    method: "get",
    path: "/v1/dossiers/{dossierId}/actors",
    summary: "The dossier's actors",
    tag: "projections",
    scope: "read",
    params: [dossierId, asOf],
    ok: [200, "Actors"],
  },
  {
    method: "get",
    path: "/v1/dossiers/{dossierId}/actors/{actorId}",
    summary: "An actor's profile",
    tag: "projections",
    scope: "read",
    params: [
      dossierId,
      { name: "actorId", in: "path", schema: z.string(), description: "Actor id", required: true },
      asOf,
    ],
    ok: [200, "Blames made and received, speakers, outcomes"],
  },
  {
    method: "get",
    path: "/v1/dossiers/{dossierId}/timeline",
    summary: "Statements in the order they were made",
    tag: "projections",
    scope: "read",
    params: [
      dossierId,
      asOf,
      query("offset", z.number().int().min(0), "Position in the order"),
      query("limit", z.number().int().min(1), "Page size"),
    ],
    ok: [200, "Entries"],
  },
  {
    method: "get",
    path: "/v1/dossiers/{dossierId}/sources",
    summary: "The dossier's sources (without their texts)",
    tag: "projections",
    scope: "read",
    params: [dossierId, asOf],
    ok: [200, "Sources, each with the length of its text"],
  },
  {
    method: "get",
    path: "/v1/dossiers/{dossierId}/sources/{sourceId}",
    summary: "One source, with its text",
    tag: "projections",
    scope: "read",
    params: [
      dossierId,
      { name: "sourceId", in: "path", schema: z.string(), description: "Source id", required: true },
      asOf,
    ],
    ok: [200, "The source and the text its quotes point into"],
  },
  {
    method: "post",
    path: "/v1/extract",
    summary: "Propose the claims in an article's text (stores nothing)",
    tag: "review",
    scope: "write",
    body: ExtractRequest,
    ok: [200, "Proposed actors and statements; quotes are text.slice(start, end)"],
  },
  {
    method: "post",
    path: "/v1/dossiers/{dossierId}/sources/{sourceId}/readings",
    summary: "Read a source of the dossier again, with the model or the rules extractor, into the review queue",
    tag: "review",
    scope: "write",
    params: [dossierId, { name: "sourceId", in: "path", schema: z.string(), description: "Source id", required: true }],
    body: ReadSource,
    ok: [201, "The proposals made (200 with the first reading's proposals when this extractor read it before)"],
  },
  {
    method: "get",
    path: "/v1/dossiers/{dossierId}/proposals",
    summary: "The review queue: the extractor's proposals and their status",
    tag: "review",
    scope: "read",
    params: [
      dossierId,
      asOf,
      query("status", z.enum(PROPOSAL_STATUSES), "Status"),
      query("sourceId", z.string(), "From this source"),
      ...page("after"),
      ...waitFor,
    ],
    ok: [200, "Counts by status and a page of proposals"],
  },
  {
    method: "get",
    path: "/v1/dossiers/{dossierId}/proposals/{proposalId}",
    summary: "One proposal",
    tag: "review",
    scope: "read",
    params: [dossierId, proposalId, asOf],
    ok: [200, "The proposal, its statement, actors and decision"],
  },
  {
    method: "post",
    path: "/v1/dossiers/{dossierId}/proposals/{proposalId}/accept",
    summary: "Accept a proposal, with optional edits: appends the events it becomes",
    tag: "review",
    scope: "write",
    params: [dossierId, proposalId],
    body: AcceptEdits,
    ok: [201, "The decision's events and the claim (200 when accepted before with the same edits)"],
  },
  {
    method: "post",
    path: "/v1/dossiers/{dossierId}/proposals/{proposalId}/reject",
    summary: "Reject a proposal with a reason",
    tag: "review",
    scope: "write",
    params: [dossierId, proposalId],
    body: RejectProposal,
    ok: [201, "The decision's event (200 when rejected before for the same reason)"],
  },
  {
    method: "get",
    path: "/v1/dossiers/{dossierId}/projections",
    summary: "Projection generation and rebuild status",
    tag: "projections",
    scope: "read",
    params: [dossierId],
    ok: [200, "Status"],
  },
  {
    method: "post",
    path: "/v1/dossiers/{dossierId}/projections/rebuild",
    summary: "Rebuild every projection from event zero",
    tag: "projections",
    scope: "admin",
    params: [dossierId],
    ok: [202, "Rebuild started"],
  },
  {
    method: "get",
    path: "/v1/dossiers/{dossierId}/diagnostics",
    summary: "Scan the stream once; database size",
    tag: "projections",
    scope: "admin",
    params: [dossierId],
    ok: [200, "Diagnostics"],
  },
  {
    method: "get",
    path: "/v1/dossiers/{dossierId}/checkpoint",
    summary: "The latest signed checkpoint",
    tag: "proofs",
    scope: "read",
    params: [dossierId],
    ok: [200, "A C2SP signed note and its fields"],
  },
  {
    method: "get",
    path: "/v1/dossiers/{dossierId}/proof/inclusion",
    summary: "RFC 9162 inclusion proof",
    tag: "proofs",
    scope: "read",
    params: [
      dossierId,
      { ...query("seq", z.number().int().min(1), "The event"), required: true },
      query("size", z.number().int().min(1), "Tree size (default: the version)"),
    ],
    ok: [200, "Audit path"],
  },
  {
    method: "get",
    path: "/v1/dossiers/{dossierId}/proof/consistency",
    summary: "RFC 9162 consistency proof",
    tag: "proofs",
    scope: "read",
    params: [
      dossierId,
      { ...query("from", z.number().int().min(1), "Earlier size"), required: true },
      query("to", z.number().int().min(1), "Later size (default: the version)"),
    ],
    ok: [200, "Proof"],
  },
  {
    method: "get",
    path: "/v1/dossiers/{dossierId}/export",
    summary: "NDJSON: the checkpoint, then its events",
    tag: "proofs",
    scope: "read",
    params: [dossierId],
    ok: [200, "NDJSON", "application/x-ndjson"],
  },
  {
    method: "get",
    path: "/v1/blame-graph",
    summary: "The global blame graph across dossiers",
    tag: "global",
    scope: "read",
    params: graphOptions,
    ok: [200, "Nodes, edges, lag per dossier"],
  },
  {
    method: "get",
    path: "/v1/actors/{actorId}",
    summary: "An actor's global profile",
    tag: "global",
    scope: "read",
    params: [{ name: "actorId", in: "path", schema: z.string(), description: "Actor id", required: true }],
    ok: [200, "Profile and lag"],
  },
  {
    method: "post",
    path: "/v1/webhooks",
    summary: "Subscribe a URL",
    tag: "webhooks",
    scope: "admin",
    body: CreateWebhook,
    ok: [201, "The subscription and its secret, shown once"],
  },
  {
    method: "get",
    path: "/v1/webhooks",
    summary: "List subscriptions",
    tag: "webhooks",
    scope: "admin",
    ok: [200, "Subscriptions"],
  },
  {
    method: "get",
    path: "/v1/webhooks/{id}",
    summary: "A subscription",
    tag: "webhooks",
    scope: "admin",
    params: [webhookId],
    ok: [200, "Subscription"],
  },
  {
    method: "patch",
    path: "/v1/webhooks/{id}",
    summary: "Change, pause or resume",
    tag: "webhooks",
    scope: "admin",
    params: [webhookId],
    body: UpdateWebhook,
    ok: [200, "Subscription"],
  },
  {
    method: "delete",
    path: "/v1/webhooks/{id}",
    summary: "Delete",
    tag: "webhooks",
    scope: "admin",
    params: [webhookId],
    ok: [204, "Deleted"],
  },
  {
    method: "post",
    path: "/v1/webhooks/{id}/rotate-secret",
    summary: "Rotate the secret with a grace period",
    tag: "webhooks",
    scope: "admin",
    params: [webhookId],
    body: RotateSecret,
    ok: [200, "The new secret"],
  },
  {
    method: "get",
    path: "/v1/webhooks/{id}/deliveries",
    summary: "The delivery log",
    tag: "webhooks",
    scope: "admin",
    params: [
      webhookId,
      query("before", z.number().int().min(1), "Cursor"),
      query("limit", z.number().int().min(1).max(500), "Page size"),
    ],
    ok: [200, "Attempts, newest first"],
  },
  {
    method: "post",
    path: "/v1/webhooks/{id}/replay",
    summary: "Deliver again from a seq",
    tag: "webhooks",
    scope: "admin",
    params: [webhookId],
    body: Replay,
    ok: [202, "Replay scheduled"],
  },
];

const ErrorBody = z.object({
  error: z.object({
    code: z.enum(Object.keys(errorTable) as [string, ...string[]]),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "any" });

export function openApiDocument(serverUrl?: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) {
    const [status, description, contentType = "application/json"] = operation.ok;
    const failures = [...new Set(Object.values(errorTable))].filter((code) => code >= 400);
    paths[operation.path] ??= {};
    (paths[operation.path] as Record<string, unknown>)[operation.method] = {
      operationId: `${operation.method}${operation.path.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
      summary: operation.summary,
      tags: [operation.tag],
      ...(operation.scope === "public" || operation.scope === "read"
        ? {}
        : { security: [{ bearer: [operation.scope] }] }),
      "x-scope": operation.scope,
      parameters: (operation.params ?? []).map((param) => ({
        name: param.name,
        in: param.in,
        required: param.required ?? false,
        description: param.description,
        schema: jsonSchema(param.schema),
      })),
      ...(operation.body
        ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(operation.body) } } } }
        : {}),
      responses: {
        [String(status)]: status === 204 ? { description } : { description, content: { [contentType]: {} } },
        ...Object.fromEntries(
          failures.map((code) => [
            String(code),
            {
              description: "An error, in the one shape",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
            },
          ]),
        ),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Claims ledger",
      version: "1.0.0",
      description:
        "An event-sourced, verifiable record of who blames whom. Reads are public unless the deployment requires a token.",
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    tags: ["dossiers", "projections", "proofs", "webhooks", "global", "meta"].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token; scopes read, write, admin" },
      },
      schemas: {
        Error: jsonSchema(ErrorBody),
        ...Object.fromEntries(
          eventTypes.map((type) => [`StoredEvent_${type.replace(".", "_")}`, jsonSchema(storedEventSchema(type))]),
        ),
      },
    },
  };
}
