// Dashboards on other origins may read; only configured origins may write.
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { append, basics, uniqueId } from "../fixtures";

const preflight = (origin: string, method: string) =>
  SELF.fetch("http://ledger.test/v1/dossiers/x/events", {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": method, "access-control-request-headers": "content-type" },
  });

describe("CORS", () => {
  it("lets any origin read, and exposes the validators a poller needs", async () => {
    const dossierId = uniqueId("d");
    await append(dossierId, basics());
    const response = await SELF.fetch(`http://ledger.test/v1/dossiers/${dossierId}/blame-graph`, {
      headers: { origin: "https://someone-else.example" },
    });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-expose-headers")).toContain("etag");
    const allowed = await preflight("https://someone-else.example", "GET");
    expect(allowed.headers.get("access-control-allow-methods")).toBe("GET,HEAD,OPTIONS");
  });

  it("offers writes only to the configured origins", async () => {
    const stranger = await preflight("https://someone-else.example", "POST");
    expect(stranger.headers.get("access-control-allow-methods")).not.toContain("POST");
    const newsroom = await preflight("https://newsroom.example", "POST");
    expect(newsroom.headers.get("access-control-allow-origin")).toBe("https://newsroom.example");
    expect(newsroom.headers.get("access-control-allow-methods")).toContain("POST");
  });
});
