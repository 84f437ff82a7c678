// The hot read path, ahead of the router. A repeat read, or a conditional read, of a dossier whose
// version this isolate knows fresh is answered here from the edge cache, with the status, headers
// and body `conditionalReads` would give through the router (test/http/fast-read.test.ts compares
// them); routing every such request through the middleware chain cost a third of what a bare
// Worker serves. Anything else (a token, a wait, an unknown or stale version, an answer not cached,
// a path the cache does not serve) returns undefined and goes to the router.
// What a request URL means (dossier, cache key), the validators of an ETag and the CORS headers
// of an origin are each worked out once and kept, in small bounded maps.
import type { Env } from "../env";
import { cacheKeyOf, etagOf, notModified, UNCACHED, VERSION_HEADER, validators } from "./conditional";
import { corsReadHeaders } from "./cors";
import { type CachedAnswer, cachedAnswer, freshVersion } from "./edge-cache";

/** The dossier's reads the router's conditionalReads serves: plain slug segments only. */
const DOSSIER_READ = /^\/v1\/dossiers\/([a-z0-9][a-z0-9-]*)(?:\/[A-Za-z0-9._~-]+)*$/;
const MAX_MEMO = 512;

type Target = { dossierId: string; key: string } | null;

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MAX_MEMO) map.clear();
  map.set(key, value);
  return value;
}

const targets = new Map<string, Target>();
function targetOf(requestUrl: string): Target {
  const known = targets.get(requestUrl);
  if (known !== undefined) return known;
  const url = new URL(requestUrl);
  const dossierId = DOSSIER_READ.exec(url.pathname)?.[1];
  const target =
    !dossierId || UNCACHED.test(url.pathname) || url.searchParams.has("waitForVersion")
      ? null
      : { dossierId, key: cacheKeyOf(url) };
  return remember(targets, requestUrl, target);
}

const validatorsByTag = new Map<string, Record<string, string>>();
function validatorsOf(etag: string, updatedAt: string | null): Record<string, string> {
  const id = `${etag} ${updatedAt}`;
  return validatorsByTag.get(id) ?? remember(validatorsByTag, id, validators(etag, updatedAt));
}

const corsByOrigin = new Map<string, Record<string, string>>();
function corsOf(env: Env, origin: string): Record<string, string> {
  const id = `${env.CORS_READ_ORIGINS}\n${env.CORS_WRITE_ORIGINS}\n${origin}`;
  return corsByOrigin.get(id) ?? remember(corsByOrigin, id, corsReadHeaders(env, origin));
}

const notModifiedByTag = new Map<string, Record<string, string>>();
/** The whole header set of a 304, kept per ETag and origin: polls repeat both. */
function notModifiedHeaders(
  env: Env,
  origin: string,
  etag: string,
  known: { version: number; updatedAt: string | null },
): Record<string, string> {
  const id = `${etag} ${known.updatedAt}\n${env.CORS_READ_ORIGINS}\n${env.CORS_WRITE_ORIGINS}\n${origin}`;
  return (
    notModifiedByTag.get(id) ??
    remember(notModifiedByTag, id, {
      ...corsOf(env, origin),
      ...validatorsOf(etag, known.updatedAt),
      [VERSION_HEADER]: String(known.version),
    })
  );
}

const hitsByTag = new Map<string, { cached: CachedAnswer; headers: Record<string, string> }>();
/** The whole header set of a cached answer, kept per ETag, origin and cached answer. */
function cachedHeaders(
  env: Env,
  origin: string,
  etag: string,
  known: { version: number; updatedAt: string | null },
  cached: CachedAnswer,
): Record<string, string> {
  const id = `${etag} ${known.updatedAt}\n${env.CORS_READ_ORIGINS}\n${env.CORS_WRITE_ORIGINS}\n${origin}`;
  const kept = hitsByTag.get(id);
  if (kept?.cached === cached) return kept.headers;
  const headers = {
    ...corsOf(env, origin),
    ...cached.headers,
    "content-type": cached.contentType,
    ...validatorsOf(etag, known.updatedAt),
    "x-edge-cache": "hit",
  };
  return remember(hitsByTag, id, { cached, headers }).headers;
}

export function fastRead(request: Request, env: Env): Response | undefined {
  if (request.method !== "GET" || env.READS_REQUIRE_TOKEN === "true") return undefined;
  const headers = request.headers;
  // A token is checked by the router (a wrong one is a 401 even on a public read).
  if (headers.has("authorization")) return undefined;
  const target = targetOf(request.url);
  if (!target) return undefined;
  const known = freshVersion(target.dossierId);
  if (!known) return undefined;
  const etag = etagOf(known.version, target.key);
  const ifNoneMatch = headers.get("if-none-match") ?? undefined;
  const ifModifiedSince = headers.get("if-modified-since") ?? undefined;
  const origin = headers.get("origin") ?? "";
  if (notModified(ifNoneMatch, ifModifiedSince, etag, known.updatedAt)) {
    return new Response(null, { status: 304, headers: notModifiedHeaders(env, origin, etag, known) });
  }
  const cached = cachedAnswer(target.key, known.version);
  if (!cached) return undefined;
  return new Response(cached.body, { status: 200, headers: cachedHeaders(env, origin, etag, known, cached) });
}
