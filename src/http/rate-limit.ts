// Write rate limits, per token, with the Workers rate limiting binding: a token over its tier's
// limit gets 429 with Retry-After. Reads are not limited here: the edge cache and 304s absorb them.
import type { MiddlewareHandler } from "hono";
import type { Env } from "../env";
import { ApiError } from "../errors";
import type { AuthVariables } from "./auth/middleware";

/** The binding's window: a refused writer may try again after this many seconds at most. */
const WINDOW_SECONDS = 60;

export const writeRateLimit: MiddlewareHandler<{ Bindings: Env; Variables: AuthVariables }> = async (c, next) => {
  const principal = c.get("principal");
  if (!principal || c.req.method === "GET" || c.req.method === "HEAD" || c.req.method === "OPTIONS") return next();
  const limiter = principal.tier === "strict" ? c.env.WRITE_LIMITER_STRICT : c.env.WRITE_LIMITER;
  // A deployment without the binding (the benchmark's bare runtime) simply has no limit.
  if (limiter) {
    const { success } = await limiter.limit({ key: principal.name });
    if (!success) {
      throw new ApiError("rate_limited", `the token "${principal.name}" is over its write limit; try again shortly`, {
        retryAfterSeconds: WINDOW_SECONDS,
        tier: principal.tier,
      });
    }
  }
  return next();
};
