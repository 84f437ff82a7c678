// Which webhook URLs may be called: https only, and never loopback, private, link-local or cloud
// metadata addresses (SSRF), unless the deployment allows private targets (local development does).

export type UrlVerdict = { ok: true; url: URL } | { ok: false; reason: string };

const BLOCKED_HOSTNAMES = new Set(["localhost", "metadata.google.internal", "metadata"]);

function ipv4Parts(hostname: string): number[] | null {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(hostname);
  if (!match) return null;
  const parts = match.slice(1).map(Number);
  return parts.every((part) => part <= 255) ? parts : null;
}

/** True for addresses no public webhook should resolve to. */
export function isPrivateAddress(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (BLOCKED_HOSTNAMES.has(host) || host.endsWith(".localhost") || host.endsWith(".internal")) return true;
  const v4 = ipv4Parts(host);
  if (v4) {
    const [a, b] = v4 as [number, number, number, number];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 198 && (b === 18 || b === 19)) ||
      a >= 224
    );
  }
  if (host.includes(":")) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host);
    if (mapped?.[1]) return isPrivateAddress(mapped[1]);
    // URL parsing writes IPv4-mapped addresses in hex (::ffff:7f00:1): check the IPv4 inside.
    const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
    if (mappedHex?.[1] && mappedHex[2]) {
      const high = Number.parseInt(mappedHex[1], 16);
      const low = Number.parseInt(mappedHex[2], 16);
      return isPrivateAddress(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
    }
    return host === "::" || host === "::1" || /^f[cd]/.test(host) || /^fe[89ab]/.test(host);
  }
  return false;
}

export function checkWebhookUrl(candidate: string, options: { allowPrivate: boolean }): UrlVerdict {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, reason: "not a valid URL" };
  }
  if (url.username || url.password) return { ok: false, reason: "credentials in the URL are not allowed" };
  if (options.allowPrivate) {
    return url.protocol === "https:" || url.protocol === "http:"
      ? { ok: true, url }
      : { ok: false, reason: "only http(s) URLs" };
  }
  if (url.protocol !== "https:") return { ok: false, reason: "only https URLs" };
  if (isPrivateAddress(url.hostname)) return { ok: false, reason: "the address is loopback, private or link-local" };
  return { ok: true, url };
}
