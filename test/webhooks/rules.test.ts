// The pure parts of delivery: the retry schedule with its jitter, Retry-After, and which URLs may be called.
import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_DELAYS_MS, nextRetryDelay, parseRetryAfter } from "../../src/webhooks/retry-schedule";
import { checkWebhookUrl, isPrivateAddress } from "../../src/webhooks/url-safety";

describe("the retry schedule", () => {
  it("follows the Standard Webhooks recommendation, then gives up", () => {
    const middle = () => 0.5; // no jitter
    const delays = Array.from({ length: 9 }, (_, i) => nextRetryDelay(i + 1, { random: middle }));
    expect(delays).toEqual([0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000, null]);
  });

  it("jitters each wait by at most ±20%", () => {
    expect(nextRetryDelay(3, { random: () => 0 })).toBe(240_000);
    expect(nextRetryDelay(3, { random: () => 1 })).toBe(360_000);
    for (let i = 0; i < 200; i++) {
      const delay = nextRetryDelay(4) as number;
      expect(delay).toBeGreaterThanOrEqual(0.8 * (DEFAULT_RETRY_DELAYS_MS[3] as number));
      expect(delay).toBeLessThanOrEqual(1.2 * (DEFAULT_RETRY_DELAYS_MS[3] as number));
    }
  });

  it("scales for tests and honours a longer Retry-After", () => {
    expect(nextRetryDelay(2, { random: () => 0.5, scale: 0.001 })).toBe(5);
    expect(nextRetryDelay(2, { random: () => 0.5, retryAfterMs: 60_000 })).toBe(60_000);
    expect(parseRetryAfter("120")).toBe(120_000);
    expect(parseRetryAfter(new Date(Date.now() + 30_000).toUTCString())).toBeGreaterThan(25_000);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter("999999999")).toBe(86_400_000);
  });
});

describe("webhook URL safety", () => {
  it("refuses loopback, private, link-local and metadata addresses in production", () => {
    for (const host of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "localhost",
      "api.localhost",
      "[::1]",
      "[fd00::1]",
      "[fe80::1]",
      "[::ffff:127.0.0.1]",
      "metadata.google.internal",
    ]) {
      expect(isPrivateAddress(host), host).toBe(true);
      expect(checkWebhookUrl(`https://${host}/hook`, { allowPrivate: false }).ok, host).toBe(false);
    }
    expect(isPrivateAddress("93.184.215.14")).toBe(false);
    expect(isPrivateAddress("hooks.example.org")).toBe(false);
  });

  it("wants https in production, allows local http when the deployment says so, and never credentials", () => {
    expect(checkWebhookUrl("https://hooks.example.org/x", { allowPrivate: false })).toMatchObject({ ok: true });
    expect(checkWebhookUrl("http://hooks.example.org/x", { allowPrivate: false })).toMatchObject({ ok: false });
    expect(checkWebhookUrl("http://127.0.0.1:8080/x", { allowPrivate: true })).toMatchObject({ ok: true });
    expect(checkWebhookUrl("https://user:pw@hooks.example.org/x", { allowPrivate: false })).toMatchObject({
      ok: false,
    });
    expect(checkWebhookUrl("not a url", { allowPrivate: true })).toMatchObject({ ok: false });
  });
});
