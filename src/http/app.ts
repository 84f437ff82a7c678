// The HTTP API: routes only parse, call a Durable Object, and answer. Every failure leaves
// through `handleError` in the one error shape.
import { Hono } from "hono";
import type { Env } from "../env";
import { ApiError } from "../errors";
import { type AuthVariables, identify } from "./auth/middleware";
import { conditionalReads } from "./conditional";
import { corsPolicy } from "./cors";
import { handleError } from "./errors";
import { writeRateLimit } from "./rate-limit";
import { dossierRoutes } from "./routes/dossiers";
import { extractRoutes } from "./routes/extract";
import { globalRoutes } from "./routes/global";
import { liveRoutes } from "./routes/live";
import { projectionRoutes } from "./routes/projections";
import { proofRoutes, publishedKeys } from "./routes/proofs";
import { readingRoutes } from "./routes/readings";
import { referenceRoutes } from "./routes/reference";
import { reviewRoutes } from "./routes/review";
import { webhookRoutes } from "./routes/webhooks";

export function createApp() {
  const app = new Hono<{ Bindings: Env; Variables: AuthVariables }>();
  app.use(corsPolicy);
  app.use(identify);
  app.use("/v1/*", writeRateLimit);
  app.use("/v1/dossiers/:dossierId", conditionalReads);
  app.use("/v1/dossiers/:dossierId/*", conditionalReads);
  app.route("/v1/dossiers", liveRoutes);
  app.route("/v1/dossiers", dossierRoutes);
  app.route("/v1/dossiers", proofRoutes);
  app.route("/v1/dossiers", projectionRoutes);
  app.route("/v1/dossiers", reviewRoutes);
  app.route("/v1/dossiers", readingRoutes);
  app.route("/v1/webhooks", webhookRoutes);
  app.route("/v1", globalRoutes);
  app.route("/v1", extractRoutes);
  app.get("/.well-known/claims-ledger-keys", async (c) => c.json(await publishedKeys(c.env)));
  app.get("/v1", (c) =>
    c.json({
      name: "claims-ledger",
      version: 1,
      dossiers: "/v1/dossiers",
      openapi: "/openapi.json",
      // What can read a text here: the model only where a Workers AI binding is deployed.
      extractors: c.env.AI ? ["rules", "model"] : ["rules"],
    }),
  );
  app.route("/", referenceRoutes);
  app.notFound(() => {
    throw new ApiError("not_found", "no such route");
  });
  app.onError(handleError);
  return app;
}
