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

const EXPOSE_HEADERS = ["etag", "last-modified", "x-dossier-version", "x-as-of-seq", "retry-after"];

/** The Access-Control-Allow-Origin for a request from `origin` ("" when it sent none), or null. */
function allowedOrigin(env: Env, origin: string): string | null {
  const readOrigins = listOf(env.CORS_READ_ORIGINS ?? "*");
  const writeOrigins = listOf(env.CORS_WRITE_ORIGINS);
  if (writeOrigins.includes(origin)) return origin;
  return readOrigins.includes("*") ? "*" : readOrigins.includes(origin) ? origin : null;
}

/** What `corsPolicy` adds to the answer of a GET, for the fast read path that runs before it. */
export function corsReadHeaders(env: Env, origin: string): Record<string, string> {
  const allowed = allowedOrigin(env, origin);
  return {
    ...(allowed ? { "access-control-allow-origin": allowed } : {}),
    "access-control-expose-headers": EXPOSE_HEADERS.join(","),
    vary: "Origin",
  };
}

/** Hono's middleware for one deployment's origins, made once per isolate rather than once a request. */
const policies = new Map<string, MiddlewareHandler>();

function policyFor(env: Env): MiddlewareHandler {
  const key = `${env.CORS_READ_ORIGINS ?? "*"}\n${env.CORS_WRITE_ORIGINS ?? ""}`;
  let policy = policies.get(key);
  if (!policy) {
    policy = cors({
      origin: (origin) => allowedOrigin(env, origin),
      allowMethods: (origin) =>
        listOf(env.CORS_WRITE_ORIGINS).includes(origin) ? [...READ_METHODS, ...WRITE_METHODS] : READ_METHODS,
      allowHeaders: ["authorization", "content-type", "if-none-match", "if-modified-since", "last-event-id"],
      exposeHeaders: EXPOSE_HEADERS,
      maxAge: 600,
    });
    policies.set(key, policy);
  }
  return policy;
}

export const corsPolicy: MiddlewareHandler<{ Bindings: Env }> = (c, next) => policyFor(c.env)(c, next);
