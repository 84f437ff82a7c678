// The projections of the article's dossier against expectations worked out by hand from the text.
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import seedText from "../../events/seed/aleppo-2016.ndjson?raw";
import { append, get, uniqueId } from "../fixtures";

const seed = seedText
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line));
const seqOf = (id: string) => seed.findIndex((event) => event.id === id) + 1;

let dossierId: string;
beforeAll(async () => {
  dossierId = uniqueId("aleppo");
  const loaded = await append(dossierId, seed);
  expect(loaded.status).toBe(201);
});

type Edge = {
  source: string;
  target: string;
  claims: number;
  open: number;
  rebutted: number;
  conceded: number;
  mutual: boolean;
  claimIds: string[];
};
const edge = (graph: { edges: Edge[] }, source: string, target: string) =>
  graph.edges.find((e) => e.source === source && e.target === target);

describe("the aleppo-2016 blame graph", () => {
  it("has the United States blaming Russia eleven times, Russia blaming back, marked mutual", async () => {
    const graph = (await get(`/v1/dossiers/${dossierId}/blame-graph`)).body;
    expect(graph).toMatchObject({ dossierId, version: seed.length, asOfSeq: seed.length, treeSize: seed.length });
    const usRussia = edge(graph, "united-states", "russia");
    // Rebutted: the hospitals claim (Russia's justification) and the international-law claim
    // (Russia's counter-accusation).
    expect(usRussia).toMatchObject({ claims: 11, rebutted: 2, open: 9, mutual: true });
    expect(usRussia?.claimIds).toContain("russia-bombs-hospitals");
    expect(edge(graph, "russia", "united-states")).toMatchObject({ claims: 1, mutual: true });
  });

  it("has Russia blaming the U.S.-backed rebels three times: one open, one rebutted, one conceded", async () => {
    const graph = (await get(`/v1/dossiers/${dossierId}/blame-graph`)).body;
    expect(edge(graph, "russia", "us-backed-rebels")).toMatchObject({ claims: 3, open: 1, rebutted: 1, conceded: 1 });
    expect(edge(graph, "united-states", "syrian-government")).toMatchObject({ claims: 2 });
    expect(edge(graph, "united-states", "syrian-military")).toMatchObject({ claims: 1 });
  });

  it("rolls agencies up into their states", async () => {
    const graph = (await get(`/v1/dossiers/${dossierId}/blame-graph?rollup=state`)).body;
    // Syrian government (2) and Syrian military (1) both land on Syria.
    expect(edge(graph, "united-states", "syria")).toMatchObject({ claims: 3 });
    expect(graph.nodes.map((node: { id: string }) => node.id)).not.toContain("syrian-military");
    expect(graph.edges.every((e: Edge) => e.source !== e.target)).toBe(true);
  });

  it("filters by category and by actor", async () => {
    const targeting = (await get(`/v1/dossiers/${dossierId}/blame-graph?category=targeting-civilians`)).body;
    expect(targeting.edges).toEqual([
      expect.objectContaining({
        source: "united-states",
        target: "russia",
        claims: 2,
        claimIds: ["russia-bombs-hospitals", "russia-hits-civilian-targets"],
      }),
    ]);
    const rebels = (await get(`/v1/dossiers/${dossierId}/blame-graph?actor=us-backed-rebels`)).body;
    expect(rebels.edges.every((e: Edge) => e.source === "us-backed-rebels" || e.target === "us-backed-rebels")).toBe(
      true,
    );
    expect(rebels.edges.length).toBeGreaterThan(0);
  });

  it("travels in time: before Russia's justification the hospitals claim is open, after it is rebutted", async () => {
    const justification = seqOf("aleppo-2016:rebuttal:russia-justifies-strikes");
    const before = (await get(`/v1/dossiers/${dossierId}/blame-graph?asOf=${justification - 1}`)).body;
    const after = (await get(`/v1/dossiers/${dossierId}/blame-graph?asOf=${justification}`)).body;
    expect(before.asOfSeq).toBe(justification - 1);
    // The international-law counter-accusation (paragraph 13) comes before the justification (paragraph 19).
    expect(edge(before, "united-states", "russia")).toMatchObject({ rebutted: 1 });
    expect(edge(after, "united-states", "russia")).toMatchObject({ rebutted: 2 });
    const thread = (await get(`/v1/dossiers/${dossierId}/claims/russia-bombs-hospitals?asOf=${justification - 1}`))
      .body;
    expect(thread.claim.status).toBe("unanswered");
    const empty = (await get(`/v1/dossiers/${dossierId}/blame-graph?asOf=0`)).body;
    expect(empty.edges).toEqual([]);
  });

  it("exports a CSV edge list, GraphML and DOT that parse back to the same graph", async () => {
    const json = (await get(`/v1/dossiers/${dossierId}/blame-graph`)).body;
    const csvResponse = await fetchText(`/v1/dossiers/${dossierId}/blame-graph?format=csv`);
    expect(csvResponse.type).toContain("text/csv");
    const rows = parseCsv(csvResponse.text, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(json.edges.length);
    expect(rows.find((row) => row.source === "united-states" && row.target === "russia")).toMatchObject({
      claims: "11",
      mutual: "true",
      source_name: "United States",
    });

    const graphml = await fetchText(`/v1/dossiers/${dossierId}/blame-graph?format=graphml`);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(graphml.text);
    const graph = parsed.graphml.graph;
    expect(graph["@_edgedefault"]).toBe("directed");
    expect(graph.node).toHaveLength(json.nodes.length);
    expect(graph.edge).toHaveLength(json.edges.length);
    const usRussia = graph.edge.find(
      (e: Record<string, string>) => e["@_source"] === "united-states" && e["@_target"] === "russia",
    );
    expect(usRussia.data.find((d: Record<string, unknown>) => d["@_key"] === "e_claims")["#text"]).toBe(11);

    const dot = await fetchText(`/v1/dossiers/${dossierId}/blame-graph?format=dot`);
    expect(dot.text).toMatch(/^digraph blame \{/);
    expect(dot.text).toContain('"united-states" -> "russia" [label="11"');
    expect((dot.text.match(/->/g) ?? []).length).toBe(json.edges.length);
  });
});

describe("claim threads, actor profiles and the timeline", () => {
  it("links the counter-accusation both ways and shows the concession", async () => {
    const answered = (await get(`/v1/dossiers/${dossierId}/claims/syrian-military-violated-ceasefire`)).body;
    expect(answered.claim.status).toBe("disputed");
    expect(answered.claim.answers).toEqual([
      expect.objectContaining({
        kind: "rebuttal",
        rebuttalKind: "counter-accusation",
        counterClaimId: "rebels-fired-first-shot",
        byActorId: "russia",
      }),
    ]);
    expect(answered.linkedClaims.map((c: { claimId: string }) => c.claimId)).toEqual(["rebels-fired-first-shot"]);

    const counter = (await get(`/v1/dossiers/${dossierId}/claims/rebels-fired-first-shot`)).body;
    expect(counter.claim).toMatchObject({ answersClaimId: "syrian-military-violated-ceasefire", status: "conceded" });
    expect(counter.claim.answers[0]).toMatchObject({
      kind: "concession",
      byActorId: "united-states",
      speakerId: "john-kirby",
      extent: "partial",
    });
    expect(counter.claim.quote.text).toBe("accuses them of initially pulling the trigger and firing the first shot");
    expect(counter.source).toMatchObject({ sourceId: "article" });
  });

  it("lists and filters claims with paging", async () => {
    const all = (await get(`/v1/dossiers/${dossierId}/claims?limit=100`)).body;
    expect(all.claims).toHaveLength(16);
    const conceded = (await get(`/v1/dossiers/${dossierId}/claims?status=conceded`)).body;
    expect(conceded.claims.map((c: { claimId: string }) => c.claimId)).toEqual(["rebels-fired-first-shot"]);
    const page = (await get(`/v1/dossiers/${dossierId}/claims?limit=4`)).body;
    const next = (await get(`/v1/dossiers/${dossierId}/claims?limit=4&after=${page.next}`)).body;
    expect(next.claims[0].madeAtSeq).toBeGreaterThan(page.claims[3].madeAtSeq);
  });

  it("profiles Russia: whom it blames, who blames it, and how its claims fared", async () => {
    const profile = (await get(`/v1/dossiers/${dossierId}/actors/russia`)).body;
    expect(profile.blamesMade.against["us-backed-rebels"].claims).toBe(3);
    expect(profile.blamesReceived.from["united-states"].claims).toBe(11);
    expect(profile.claimOutcomes).toEqual({ claims: 4, unanswered: 2, disputed: 1, conceded: 1, retracted: 0 });
    expect(profile.children).toContain("russian-foreign-ministry");
    const kirby = (await get(`/v1/dossiers/${dossierId}/actors/united-states`)).body;
    expect(kirby.speakers).toMatchObject({ "john-kirby": 4, "mark-toner": 3, "john-kerry": 1 });
  });

  it("orders the timeline by when statements were made, and pages it", async () => {
    const timeline = (await get(`/v1/dossiers/${dossierId}/timeline?limit=200`)).body;
    expect(timeline.total).toBe(21);
    const dated = timeline.entries
      .filter((e: { statedAt?: string }) => e.statedAt)
      .map((e: { statedAt: string }) => e.statedAt);
    expect(dated).toEqual([...dated].sort());
    const second = (await get(`/v1/dossiers/${dossierId}/timeline?offset=5&limit=5`)).body;
    expect(second.entries).toEqual(timeline.entries.slice(5, 10));
  });

  it("answers unknown ids with 404 and bad query values with 400", async () => {
    expect((await get(`/v1/dossiers/${dossierId}/claims/nope`)).status).toBe(404);
    expect((await get(`/v1/dossiers/${dossierId}/actors/nobody`)).status).toBe(404);
    for (const query of ["asOf=yesterday", "format=pdf", "rollup=planet", "asOf=-3"]) {
      const response = await get(`/v1/dossiers/${dossierId}/blame-graph?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.code).toBe("invalid_query");
    }
  });
});

async function fetchText(path: string) {
  const { SELF } = await import("cloudflare:test");
  const response = await SELF.fetch(`http://ledger.test${path}`);
  return { text: await response.text(), type: response.headers.get("content-type") ?? "" };
}
