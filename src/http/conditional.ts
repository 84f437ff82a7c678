// Conditional and cached reads for everything under /v1/dossiers/{id}: a strong ETag from the
// dossier's version and the query, If-None-Match / If-Modified-Since answered with 304 from the
// version alone, repeat reads served from the edge cache, and `waitForVersion` long-polls.
import type { MiddlewareHandler } from "hono";
import type { Env } from "../env";
import { ApiError } from "../errors";
import { type AuthVariables, authorize } from "./auth/middleware";
import { cacheAnswer, cachedAnswer, freshVersion, hasCachedAnswer, learnVersion } from "./edge-cache";
import { unwrap } from "./errors";
import { integerParam } from "./query";
import { dossierStub } from "./routes/dossiers";
import { waitPastVersion } from "./watch";

export const VERSION_HEADER = "x-dossier-version";
export const UPDATED_HEADER = "x-dossier-updated-at";
/** The longest a `waitForVersion` request is held. */
export const MAX_WAIT_SECONDS = 30;

/** Paths that stream or are not a projection of one version. */
export const UNCACHED = /\/(live|export|projections|diagnostics)$/;

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function cacheKeyOf(url: URL): string {
  const params = [...url.searchParams.entries()]
    .filter(([name]) => name !== "waitForVersion" && name !== "timeout")
    .sort(([a], [b]) => a.localeCompare(b));
  return `${url.pathname}?${new URLSearchParams(params).toString()}`;
}

export const etagOf = (version: number, key: string) => `"v${version}-${fnv1a(key)}"`;

export function notModified(
  ifNoneMatch: string | undefined,
  ifModifiedSince: string | undefined,
  etag: string,
  updatedAt: string | null,
) {
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*");
  }
  if (ifModifiedSince !== undefined && updatedAt) {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && Math.floor(Date.parse(updatedAt) / 1000) * 1000 <= since;
  }
  return false;
}

export function validators(etag: string, updatedAt: string | null): Record<string, string> {
  return {
    etag,
    // Shared caches and browsers may keep the answer but must revalidate it: 304s are nearly free.
    "cache-control": "public, no-cache",
    ...(updatedAt ? { "last-modified": new Date(updatedAt).toUTCString() } : {}),
  };
}

export const conditionalReads: MiddlewareHandler<{ Bindings: Env; Variables: AuthVariables }> = async (c, next) => {
  const url = new URL(c.req.url);
  const dossierId = c.req.param("dossierId");
  if (c.req.method !== "GET" || !dossierId || UNCACHED.test(url.pathname)) return next();
  authorize(c, "read");
  const key = cacheKeyOf(url);
  const ifNoneMatch = c.req.header("if-none-match");
  const ifModifiedSince = c.req.header("if-modified-since");

  let known = freshVersion(dossierId);
  const waitFor = integerParam(c.req.query("waitForVersion"), "waitForVersion", { min: 0 });
  if (waitFor !== undefined) {
    const timeout =
      integerParam(c.req.query("timeout"), "timeout", { min: 0, max: MAX_WAIT_SECONDS, fallback: 25 }) ?? 25;
    const seen = await waitPastVersion(c.env, dossierId, waitFor, timeout * 1000);
    if (!seen) throw new ApiError("not_found", `no dossier "${dossierId}"`, { dossierId });
    learnVersion(dossierId, seen.version, seen.updatedAt);
    known = freshVersion(dossierId);
  } else if (!known && (ifNoneMatch !== undefined || ifModifiedSince !== undefined || hasCachedAnswer(key))) {
    // Only the version is needed to answer a conditional request, or to tell whether the answer
    // cached here is still the current one: no projection is read.
    const current = unwrap(await dossierStub(c.env, dossierId).currentVersion(dossierId));
    learnVersion(dossierId, current.version, current.updatedAt);
    known = freshVersion(dossierId);
  }

  if (known) {
    const etag = etagOf(known.version, key);
    if (notModified(ifNoneMatch, ifModifiedSince, etag, known.updatedAt)) {
      return c.body(null, 304, { ...validators(etag, known.updatedAt), [VERSION_HEADER]: String(known.version) });
    }
    const cached = cachedAnswer(key, known.version);
    if (cached) {
      return c.body(cached.body, 200, {
        ...cached.headers,
        "content-type": cached.contentType,
        ...validators(etag, known.updatedAt),
        "x-edge-cache": "hit",
      });
    }
  }

  await next();
  const version = Number(c.res.headers.get(VERSION_HEADER) ?? Number.NaN);
  if (c.res.status !== 200 || Number.isNaN(version)) return;
  const updatedAt = c.res.headers.get(UPDATED_HEADER) || null;
  learnVersion(dossierId, version, updatedAt);
  const etag = etagOf(version, key);
  const body = await c.res.clone().text();
  const headers: Record<string, string> = {};
  for (const name of ["content-disposition", "x-as-of-seq"]) {
    const value = c.res.headers.get(name);
    if (value) headers[name] = value;
  }
  cacheAnswer(key, { version, body, contentType: c.res.headers.get("content-type") ?? "application/json", headers });
  for (const [name, value] of Object.entries(validators(etag, updatedAt))) c.res.headers.set(name, value);
  c.res.headers.set("x-edge-cache", "miss");
};
