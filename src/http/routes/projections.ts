// Projection reads: the blame graph (with roll-up, filters, time travel and exports), claim threads,
// actor profiles and the timeline. Every answer says which dossier version and seq it reflects.
import { type Context, Hono } from "hono";
import type { BlameGraph } from "../../domain/graph/blame-graph";
import { EDGE_CLAIM_IDS_SHOWN, ROLLUPS } from "../../domain/graph/blame-graph";
import { GRAPH_FORMATS, graphContentType, renderGraph } from "../../domain/graph/export";
import { PROPOSAL_STATUSES } from "../../domain/projections/proposals";
import type { Env } from "../../env";
import type { ReadAnswer, ReadQuery } from "../../store/read-query";
import { type AuthVariables, authorize } from "../auth/middleware";
import { UPDATED_HEADER, VERSION_HEADER } from "../conditional";
import { unwrap } from "../errors";
import { asOfParam, enumParam, integerParam } from "../query";
import { dossierStub } from "./dossiers";

type AppContext = Context<{ Bindings: Env; Variables: AuthVariables }>;

async function read(c: AppContext, query: ReadQuery): Promise<ReadAnswer> {
  authorize(c, "read");
  const dossierId = c.req.param("dossierId") as string;
  const asOf = asOfParam(c.req.query("asOf"));
  return unwrap(await dossierStub(c.env, dossierId).read(dossierId, query, asOf));
}

function versioned(c: AppContext, read: ReadAnswer) {
  c.header(VERSION_HEADER, String(read.version));
  if (read.updatedAt) c.header(UPDATED_HEADER, read.updatedAt);
}

function answer(c: AppContext, read: ReadAnswer) {
  const { result, ...about } = read;
  versioned(c, read);
  return c.json({ ...about, ...(result as object) });
}

const listParam = (value: string | undefined) => value?.split(",").filter(Boolean);

/**
 * A JSON graph shows the first EDGE_CLAIM_IDS_SHOWN claim ids of each edge, unless `claimIds=all`;
 * the exports (CSV, GraphML, DOT) always carry all of them.
 */
export function claimIdLimit(c: Context, format: string): number | undefined {
  const claimIds = enumParam(c.req.query("claimIds"), "claimIds", ["shown", "all"] as const, "shown");
  return format === "json" && claimIds === "shown" ? EDGE_CLAIM_IDS_SHOWN : undefined;
}

/** Where the untruncated answer is, when some edge's claim ids were cut short. */
export function allClaimIdsLink(c: Context, graph: BlameGraph): { links?: { allClaimIds: string } } {
  if (!graph.edges.some((edge) => edge.claimIdsTruncated)) return {};
  const url = new URL(c.req.url);
  url.searchParams.set("claimIds", "all");
  return { links: { allClaimIds: `${url.pathname}${url.search}` } };
}

export const projectionRoutes = new Hono<{ Bindings: Env; Variables: AuthVariables }>()
  .get("/:dossierId/blame-graph", async (c) => {
    const format = enumParam(c.req.query("format"), "format", GRAPH_FORMATS, "json");
    const rollup = enumParam(c.req.query("rollup"), "rollup", ROLLUPS, "none");
    const category = listParam(c.req.query("category"));
    const actor = c.req.query("actor") || undefined;
    const options = { rollup, category, actor, claimIdLimit: claimIdLimit(c, format) };
    const graph = await read(c, { view: "blame-graph", options });
    if (format === "json") {
      const { result, ...about } = graph;
      versioned(c, graph);
      return c.json({ ...about, ...(result as BlameGraph), ...allClaimIdsLink(c, result as BlameGraph) });
    }
    const text = renderGraph(graph.result as BlameGraph, format);
    versioned(c, graph);
    return c.body(text, 200, {
      "content-type": graphContentType[format],
      "content-disposition": `inline; filename="${graph.dossierId}-blame-graph-${graph.asOfSeq}.${format}"`,
      "x-as-of-seq": String(graph.asOfSeq),
    });
  })
  .get("/:dossierId/claims", async (c) => {
    const status = enumParam(
      c.req.query("status"),
      "status",
      ["unanswered", "disputed", "conceded", "retracted"] as const,
      "unanswered",
    );
    const filters = {
      status: c.req.query("status") ? status : undefined,
      actor: c.req.query("actor") || undefined,
      category: c.req.query("category") || undefined,
    };
    const after = integerParam(c.req.query("after"), "after", { min: 0, fallback: 0 }) ?? 0;
    const limit = integerParam(c.req.query("limit"), "limit", { min: 1, max: 500, fallback: 100 }) ?? 100;
    return answer(c, await read(c, { view: "claims", filters, after, limit }));
  })
  .get("/:dossierId/claims/:claimId", async (c) =>
    answer(c, await read(c, { view: "claim", claimId: c.req.param("claimId") })),
  )
  .get("/:dossierId/actors", async (c) => answer(c, await read(c, { view: "actors" })))
  .get("/:dossierId/actors/:actorId", async (c) =>
    answer(c, await read(c, { view: "actor", actorId: c.req.param("actorId") })),
  )
  .get("/:dossierId/projections", async (c) => {
    authorize(c, "read");
    const dossierId = c.req.param("dossierId");
    return c.json(unwrap(await dossierStub(c.env, dossierId).projections(dossierId)));
  })
  .get("/:dossierId/diagnostics", async (c) => {
    authorize(c, "admin");
    const dossierId = c.req.param("dossierId");
    return c.json(unwrap(await dossierStub(c.env, dossierId).diagnostics(dossierId)));
  })
  .post("/:dossierId/projections/rebuild", async (c) => {
    authorize(c, "admin");
    const dossierId = c.req.param("dossierId");
    return c.json(unwrap(await dossierStub(c.env, dossierId).rebuildProjections(dossierId)), 202);
  })
  .get("/:dossierId/sources", async (c) => answer(c, await read(c, { view: "sources" })))
  .get("/:dossierId/sources/:sourceId", async (c) =>
    answer(c, await read(c, { view: "source", sourceId: c.req.param("sourceId") })),
  )
  .get("/:dossierId/proposals", async (c) => {
    const status = c.req.query("status")
      ? enumParam(c.req.query("status"), "status", PROPOSAL_STATUSES, "pending")
      : undefined;
    const sourceId = c.req.query("sourceId") || undefined;
    const after = integerParam(c.req.query("after"), "after", { min: 0, fallback: 0 }) ?? 0;
    const limit = integerParam(c.req.query("limit"), "limit", { min: 1, max: 500, fallback: 100 }) ?? 100;
    return answer(c, await read(c, { view: "proposals", status, sourceId, after, limit }));
  })
  .get("/:dossierId/proposals/:proposalId", async (c) =>
    answer(c, await read(c, { view: "proposal", proposalId: c.req.param("proposalId") })),
  )
  .get("/:dossierId/timeline", async (c) => {
    const offset = integerParam(c.req.query("offset"), "offset", { min: 0, fallback: 0 }) ?? 0;
    const limit = integerParam(c.req.query("limit"), "limit", { min: 1, max: 500, fallback: 100 }) ?? 100;
    return answer(c, await read(c, { view: "timeline", offset, limit }));
  });
