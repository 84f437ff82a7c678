// The global view: fed from every dossier's outbox, each event counted exactly once.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { append, basics, claim, get, readAll, rebuttal, uniqueId } from "../fixtures";

type Edge = { source: string; target: string; claims: number; claimIds: string[] };

async function globalGraph(until: (graph: { edges: Edge[]; behind: number }) => boolean) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const graph = (await get("/v1/blame-graph")).body;
    if (until(graph)) return graph;
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  throw new Error("the hub did not catch up");
}

describe("the global view", () => {
  it("adds up blame across dossiers, with claim ids scoped by dossier, and says how far behind it is", async () => {
    const accuser = uniqueId("accuser");
    const first = uniqueId("d");
    const second = uniqueId("d");
    const opening = (dossierId: string) => [
      ...basics().map((event) =>
        event.type === "actor.identified" && event.data.actorId === "united-states"
          ? { ...event, data: { ...event.data, actorId: accuser } }
          : event,
      ),
    ];
    await append(first, [...opening(first), claim("c1", accuser, ["russia"])]);
    await append(second, [...opening(second), claim("c1", accuser, ["russia"]), claim("c2", accuser, ["russia"])]);
    const graph = await globalGraph(
      (g) => (g.edges.find((e) => e.source === accuser)?.claims ?? 0) >= 3 && g.behind === 0,
    );
    const edge = graph.edges.find((e: Edge) => e.source === accuser && e.target === "russia");
    expect(edge?.claimIds).toEqual([`${first}:c1`, `${second}:c1`, `${second}:c2`]);
    expect(graph.dossiers.find((d: { dossierId: string }) => d.dossierId === first)).toMatchObject({
      version: 5,
      headVersion: 5,
    });
    const profile = (await get(`/v1/actors/${accuser}`)).body;
    expect(profile.blamesMade.against.russia.claims).toBe(3);
  });

  it("counts a retried or overlapping delivery exactly once", async () => {
    const accuser = uniqueId("accuser");
    const dossierId = uniqueId("d");
    const events = [
      ...basics().map((event) =>
        event.type === "actor.identified" && event.data.actorId === "united-states"
          ? { ...event, data: { ...event.data, actorId: accuser } }
          : event,
      ),
      claim("c1", accuser, ["russia"]),
      rebuttal("c1", "russia"),
    ];
    await append(dossierId, events);
    await globalGraph((g) => g.edges.some((e) => e.source === accuser) && g.behind === 0);
    const stored = (await get(`/v1/dossiers/${dossierId}/events`)).body.events;
    const hub = env.HUB.get(env.HUB.idFromName("global"));
    // The dossier's publisher retries after a lost acknowledgement: the same events, then an overlap.
    expect(await hub.ingest({ dossierId, title: "t", headVersion: 6, events: stored })).toBe(6);
    expect(await hub.ingest({ dossierId, title: "t", headVersion: 6, events: stored.slice(3) })).toBe(6);
    // A delivery with a gap applies nothing past the gap.
    expect(await hub.ingest({ dossierId, title: "t", headVersion: 9, events: [{ ...stored[5], seq: 9 }] })).toBe(6);
    const graph = (await get("/v1/blame-graph")).body;
    expect(graph.edges.find((e: Edge) => e.source === accuser)).toMatchObject({
      claims: 1,
      claimIds: [`${dossierId}:c1`],
    });
    expect(await readAll(dossierId)).toHaveLength(6);
  });
});
