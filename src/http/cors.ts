// CORS for dashboards on other origins: reads from anywhere (or the configured origins), writes
// only from origins the deployment names in CORS_WRITE_ORIGINS. Validators are exposed so a
// browser dashboard can poll with If-None-Match.
import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import type { Env } from "../env";

const READ_METHODS = ["GET", "HEAD", "OPTIONS"];
const WRITE_METHODS = ["POST", "PATCH", "DELETE"];

const listOf = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);

export const corsPolicy: MiddlewareHandler<{ Bindings: Env }> = (c, next) =>
  cors({
    origin: (origin) => {
      const readOrigins = listOf(c.env.CORS_READ_ORIGINS ?? "*");
      const writeOrigins = listOf(c.env.CORS_WRITE_ORIGINS);
      if (writeOrigins.includes(origin)) return origin;
      return readOrigins.includes("*") ? "*" : readOrigins.includes(origin) ? origin : null;
    },
    allowMethods: (origin) =>
      listOf(c.env.CORS_WRITE_ORIGINS).includes(origin) ? [...READ_METHODS, ...WRITE_METHODS] : READ_METHODS,
    allowHeaders: ["authorization", "content-type", "if-none-match", "if-modified-since", "last-event-id"],
    exposeHeaders: ["etag", "last-modified", "x-dossier-version", "x-as-of-seq", "retry-after"],
    maxAge: 600,
  })(c, next);
