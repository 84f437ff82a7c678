// Tokens and scopes: who may write, and who the record says wrote.
import { describe, expect, it } from "vitest";
import { append, asAdmin, asReader, basics, get, post, readAll, uniqueId } from "../fixtures";

describe("authentication", () => {
  it("refuses writes without a token (401) or without the write scope (403), storing nothing", async () => {
    const dossierId = uniqueId("d");
    const anonymous = await post(`/v1/dossiers/${dossierId}/events`, { events: basics() }, {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe("unauthorized");

    const reader = await post(`/v1/dossiers/${dossierId}/events`, { events: basics() }, asReader);
    expect(reader.status).toBe(403);
    expect(reader.body.error).toMatchObject({ code: "forbidden", details: { scope: "write" } });

    const forged = await post(
      `/v1/dossiers/${dossierId}/events`,
      { events: basics() },
      { authorization: "Bearer nope" },
    );
    expect(forged.status).toBe(401);
    expect(await readAll(dossierId)).toHaveLength(0);
  });

  it("records the token's name as the author, whatever the body claims", async () => {
    const dossierId = uniqueId("d");
    const events = basics().map((event) => ({ ...event, metadata: { author: "someone-else" } }));
    expect((await post(`/v1/dossiers/${dossierId}/events`, { events }, asAdmin)).status).toBe(201);
    const stored = await get(`/v1/dossiers/${dossierId}/events`);
    const authors = stored.body.events.map((event: { metadata: { author: string } }) => event.metadata.author);
    expect(authors.slice(0, 4)).toEqual(Array(4).fill("test-admin"));
    // The proposals read from the source's text are the extractor's, not the editor's.
    expect(authors.length).toBeGreaterThan(4);
    expect(authors.slice(4).every((author: string) => author === "ledger-extractor")).toBe(true);
  });

  it("serves reads without a token by default, and rejects a malformed Authorization header", async () => {
    const dossierId = uniqueId("d");
    await append(dossierId, basics());
    expect((await get(`/v1/dossiers/${dossierId}`)).status).toBe(200);
    const malformed = await get(`/v1/dossiers/${dossierId}`, { authorization: "Basic abc" });
    expect(malformed.status).toBe(401);
  });
});
