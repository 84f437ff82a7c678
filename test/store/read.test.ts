// Reading a stream: forward and backward paging, type filters, the dossier summary and directory.
import { describe, expect, it } from "vitest";
import { actor, append, basics, get, uniqueId } from "../fixtures";

async function dossierWith(extraActors: number) {
  const dossierId = uniqueId("d");
  await append(dossierId, [...basics(), ...Array.from({ length: extraActors }, (_, i) => actor(`party-${i}`))]);
  return dossierId;
}

describe("reading a dossier's events", () => {
  it("pages forward with after/limit and says where the next page starts", async () => {
    const dossierId = await dossierWith(6); // 10 events
    const first = await get(`/v1/dossiers/${dossierId}/events?limit=4`);
    expect(first.body.events.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(first.body).toMatchObject({ version: 10, next: 4 });
    const last = await get(`/v1/dossiers/${dossierId}/events?after=8&limit=4`);
    expect(last.body.events.map((e: { seq: number }) => e.seq)).toEqual([9, 10]);
    expect(last.body.next).toBeNull();
  });

  it("pages backward from the end, or from before a seq", async () => {
    const dossierId = await dossierWith(6);
    const newest = await get(`/v1/dossiers/${dossierId}/events?direction=backward&limit=3`);
    expect(newest.body.events.map((e: { seq: number }) => e.seq)).toEqual([10, 9, 8]);
    expect(newest.body.next).toBe(8);
    const older = await get(`/v1/dossiers/${dossierId}/events?before=3`);
    expect(older.body.events.map((e: { seq: number }) => e.seq)).toEqual([2, 1]);
    expect(older.body.next).toBeNull();
  });

  it("filters by event type", async () => {
    const dossierId = await dossierWith(2);
    const actors = await get(`/v1/dossiers/${dossierId}/events?type=actor.identified,source.added`);
    expect(actors.body.events.map((e: { type: string }) => e.type)).toEqual([
      "actor.identified",
      "actor.identified",
      "source.added",
      "actor.identified",
      "actor.identified",
    ]);
  });

  it("summarises a dossier and lists it in the directory once the hub has caught up", async () => {
    const dossierId = await dossierWith(1);
    const info = await get(`/v1/dossiers/${dossierId}`);
    expect(info.body).toMatchObject({
      dossierId,
      title: "Test dossier",
      version: 5,
      counts: { events: 5, actors: 3, sources: 1, claims: 0, "actor.identified": 3 },
    });
    let listed: { dossierId: string; version: number; headVersion: number } | undefined;
    for (let attempt = 0; attempt < 50 && listed?.version !== 5; attempt++) {
      listed = (await get("/v1/dossiers")).body.dossiers.find((d: { dossierId: string }) => d.dossierId === dossierId);
      if (listed?.version !== 5) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(listed).toMatchObject({ dossierId, title: "Test dossier", version: 5, headVersion: 5 });
  });
});
