// The contract and its reference page are served by the Worker itself.
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

describe("the API reference", () => {
  it("serves the OpenAPI document with this deployment as its server", async () => {
    const response = await SELF.fetch("http://ledger.test/openapi.json");
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; servers: Array<{ url: string }>; paths: object };
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: "http://ledger.test" }]);
    expect(Object.keys(document.paths)).toContain("/v1/dossiers/{dossierId}/blame-graph");
  });

  it("serves a readable reference page", async () => {
    const response = await SELF.fetch("http://ledger.test/docs");
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    expect(html).toContain("<code>/v1/dossiers/{dossierId}/events</code>");
    expect(html).toContain("Append a batch of events atomically");
  });
});
