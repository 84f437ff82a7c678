// The read path ahead of the router answers exactly as the router does: same status, headers and
// body for cached reads and 304s, from every kind of origin; and it leaves everything else alone.
import { createExecutionContext, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { Env } from "../../src/env";
import { createApp } from "../../src/http/app";
import { fastRead } from "../../src/http/fast-read";
import { append, basics, claim, uniqueId } from "../fixtures";

const app = createApp();
const base = "http://ledger.test/v1/dossiers";

async function viaRouter(url: string, headers: Record<string, string> = {}) {
  return app.fetch(new Request(url, { headers }), env as Env, createExecutionContext());
}

async function shape(response: Response) {
  const headers = [...response.headers.entries()].sort(([a], [b]) => a.localeCompare(b));
  return { status: response.status, headers, body: await response.text() };
}

describe("fast reads", () => {
  it("answer cached reads and 304s with the router's status, headers and body", async () => {
    const dossierId = uniqueId("fast");
    await append(dossierId, [...basics(), claim("c1", "united-states", ["russia"])]);
    const paths = ["/blame-graph", "/blame-graph?format=csv&rollup=state", "/claims", "/timeline", ""];
    for (const path of paths) {
      const url = `${base}/${dossierId}${path}`;
      const first = await viaRouter(url); // learns the version and caches the answer
      expect(first.status, path).toBe(200);
      const etag = first.headers.get("etag") as string;
      const lastModified = first.headers.get("last-modified") as string;
      const variants: Array<Record<string, string>> = [
        {},
        { origin: "https://newsroom.example" },
        { origin: "https://elsewhere.example" },
        { "if-none-match": etag },
        { "if-none-match": `"v1-other", ${etag}`, origin: "https://newsroom.example" },
        { "if-none-match": '"v1-other"' },
        { "if-modified-since": lastModified },
      ];
      for (const headers of variants) {
        const fast = fastRead(new Request(url, { headers }), env as Env);
        expect(fast, `${path} ${JSON.stringify(headers)}`).toBeDefined();
        const expected = await shape(await viaRouter(url, headers));
        expect(await shape(fast as Response), `${path} ${JSON.stringify(headers)}`).toEqual(expected);
      }
    }
  });

  it("leaves tokens, waits, unknown dossiers, uncached answers and other methods to the router", async () => {
    const dossierId = uniqueId("fast");
    await append(dossierId, [...basics()]);
    const url = `${base}/${dossierId}/blame-graph`;
    await viaRouter(url);
    const pass = (request: Request) => expect(fastRead(request, env as Env), request.url).toBeUndefined();
    pass(new Request(url, { headers: { authorization: "Bearer wrong" } }));
    pass(new Request(`${url}?waitForVersion=1`));
    pass(new Request(`${base}/${dossierId}/claims`)); // not read yet: nothing cached
    pass(new Request(`${base}/${uniqueId("never")}/blame-graph`));
    pass(new Request(`${base}/${dossierId}/export`));
    pass(new Request(url, { method: "HEAD" }));
    pass(new Request(`${base}/${dossierId}%2Fx/blame-graph`));
    expect(fastRead(new Request(url), { ...(env as Env), READS_REQUIRE_TOKEN: "true" })).toBeUndefined();
  });
});
