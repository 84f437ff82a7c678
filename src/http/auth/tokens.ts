// API tokens: each configured as { name, scopes, sha256 } in the API_TOKENS secret, so only hashes
// are ever stored. A presented token is hashed and compared in constant time with every entry.
import { z } from "zod";

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

const parsedCache = new Map<string, TokenEntry[]>();

/** Parse API_TOKENS (a JSON array). A malformed value is a deployment error: no token matches. */
export function parseTokenConfig(config: string | undefined): TokenEntry[] {
  if (!config) return [];
  const cached = parsedCache.get(config);
  if (cached) return cached;
  let entries: TokenEntry[] = [];
  try {
    entries = z.array(TokenEntry).parse(JSON.parse(config));
  } catch (error) {
    console.error(
      "API_TOKENS is not a JSON array of { name, scopes, sha256 }; no token will be accepted",
      String(error),
    );
  }
  parsedCache.set(config, entries);
  return entries;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

function constantTimeEqual(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  if (left.byteLength !== right.byteLength) return false;
  return crypto.subtle.timingSafeEqual(left, right);
}

/** The principal a bearer token stands for, or null. Every entry is compared, match or not. */
export async function authenticate(token: string, entries: TokenEntry[]): Promise<Principal | null> {
  const presented = await sha256Hex(token);
  let found: Principal | null = null;
  for (const entry of entries) {
    if (constantTimeEqual(presented, entry.sha256) && !found) {
      found = { name: entry.name, scopes: entry.scopes, tier: entry.tier ?? "standard" };
    }
  }
  return found;
}
