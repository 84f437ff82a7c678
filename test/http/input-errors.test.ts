// Bad input gets a clear 4xx in the one error shape, and nothing is stored.
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { actor, append, asWriter, basics, get, post, readAll, uniqueId } from "../fixtures";

async function expectNothingStored(dossierId: string, version: number) {
  expect(await readAll(dossierId)).toHaveLength(version);
}

describe("bad input", () => {
  const cases: Array<[string, (dossierId: string) => Promise<{ status: number; body: any }>, number, string]> = [
    ["malformed JSON", (d) => post(`/v1/dossiers/${d}/events`, "{ not json"), 400, "invalid_json"],
    [
      "a wrong content type",
      async (d) => {
        const response = await SELF.fetch(`http://ledger.test/v1/dossiers/${d}/events`, {
          method: "POST",
          headers: { "content-type": "text/plain", ...asWriter },
          body: JSON.stringify({ events: [actor("iran")] }),
        });
        return { status: response.status, body: await response.json() };
      },
      415,
      "unsupported_media_type",
    ],
    [
      "an unknown event type",
      (d) => append(d, [{ id: "x1", type: "claim.shouted", data: {} }]),
      400,
      "unknown_event_type",
    ],
    ["an empty batch", (d) => append(d, []), 400, "empty_batch"],
    [
      "too many events in one batch",
      (d) =>
        append(
          d,
          Array.from({ length: 1001 }, (_, i) => actor(`a-${i}`)),
        ),
      413,
      "batch_too_large",
    ],
    [
      "a body over the size limit",
      (d) => append(d, [{ ...actor("big"), data: { actorId: "big", name: "x".repeat(1_100_000), kind: "state" } }]),
      413,
      "payload_too_large",
    ],
    [
      "invalid event data",
      (d) => append(d, [{ id: "bad1", type: "actor.identified", data: { actorId: "Not A Slug", kind: "planet" } }]),
      400,
      "invalid_event",
    ],
    ["a body that is not an object", (d) => post(`/v1/dossiers/${d}/events`, "[1, 2]"), 400, "invalid_request"],
    [
      "an unknown field",
      (d) => post(`/v1/dossiers/${d}/events`, { events: [actor("x")], force: true }),
      400,
      "invalid_request",
    ],
    ["a bad expected version", (d) => append(d, [actor("x")], -1), 400, "invalid_request"],
  ];

  for (const [what, send, status, code] of cases) {
    it(`answers ${what} with ${status} ${code}`, async () => {
      const dossierId = uniqueId("d");
      await append(dossierId, basics());
      const response = await send(dossierId);
      expect(response.status).toBe(status);
      expect(response.body.error.code).toBe(code);
      expect(typeof response.body.error.message).toBe("string");
      await expectNothingStored(dossierId, 4);
    });
  }

  it("points at the field that failed validation", async () => {
    const dossierId = uniqueId("d");
    const response = await append(dossierId, [
      { id: "ok-1", type: "dossier.opened", data: { title: "t" } },
      { id: "bad-2", type: "actor.identified", data: { actorId: "x", name: "X", kind: "planet" } },
    ]);
    expect(response.body.error.details.issues[0].pointer).toBe("/events/1/data/kind");
    await expectNothingStored(dossierId, 0);
  });

  it("answers unknown dossiers, routes and bad queries in the common shape", async () => {
    expect(await get("/v1/dossiers/never-made")).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    expect(await get("/v1/dossiers/never-made/events")).toMatchObject({ status: 404 });
    expect(await get("/v1/nothing-here")).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    const dossierId = uniqueId("d");
    await append(dossierId, basics());
    for (const query of ["limit=0", "limit=abc", "after=-1", "after=1&before=2", "direction=sideways"]) {
      const response = await get(`/v1/dossiers/${dossierId}/events?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.code).toBe("invalid_query");
    }
  });
});
