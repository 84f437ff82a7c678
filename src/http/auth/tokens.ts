// API tokens: each configured as { name, scopes, sha256 } in the API_TOKENS secret, so only hashes
// are ever stored. A presented token is hashed and compared in constant time with every entry.
import { z } from "zod";
import { fromHex } from "../../proof/encoding";

export const Scope = z.enum(["read", "write", "admin"]);
export type Scope = z.infer<typeof Scope>;

const TokenEntry = z.object({
  name: z.string().min(1).max(100),
  scopes: z.array(Scope).min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Which write rate limit applies: "standard" (the default) or "strict". */
  tier: z.enum(["standard", "strict"]).optional(),
});
export type TokenEntry = z.infer<typeof TokenEntry>;

export interface Principal {
  name: string;
  scopes: Scope[];
  tier: "standard" | "strict";
}

/** A configured token with its hash as bytes, decoded once per isolate rather than once a request. */
export type ConfiguredToken = TokenEntry & { digest: Uint8Array };

const parsedCache = new Map<string, ConfiguredToken[]>();

/** Parse API_TOKENS (a JSON array). A malformed value is a deployment error: no token matches. */
export function parseTokenConfig(config: string | undefined): ConfiguredToken[] {
  if (!config) return [];
  const cached = parsedCache.get(config);
  if (cached) return cached;
  let entries: ConfiguredToken[] = [];
  try {
    entries = z
      .array(TokenEntry)
      .parse(JSON.parse(config))
      .map((entry) => ({ ...entry, digest: fromHex(entry.sha256) }));
  } catch (error) {
    console.error(
      "API_TOKENS is not a JSON array of { name, scopes, sha256 }; no token will be accepted",
      String(error),
    );
  }
  parsedCache.set(config, entries);
  return entries;
}

/** The principal a bearer token stands for, or null. Every entry is compared, match or not. */
export async function authenticate(token: string, entries: ConfiguredToken[]): Promise<Principal | null> {
  // Digests are compared as bytes (both 32 long), in constant time.
  const presented = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token)));
  let found: Principal | null = null;
  for (const entry of entries) {
    if (crypto.subtle.timingSafeEqual(presented, entry.digest) && !found) {
      found = { name: entry.name, scopes: entry.scopes, tier: entry.tier ?? "standard" };
    }
  }
  return found;
}
