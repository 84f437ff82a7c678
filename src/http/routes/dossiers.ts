// Dossier routes: the directory, a dossier's summary, appending to and reading its stream.
import { Hono } from "hono";
import { parseAppendRequest } from "../../domain/append-request";
import { Slug } from "../../domain/events";
import type { Env } from "../../env";
import { ApiError } from "../../errors";
import { HUB_NAME } from "../../store/outbox";
import { type AuthVariables, authorize } from "../auth/middleware";
import { readJsonBody } from "../body";
import { UPDATED_HEADER, VERSION_HEADER } from "../conditional";
import { learnVersion } from "../edge-cache";
import { unwrap } from "../errors";
import { enumParam, integerParam } from "../query";

export const MAX_PAGE_SIZE = 1_000;

export function dossierStub(env: Env, dossierId: string) {
  if (!Slug.safeParse(dossierId).success) {
    throw new ApiError("not_found", `no dossier "${dossierId}": dossier ids are lower-case slugs`, { dossierId });
  }
  return env.DOSSIER.get(env.DOSSIER.idFromName(dossierId));
}

export const dossierRoutes = new Hono<{ Bindings: Env; Variables: AuthVariables }>()
  .get("/", async (c) => {
    authorize(c, "read");
    const hub = c.env.HUB.get(c.env.HUB.idFromName(HUB_NAME));
    return c.json({ dossiers: await hub.listDossiers() });
  })
  .get("/:dossierId", async (c) => {
    authorize(c, "read");
    const dossierId = c.req.param("dossierId");
    const info = unwrap(await dossierStub(c.env, dossierId).info(dossierId));
    c.header(VERSION_HEADER, String(info.version));
    if (info.updatedAt) c.header(UPDATED_HEADER, info.updatedAt);
    return c.json(info);
  })
  .post("/:dossierId/events", async (c) => {
    const dossierId = c.req.param("dossierId");
    const principal = authorize(c, "write");
    const stub = dossierStub(c.env, dossierId);
    const extract = enumParam(c.req.query("extract"), "extract", ["true", "false"] as const, "true");
    const request = { ...parseAppendRequest(await readJsonBody(c)), extractProposals: extract === "true" };
    // The author is whoever holds the token, never what the body says.
    const result = unwrap(await stub.append(dossierId, request, principal?.name ?? "anonymous"));
    // Readers through this isolate see the write at once.
    learnVersion(dossierId, result.version, result.checkpoint.timestamp);
    return c.json(result, result.idempotentReplay ? 200 : 201);
  })
  .get("/:dossierId/events", async (c) => {
    authorize(c, "read");
    const dossierId = c.req.param("dossierId");
    const query = c.req.query();
    if (query.after !== undefined && query.before !== undefined) {
      throw new ApiError("invalid_query", "give after (read forward) or before (read backward), not both");
    }
    const direction = enumParam(
      query.direction,
      "direction",
      ["forward", "backward"] as const,
      query.before !== undefined ? "backward" : "forward",
    );
    const from = integerParam(
      direction === "forward" ? query.after : query.before,
      direction === "forward" ? "after" : "before",
      {
        min: 0,
      },
    );
    const limit = integerParam(query.limit, "limit", { min: 1, max: MAX_PAGE_SIZE, fallback: 100 }) ?? 100;
    const types = query.type?.split(",").filter(Boolean);
    const page = unwrap(
      await dossierStub(c.env, dossierId).readEvents(dossierId, {
        direction,
        from: from ?? null,
        limit,
        ...(types ? { types } : {}),
      }),
    );
    c.header(VERSION_HEADER, String(page.version));
    return c.json(page);
  });
