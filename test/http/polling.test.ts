// Dashboards poll all day: 304s from the version alone, long-polls released by appends, and a
// live stream of versions that resumes from Last-Event-ID.
import { env, runInDurableObject, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { docTables } from "../../src/store/doc-tables";
import { actor, append, basics, claim, get, uniqueId } from "../fixtures";

const READ_PATHS = [
  "",
  "/events",
  "/checkpoint",
  "/blame-graph",
  "/blame-graph?format=csv",
  "/claims",
  "/claims/c1",
  "/actors",
  "/actors/russia",
  "/timeline",
];

async function seeded() {
  const dossierId = uniqueId("poll");
  await append(dossierId, [...basics(), claim("c1", "united-states", ["russia"])]);
  return dossierId;
}

describe("conditional polling", () => {
  it("gives every read endpoint a strong ETag and answers If-None-Match with 304 until the dossier changes", async () => {
    const dossierId = await seeded();
    for (const path of READ_PATHS) {
      const first = await SELF.fetch(`http://ledger.test/v1/dossiers/${dossierId}${path}`);
      expect(first.status, path).toBe(200);
      const etag = first.headers.get("etag") as string;
      expect(etag, path).toMatch(/^"v5-[a-z0-9]+"$/);
      expect(first.headers.get("cache-control")).toBe("public, no-cache");
      const again = await SELF.fetch(`http://ledger.test/v1/dossiers/${dossierId}${path}`, {
        headers: { "if-none-match": etag },
      });
      expect(again.status, path).toBe(304);
      expect(await again.text()).toBe("");
    }
    const etags = new Set<string>();
    for (const path of READ_PATHS) {
      etags.add((await SELF.fetch(`http://ledger.test/v1/dossiers/${dossierId}${path}`)).headers.get("etag") as string);
    }
    expect(etags.size).toBe(READ_PATHS.length); // the query is part of the tag
    const graph = await SELF.fetch(`http://ledger.test/v1/dossiers/${dossierId}/blame-graph`);
    await append(dossierId, [actor("iran")]);
    const changed = await SELF.fetch(`http://ledger.test/v1/dossiers/${dossierId}/blame-graph`, {
      headers: { "if-none-match": graph.headers.get("etag") as string },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).toMatch(/^"v6-/);
  });

  it("answers Last-Modified / If-Modified-Since", async () => {
    const dossierId = await seeded();
    const first = await SELF.fetch(`http://ledger.test/v1/dossiers/${dossierId}/claims`);
    const lastModified = first.headers.get("last-modified") as string;
    expect(Date.parse(lastModified)).not.toBeNaN();
    const again = await SELF.fetch(`http://ledger.test/v1/dossiers/${dossierId}/claims`, {
      headers: { "if-modified-since": lastModified },
    });
    expect(again.status).toBe(304);
  });

  it("answers 304 from the version alone, without reading the projection tables", async () => {
    const dossierId = await seeded();
    const first = await SELF.fetch(`http://ledger.test/v1/dossiers/${dossierId}/blame-graph`);
    const etag = first.headers.get("etag") as string;
    // Empty the projections behind the API's back: a 304 must not notice, a full read would.
    const stub = env.DOSSIER.get(env.DOSSIER.idFromName(dossierId));
    await runInDurableObject(stub, (_instance, state) => {
      state.storage.sql.exec(`DELETE FROM ${docTables(state.storage.sql, 1).current}`);
    });
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // past the edge cache's trust in the version
    const conditional = await SELF.fetch(`http://ledger.test/v1/dossiers/${dossierId}/blame-graph`, {
      headers: { "if-none-match": etag },
    });
    expect(conditional.status).toBe(304);
    // A read the edge cache has not seen goes to the object, and shows the tables really are empty.
    const full = await get(`/v1/dossiers/${dossierId}/blame-graph?rollup=none`);
    expect(full.body.edges).toEqual([]);
  });

  it("holds waitForVersion until an append passes it, or until the timeout", async () => {
    const dossierId = await seeded();
    const started = Date.now();
    const waiting = get(`/v1/dossiers/${dossierId}/blame-graph?waitForVersion=5&timeout=20`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await append(dossierId, [claim("c2", "russia", ["united-states"])]);
    const released = await waiting;
    expect(released.status).toBe(200);
    expect(released.body.version).toBe(6);
    expect(released.body.edges.map((e: { source: string }) => e.source)).toContain("russia");
    expect(Date.now() - started).toBeLessThan(10_000);

    const timedOut = Date.now();
    const late = await get(`/v1/dossiers/${dossierId}/claims?waitForVersion=6&timeout=1`);
    expect(late.status).toBe(200);
    expect(late.body.version).toBe(6);
    expect(Date.now() - timedOut).toBeGreaterThanOrEqual(900);
    expect((await get(`/v1/dossiers/${dossierId}/claims?waitForVersion=6&timeout=31`)).status).toBe(400);
  });
});

async function readEvents(reader: ReadableStreamDefaultReader<Uint8Array>, count: number) {
  const decoder = new TextDecoder();
  let text = "";
  const messages: Array<{ id: string; data: { version: number } }> = [];
  while (messages.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
    let end = text.indexOf("\n\n");
    while (end >= 0) {
      const block = text.slice(0, end);
      text = text.slice(end + 2);
      const id = /^id: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (id && data) messages.push({ id, data: JSON.parse(data) });
      end = text.indexOf("\n\n");
    }
  }
  return messages;
}

describe("the live stream", () => {
  it("sends the current version, then one message per new version", async () => {
    const dossierId = await seeded();
    const response = await SELF.fetch(`http://ledger.test/v1/dossiers/${dossierId}/live`);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect(await readEvents(reader, 1)).toEqual([
      { id: "5", data: expect.objectContaining({ dossierId, version: 5 }) },
    ]);
    await append(dossierId, [actor("iran")]);
    await append(dossierId, [actor("syria")]);
    const next = await readEvents(reader, 2);
    expect(next.map((message) => message.id)).toEqual(["6", "7"]);
    await reader.cancel();
  });

  it("resumes after a reconnect from Last-Event-ID without repeating what the client saw", async () => {
    const dossierId = await seeded();
    await append(dossierId, [actor("iran")]);
    const response = await SELF.fetch(`http://ledger.test/v1/dossiers/${dossierId}/live`, {
      headers: { "last-event-id": "6" },
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const pending = readEvents(reader, 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await append(dossierId, [actor("syria")]);
    expect((await pending).map((message) => message.id)).toEqual(["7"]);
    await reader.cancel();
    const missed = await SELF.fetch(`http://ledger.test/v1/dossiers/${dossierId}/live`, {
      headers: { "last-event-id": "5" },
    });
    const missedReader = (missed.body as ReadableStream<Uint8Array>).getReader();
    expect((await readEvents(missedReader, 1)).map((message) => message.id)).toEqual(["7"]);
    await missedReader.cancel();
  });

  it("answers an unknown dossier with 404", async () => {
    expect((await get("/v1/dossiers/never-seen/live")).status).toBe(404);
  });
});
