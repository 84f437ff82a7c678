// A busy edge's claim ids: a JSON graph shows the first 100 of them, flags the edge and links to the
// whole list; `claimIds=all` and the exports give every one. The shown ids are always the first of
// the full, sorted list, whatever the roll-up and filters.
import { describe, expect, it } from "vitest";
import { actor, append, basics, claim, get, uniqueId } from "../fixtures";

type Edge = { source: string; target: string; claims: number; claimIds: string[]; claimIdsTruncated?: true };

async function busyDossier() {
  const dossierId = uniqueId("busy");
  const claims = Array.from({ length: 130 }, (_, i) =>
    claim(`c${i}`, i % 2 === 0 ? "kirby" : "united-states", ["russia"], {
      category: i % 3 === 0 ? "violating-ceasefire" : "targeting-civilians",
    }),
  );
  const events = [...basics(), actor("kirby", "person", "united-states"), ...claims, claim("r1", "russia", ["kirby"])];
  expect((await append(dossierId, events)).status).toBe(201);
  return dossierId;
}

describe("claim ids of busy edges", () => {
  it("shows the first 100 sorted ids, flags the edge and links to all of them", async () => {
    const dossierId = await busyDossier();
    const graph = await get(`/v1/dossiers/${dossierId}/blame-graph?rollup=state`);
    const busy = graph.body.edges.find((e: Edge) => e.source === "united-states" && e.target === "russia") as Edge;
    expect(busy.claims).toBe(130);
    expect(busy.claimIds).toHaveLength(100);
    expect(busy.claimIdsTruncated).toBe(true);
    expect(graph.body.links.allClaimIds).toBe(`/v1/dossiers/${dossierId}/blame-graph?rollup=state&claimIds=all`);
    const quiet = graph.body.edges.find((e: Edge) => e.source === "russia") as Edge;
    expect(quiet.claimIds).toEqual(["r1"]);
    expect(quiet).not.toHaveProperty("claimIdsTruncated");

    const all = await get(graph.body.links.allClaimIds);
    const whole = all.body.edges.find((e: Edge) => e.source === "united-states") as Edge;
    expect(whole.claimIds).toHaveLength(130);
    expect(whole).not.toHaveProperty("claimIdsTruncated");
    expect(all.body).not.toHaveProperty("links");
    expect(busy.claimIds).toEqual(whole.claimIds.slice(0, 100));

    const csv = await fetchText(`/v1/dossiers/${dossierId}/blame-graph?rollup=state&format=csv`);
    expect(csv).toContain(whole.claimIds.join(";"));
  });

  it("shows the first ids of the full list under every roll-up, category filter and time", async () => {
    const dossierId = await busyDossier();
    for (const query of [
      "",
      "rollup=state",
      "category=violating-ceasefire",
      "rollup=top&category=targeting-civilians",
      "asOf=90",
    ]) {
      const shown = await get(`/v1/dossiers/${dossierId}/blame-graph?${query}`);
      const all = await get(`/v1/dossiers/${dossierId}/blame-graph?${query}&claimIds=all`);
      expect(
        shown.body.edges.map((e: Edge) => `${e.source}>${e.target}`),
        query,
      ).toEqual(all.body.edges.map((e: Edge) => `${e.source}>${e.target}`));
      all.body.edges.forEach((full: Edge, i: number) => {
        const edge = shown.body.edges[i] as Edge;
        expect(edge.claimIds, query).toEqual(full.claimIds.slice(0, 100));
        expect(edge.claimIdsTruncated === true, query).toBe(full.claimIds.length > 100);
      });
    }
  });

  it("refuses an unknown claimIds value", async () => {
    const dossierId = await busyDossier();
    expect((await get(`/v1/dossiers/${dossierId}/blame-graph?claimIds=some`)).status).toBe(400);
  });
});

async function fetchText(path: string) {
  const { SELF } = await import("cloudflare:test");
  return (await SELF.fetch(`http://ledger.test${path}`)).text();
}
