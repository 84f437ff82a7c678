// Who is calling, and may they? Reads are public unless READS_REQUIRE_TOKEN is "true"; writes need
// `write`; webhook management, rebuilds and anything destructive need `admin`. 401 without a valid
// token, 403 with one that lacks the scope. The author of appended events is the token's name.
import type { Context, MiddlewareHandler } from "hono";
import type { Env } from "../../env";
import { ApiError } from "../../errors";
import { authenticate, type Principal, parseTokenConfig, type Scope } from "./tokens";

export type AuthVariables = { principal: Principal | null };
type AuthContext = Context<{ Bindings: Env; Variables: AuthVariables }>;

/** Resolve the bearer token, if any, into `c.get("principal")`. A wrong token is always a 401. */
export const identify: MiddlewareHandler<{ Bindings: Env; Variables: AuthVariables }> = async (c, next) => {
  const header = c.req.header("authorization");
  if (header === undefined) {
    c.set("principal", null);
    return next();
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new ApiError("unauthorized", "use the Authorization: Bearer <token> header");
  const principal = await authenticate(match[1], parseTokenConfig(c.env.API_TOKENS));
  if (!principal) throw new ApiError("unauthorized", "the token is not valid");
  c.set("principal", principal);
  return next();
};

export function requireScope(scope: Scope): MiddlewareHandler<{ Bindings: Env; Variables: AuthVariables }> {
  return async (c, next) => {
    authorize(c, scope);
    return next();
  };
}

export function authorize(c: AuthContext, scope: Scope): Principal | null {
  if (scope === "read" && c.env.READS_REQUIRE_TOKEN !== "true") return c.get("principal");
  const principal = c.get("principal");
  if (!principal) throw new ApiError("unauthorized", `this needs a token with the ${scope} scope`, { scope });
  if (!principal.scopes.includes(scope)) {
    throw new ApiError("forbidden", `the token "${principal.name}" lacks the ${scope} scope`, { scope });
  }
  return principal;
}
