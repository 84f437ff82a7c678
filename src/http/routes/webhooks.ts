// Webhook subscriptions: register a URL, manage it, rotate its secret, read its delivery log,
// and replay a dossier from a seq. All of it needs the admin scope.
import { Hono } from "hono";
import { z } from "zod";
import { eventTypes, Slug } from "../../domain/events";
import type { Env } from "../../env";
import { ApiError } from "../../errors";
import { HUB_NAME } from "../../store/outbox";
import { DEFAULT_GRACE_MS, MAX_GRACE_MS } from "../../webhooks/signing";
import { checkWebhookUrl } from "../../webhooks/url-safety";
import { type AuthVariables, requireScope } from "../auth/middleware";
import { parseBody, readJsonBody } from "../body";
import { unwrap } from "../errors";
import { integerParam } from "../query";
import { dossierStub } from "./dossiers";

const EventTypeList = z
  .array(z.enum(eventTypes as [string, ...string[]]))
  .min(1)
  .max(50);
const DossierList = z.array(Slug).min(1).max(500);

export const CreateWebhook = z
  .object({
    url: z.string().max(2_000),
    eventTypes: EventTypeList.optional(),
    dossiers: DossierList.optional(),
    description: z.string().max(500).optional(),
  })
  .strict();

export const UpdateWebhook = z
  .object({
    url: z.string().max(2_000).optional(),
    eventTypes: EventTypeList.nullable().optional(),
    dossiers: DossierList.nullable().optional(),
    description: z.string().max(500).nullable().optional(),
    status: z.enum(["active", "paused"]).optional(),
  })
  .strict();

export const RotateSecret = z
  .object({
    gracePeriodSeconds: z
      .number()
      .int()
      .min(0)
      .max(MAX_GRACE_MS / 1000)
      .optional(),
  })
  .strict();

export const Replay = z.object({ dossierId: Slug, fromSeq: z.number().int().min(1) }).strict();

function allowedUrl(env: Env, url: string): string {
  const verdict = checkWebhookUrl(url, { allowPrivate: env.WEBHOOKS_ALLOW_PRIVATE === "true" });
  if (!verdict.ok)
    throw new ApiError("invalid_request", `the webhook URL is not allowed: ${verdict.reason}`, { pointer: "/url" });
  return verdict.url.toString();
}

const webhookStub = (env: Env, id: string) => {
  if (!/^wh_[a-z0-9]{20}$/.test(id)) throw new ApiError("not_found", `no webhook "${id}"`);
  return env.WEBHOOK.get(env.WEBHOOK.idFromName(id));
};
const hub = (env: Env) => env.HUB.get(env.HUB.idFromName(HUB_NAME));

function newWebhookId(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return `wh_${Array.from(crypto.getRandomValues(new Uint8Array(20)), (byte) => alphabet[byte % 36]).join("")}`;
}

export const webhookRoutes = new Hono<{ Bindings: Env; Variables: AuthVariables }>()
  .use(requireScope("admin"))
  .post("/", async (c) => {
    const body = parseBody(CreateWebhook, await readJsonBody(c));
    const id = newWebhookId();
    const created = await webhookStub(c.env, id).create({
      id,
      url: allowedUrl(c.env, body.url),
      eventTypes: body.eventTypes ?? null,
      dossiers: body.dossiers ?? null,
      description: body.description ?? null,
    });
    await hub(c.env).registerWebhook(id, body.dossiers ?? null);
    // The secret is shown here once and never again.
    return c.json({ ...created.subscription, secret: created.secret }, 201);
  })
  .get("/", async (c) => {
    const ids = await hub(c.env).listWebhooks();
    const views = await Promise.all(ids.map(async (id) => webhookStub(c.env, id).get()));
    return c.json({ webhooks: views.flatMap((view) => (view.ok ? [view.value] : [])) });
  })
  .get("/:id", async (c) => c.json(unwrap(await webhookStub(c.env, c.req.param("id")).get())))
  .patch("/:id", async (c) => {
    const id = c.req.param("id");
    const body = parseBody(UpdateWebhook, await readJsonBody(c));
    const patch = { ...body, ...(body.url !== undefined ? { url: allowedUrl(c.env, body.url) } : {}) };
    const updated = unwrap(await webhookStub(c.env, id).update(patch));
    if (body.dossiers !== undefined) await hub(c.env).registerWebhook(id, updated.dossiers);
    return c.json(updated);
  })
  .delete("/:id", async (c) => {
    const id = c.req.param("id");
    const stub = webhookStub(c.env, id);
    unwrap(await stub.get());
    await hub(c.env).removeWebhook(id);
    await stub.remove();
    return c.body(null, 204);
  })
  .post("/:id/rotate-secret", async (c) => {
    // The body is optional here: no content type means no options.
    const body = c.req.header("content-type") === undefined ? {} : await readJsonBody(c);
    const { gracePeriodSeconds } = parseBody(RotateSecret, body);
    const graceMs = gracePeriodSeconds === undefined ? DEFAULT_GRACE_MS : gracePeriodSeconds * 1000;
    return c.json(unwrap(await webhookStub(c.env, c.req.param("id")).rotateSecret(graceMs)));
  })
  .get("/:id/deliveries", async (c) => {
    const stub = webhookStub(c.env, c.req.param("id"));
    unwrap(await stub.get());
    const before = integerParam(c.req.query("before"), "before", { min: 1 }) ?? null;
    const limit = integerParam(c.req.query("limit"), "limit", { min: 1, max: 500, fallback: 100 }) ?? 100;
    return c.json(await stub.deliveries(before, limit));
  })
  .post("/:id/replay", async (c) => {
    const { dossierId, fromSeq } = parseBody(Replay, await readJsonBody(c));
    const info = unwrap(await dossierStub(c.env, dossierId).info(dossierId));
    if (fromSeq > info.version) {
      throw new ApiError("invalid_request", `fromSeq is beyond the dossier's ${info.version} events`, {
        pointer: "/fromSeq",
      });
    }
    return c.json(unwrap(await webhookStub(c.env, c.req.param("id")).replay(dossierId, fromSeq, info.version)), 202);
  });
