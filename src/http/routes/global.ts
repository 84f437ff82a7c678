// The global view across dossiers, served by the hub: fed asynchronously, so every answer says
// how far behind each dossier it is.
import { Hono } from "hono";
import { type BlameGraph, ROLLUPS } from "../../domain/graph/blame-graph";
import { GRAPH_FORMATS, graphContentType, renderGraph } from "../../domain/graph/export";
import type { Env } from "../../env";
import type { GlobalAnswer } from "../../store/hub-object";
import { HUB_NAME } from "../../store/outbox";
import { type AuthVariables, authorize } from "../auth/middleware";
import { unwrap } from "../errors";
import { enumParam } from "../query";
import { allClaimIdsLink, claimIdLimit } from "./projections";

export const globalRoutes = new Hono<{ Bindings: Env; Variables: AuthVariables }>()
  .get("/blame-graph", async (c) => {
    authorize(c, "read");
    const format = enumParam(c.req.query("format"), "format", GRAPH_FORMATS, "json");
    const rollup = enumParam(c.req.query("rollup"), "rollup", ROLLUPS, "none");
    const category = c.req.query("category")?.split(",").filter(Boolean);
    const actor = c.req.query("actor") || undefined;
    const hub = c.env.HUB.get(c.env.HUB.idFromName(HUB_NAME));
    const options = { rollup, category, actor, claimIdLimit: claimIdLimit(c, format) };
    const answer: GlobalAnswer = unwrap(await hub.read({ view: "blame-graph", options }));
    if (format === "json") {
      const graph = answer.result as BlameGraph;
      return c.json({ ...graph, dossiers: answer.dossiers, behind: answer.behind, ...allClaimIdsLink(c, graph) });
    }
    return c.body(renderGraph(answer.result as BlameGraph, format), 200, {
      "content-type": graphContentType[format],
      "x-events-behind": String(answer.behind),
    });
  })
  .get("/actors/:actorId", async (c) => {
    authorize(c, "read");
    const hub = c.env.HUB.get(c.env.HUB.idFromName(HUB_NAME));
    const answer: GlobalAnswer = unwrap(await hub.read({ view: "actor", actorId: c.req.param("actorId") }));
    return c.json({ ...(answer.result as object), dossiers: answer.dossiers, behind: answer.behind });
  });
