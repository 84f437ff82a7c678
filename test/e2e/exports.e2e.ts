// The seed loaded through the public API of a real `wrangler dev`, idempotently, and its blame
// graph exported as DOT that Graphviz itself renders.
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeeds } from "../../scripts/seed.mjs";
import { api, E2E_ADMIN_TOKEN, type LedgerProcess, SEED_SIZE, startLedger } from "./ledger-process";

let ledger: LedgerProcess;
beforeAll(async () => {
  ledger = await startLedger();
});
afterAll(async () => {
  await ledger?.stop();
});

function graphvizInstalled(): boolean {
  try {
    execFileSync("dot", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("the seed through the API, and its exports", () => {
  it("loads the seed once, and a second load stores nothing", async () => {
    const first = await loadSeeds(ledger.url, { token: E2E_ADMIN_TOKEN });
    expect(first).toEqual([{ dossierId: "aleppo-2016", events: SEED_SIZE, appended: SEED_SIZE }]);
    const loaded = (await api(ledger.url, "/v1/dossiers/aleppo-2016")).body;
    // The seed's events, then the proposals the extractor read from the article's text.
    expect(loaded.version).toBe(SEED_SIZE + (loaded.counts["proposal.created"] ?? 0));
    const second = await loadSeeds(ledger.url, { token: E2E_ADMIN_TOKEN });
    expect(second).toEqual([{ dossierId: "aleppo-2016", events: SEED_SIZE, appended: 0 }]);
    expect((await api(ledger.url, "/v1/dossiers/aleppo-2016")).body.version).toBe(loaded.version);
  });

  it.skipIf(!graphvizInstalled())("exports DOT that Graphviz renders, with every actor and edge", async () => {
    const graph = (await api(ledger.url, "/v1/dossiers/aleppo-2016/blame-graph")).body;
    const dot = (await api(ledger.url, "/v1/dossiers/aleppo-2016/blame-graph?format=dot")).text;
    const svg = execFileSync("dot", ["-Tsvg"], { input: dot }).toString();
    expect(svg).toContain("<svg");
    // Graphviz writes hyphens in SVG text as &#45;.
    for (const node of graph.nodes) expect(svg).toContain(`<title>${node.id.replaceAll("-", "&#45;")}</title>`);
    expect((svg.match(/class="edge"/g) ?? []).length).toBe(graph.edges.length);
  });
});
