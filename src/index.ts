// The Worker: the HTTP API and the Durable Object classes it is built from.
import type { Env } from "./env";
import { createApp } from "./http/app";
import { fastRead } from "./http/fast-read";

export { DossierObject } from "./store/dossier-object";
export { HubObject } from "./store/hub-object";
export { WebhookObject } from "./store/webhook-object";

const app = createApp();

// Repeat and conditional reads a fresh version answers are served before the router (fast-read.ts).
export default {
  fetch: (request: Request, env: Env, ctx: ExecutionContext) => fastRead(request, env) ?? app.fetch(request, env, ctx),
} satisfies ExportedHandler<Env>;
