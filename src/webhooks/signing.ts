// Standard Webhooks signatures (https://www.standardwebhooks.com): `v1,<base64 HMAC-SHA256>` over
// `${webhook-id}.${webhook-timestamp}.${body}`, keyed by the bytes of a `whsec_<base64>` secret.
// Web Crypto only, so it runs inside the Worker; subscribers verify with any Standard Webhooks library.

const SECRET_PREFIX = "whsec_";

/** After a rotation the old secrets keep signing this long by default, and at most this long. */
export const DEFAULT_GRACE_MS = 24 * 3_600_000;
export const MAX_GRACE_MS = 7 * 24 * 3_600_000;
const SECRET_BYTES = 32;

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/** A new random secret in the `whsec_` form subscribers paste into their verifier. */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + toBase64(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));
}

export function isWebhookSecret(secret: string): boolean {
  if (!secret.startsWith(SECRET_PREFIX)) return false;
  try {
    return fromBase64(secret.slice(SECRET_PREFIX.length)).length >= 24;
  } catch {
    return false;
  }
}

async function signOne(secret: string, content: Uint8Array): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    fromBase64(secret.slice(SECRET_PREFIX.length)),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return `v1,${toBase64(new Uint8Array(await crypto.subtle.sign("HMAC", key, content)))}`;
}

export interface SignedHeaders {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
}

/**
 * Headers for one delivery. With several valid secrets (during a rotation's grace period) the
 * signature header carries one signature per secret, separated by spaces, as the spec allows.
 */
export async function signWebhook(
  messageId: string,
  timestampSeconds: number,
  body: string,
  secrets: string[],
): Promise<SignedHeaders> {
  const content = new TextEncoder().encode(`${messageId}.${timestampSeconds}.${body}`);
  const signatures = await Promise.all(secrets.map((secret) => signOne(secret, content)));
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(timestampSeconds),
    "webhook-signature": signatures.join(" "),
  };
}
