// The dashboard: the blame graph of a dossier (Cytoscape.js), the claims behind any edge or actor,
// a time slider over the stream, and live refresh from the dossier's event stream. Bundled with
// esbuild into public/app.js; it talks only to this Worker's API.
import cytoscape, { type Core } from "cytoscape";
import type { BlameGraph, GraphEdge } from "../src/domain/graph/blame-graph";
import { verifyClaimInclusion } from "./verify-claim";

type Edge = GraphEdge;
type Graph = BlameGraph & { version: number; asOfSeq: number };
type Answer = {
  kind: string;
  rebuttalKind?: string;
  byActorId?: string;
  speakerId?: string;
  quote?: { text: string };
  summary?: string;
};
type Claim = {
  claimId: string;
  claimantId: string;
  accusedIds: string[];
  speakerId?: string;
  intermediaryId?: string;
  category: string;
  allegation: string;
  quote: { text: string; paragraph: number };
  statedAt?: string;
  status: string;
  answers: Answer[];
  madeAtSeq: number;
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const state = {
  dossierId: "",
  rollup: "none",
  /** null: follow the latest version. */
  asOf: null as number | null,
  version: 0,
  graph: null as Graph | null,
  names: new Map<string, string>(),
  claims: new Map<string, Claim>(),
  claimsVersion: -1,
  live: null as EventSource | null,
};
const etags = new Map<string, { etag: string; body: unknown }>();

/** GET with If-None-Match: an unchanged answer costs the server a 304 and us nothing. */
async function getJson<T>(path: string): Promise<T> {
  const cached = etags.get(path);
  const response = await fetch(path, { headers: cached ? { "if-none-match": cached.etag } : {} });
  if (response.status === 304 && cached) return cached.body as T;
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const body = (await response.json()) as T;
  const etag = response.headers.get("etag");
  if (etag) etags.set(path, { etag, body });
  return body;
}

const name = (id: string) => state.names.get(id) ?? id;
const base = () => `/v1/dossiers/${encodeURIComponent(state.dossierId)}`;
const asOfQuery = () => (state.asOf === null ? "" : `&asOf=${state.asOf}`);

/** An edge takes the colour of the status most of its claims are in (open wins a tie). */
function edgeColor(edge: Edge): string {
  const css = getComputedStyle(document.documentElement);
  const counts: Array<[string, number]> = [
    ["--open", edge.open],
    ["--rebutted", edge.rebutted],
    ["--conceded", edge.conceded],
    ["--retracted", edge.retracted],
  ];
  const [dominant] = counts.reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  return css.getPropertyValue(dominant);
}

const cy: Core = cytoscape({
  container: $("graph"),
  style: [
    {
      selector: "node",
      style: {
        label: "data(label)",
        width: "data(size)",
        height: "data(size)",
        "background-color": "#5d6d7e",
        "font-size": 11,
        "text-wrap": "wrap",
        "text-max-width": "110px",
      },
    },
    {
      selector: "edge",
      style: {
        width: "data(width)",
        "line-color": "data(color)",
        "target-arrow-color": "data(color)",
        "target-arrow-shape": "triangle",
        "curve-style": "bezier",
        label: "data(claims)",
        "font-size": 10,
      },
    },
    { selector: ":selected", style: { "overlay-opacity": 0.15, "overlay-color": "#2e86c1" } },
  ],
  wheelSensitivity: 0.3,
});

function drawGraph(graph: Graph): void {
  cy.elements().remove();
  cy.add([
    ...graph.nodes.map((node) => ({
      group: "nodes" as const,
      data: { id: node.id, label: node.name, size: 22 + 10 * Math.sqrt(node.blamesReceived) },
    })),
    ...graph.edges.map((edge) => ({
      group: "edges" as const,
      data: {
        id: `${edge.source}>${edge.target}`,
        source: edge.source,
        target: edge.target,
        claims: edge.claims,
        width: 1 + 2 * Math.log2(edge.claims + 1),
        color: edgeColor(edge),
      },
    })),
  ]);
  cy.layout({
    name: "cose",
    animate: false,
    randomize: false,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 120,
  }).run();
  const list = $("edges");
  list.replaceChildren(
    ...graph.edges.map((edge) => {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.edge = `${edge.source}>${edge.target}`;
      button.setAttribute("aria-pressed", "false");
      button.textContent = `${name(edge.source)} → ${name(edge.target)} (${edge.claims}${edge.mutual ? ", mutual" : ""})`;
      button.addEventListener("click", () => void showEdge(edge));
      item.append(button);
      return item;
    }),
  );
  if (graph.edges.length === 0) list.innerHTML = "<li>No blame recorded at this point of the stream.</li>";
}

async function loadGraph(): Promise<void> {
  const graph = await getJson<Graph>(`${base()}/blame-graph?rollup=${state.rollup}${asOfQuery()}`);
  for (const node of graph.nodes) state.names.set(node.id, node.name);
  state.graph = graph;
  drawGraph(graph);
  $("position").textContent = `${graph.asOfSeq} of ${graph.version}`;
  for (const link of document.querySelectorAll<HTMLAnchorElement>(".exports a")) {
    link.href = `${base()}/blame-graph?rollup=${state.rollup}${asOfQuery()}&format=${link.dataset.format}`;
  }
}

async function claimsAtView(): Promise<Map<string, Claim>> {
  const key = state.asOf ?? state.version;
  if (state.claimsVersion !== key) {
    const page = await getJson<{ claims: Claim[] }>(`${base()}/claims?limit=500${asOfQuery()}`);
    state.claims = new Map(page.claims.map((claim) => [claim.claimId, claim]));
    state.claimsVersion = key;
  }
  return state.claims;
}

function renderClaim(claim: Claim): HTMLElement {
  const article = document.createElement("article");
  article.className = `claim ${claim.status}`;
  const speaker = claim.speakerId ? `${name(claim.speakerId)} for ${name(claim.claimantId)}` : name(claim.claimantId);
  const meta = document.createElement("div");
  meta.className = "meta";
  meta.textContent = `${speaker} → ${claim.accusedIds.map(name).join(", ")} · ${claim.category} · ${claim.status}${
    claim.statedAt ? ` · ${claim.statedAt}` : ""
  }${claim.intermediaryId ? ` · via ${name(claim.intermediaryId)}` : ""} · paragraph ${claim.quote.paragraph}`;
  const quote = document.createElement("blockquote");
  quote.textContent = `“${claim.quote.text}”`;
  const allegation = document.createElement("p");
  allegation.textContent = claim.allegation;
  const verify = document.createElement("button");
  verify.type = "button";
  verify.className = "verify";
  verify.textContent = "Verify";
  verify.title = "Prove in this browser that this claim is in the signed record";
  const verdict = document.createElement("span");
  verdict.className = "verdict";
  verdict.setAttribute("role", "status");
  verify.addEventListener("click", async () => {
    verdict.textContent = "checking…";
    const result = await verifyClaimInclusion(base(), claim.madeAtSeq).catch((error: unknown) => `✗ ${String(error)}`);
    verdict.textContent = result;
    verdict.className = `verdict ${result.startsWith("✓") ? "verified" : "unverified"}`;
  });
  article.append(allegation, quote, meta, verify, verdict);
  for (const answer of claim.answers) {
    const reply = document.createElement("div");
    reply.className = "answer";
    const kind = answer.rebuttalKind ?? answer.kind;
    reply.innerHTML = `<div class="meta"></div>`;
    (reply.firstChild as HTMLElement).textContent = `${kind} by ${name(answer.byActorId ?? "")}${
      answer.speakerId ? ` (${name(answer.speakerId)})` : ""
    }`;
    if (answer.quote) {
      const text = document.createElement("blockquote");
      text.textContent = `“${answer.quote.text}”`;
      reply.append(text);
    } else if (answer.summary) {
      reply.append(answer.summary);
    }
    article.append(reply);
  }
  return article;
}

async function showClaims(title: string, claimIds: string[] | ((claim: Claim) => boolean)): Promise<void> {
  const claims = await claimsAtView();
  const chosen = Array.isArray(claimIds)
    ? claimIds.flatMap((id) => (claims.has(id) ? [claims.get(id) as Claim] : []))
    : [...claims.values()].filter(claimIds);
  $("detail-title").textContent = title;
  $("detail").replaceChildren(...chosen.map(renderClaim));
}

async function showEdge(edge: Edge): Promise<void> {
  for (const button of document.querySelectorAll<HTMLButtonElement>("#edges button")) {
    button.setAttribute("aria-pressed", String(button.dataset.edge === `${edge.source}>${edge.target}`));
  }
  await showClaims(`${name(edge.source)} → ${name(edge.target)}: ${edge.claims} claims`, edge.claimIds);
}

cy.on("tap", "edge", (event) => {
  const edge = state.graph?.edges.find((e) => `${e.source}>${e.target}` === event.target.id());
  if (edge) void showEdge(edge);
});
cy.on("tap", "node", (event) => {
  const id = event.target.id() as string;
  const claimIds = new Set(
    (state.graph?.edges ?? []).filter((e) => e.source === id || e.target === id).flatMap((e) => e.claimIds),
  );
  void showClaims(`Claims made by or against ${name(id)}`, [...claimIds]);
});

async function loadCheckpoint(): Promise<void> {
  const checkpoint = await getJson<{ size: number; rootHash: string; keyId: string; timestamp: string }>(
    `${base()}/checkpoint`,
  );
  const rows: Array<[string, string]> = [
    ["size", String(checkpoint.size)],
    ["root", checkpoint.rootHash],
    ["key", checkpoint.keyId],
    ["signed", checkpoint.timestamp],
  ];
  $("checkpoint").replaceChildren(
    ...rows.flatMap(([term, value]) => {
      const dt = document.createElement("dt");
      dt.textContent = term;
      const dd = document.createElement("dd");
      dd.textContent = value;
      return [dt, dd];
    }),
  );
}

function setVersion(version: number): void {
  state.version = version;
  const slider = $<HTMLInputElement>("slider");
  const following = state.asOf === null;
  slider.max = String(version);
  if (following) slider.value = String(version);
}

function follow(): void {
  state.live?.close();
  state.live = new EventSource(`${base()}/live`);
  state.live.addEventListener("version", (event) => {
    const { version } = JSON.parse((event as MessageEvent).data) as { version: number };
    if (version === state.version) return;
    setVersion(version);
    const status = $("status");
    status.textContent = `updated ${new Date().toLocaleTimeString()} · version ${version}`;
    status.className = "updated";
    if (state.asOf === null) void Promise.all([loadGraph(), loadCheckpoint()]);
  });
}

async function openDossier(dossierId: string): Promise<void> {
  state.dossierId = dossierId;
  state.asOf = null;
  state.claimsVersion = -1;
  const info = await getJson<{ version: number; title: string }>(base());
  const { actors } = await getJson<{ actors: Array<{ actorId: string; name: string }> }>(`${base()}/actors`);
  for (const actor of actors) state.names.set(actor.actorId, actor.name);
  setVersion(info.version);
  $("status").textContent = `${info.title} · version ${info.version}`;
  await Promise.all([loadGraph(), loadCheckpoint()]);
  follow();
}

async function start(): Promise<void> {
  const { dossiers } = await getJson<{ dossiers: Array<{ dossierId: string; title: string }> }>("/v1/dossiers");
  const picker = $<HTMLSelectElement>("dossier");
  picker.replaceChildren(
    ...dossiers.map((dossier) => new Option(`${dossier.title} (${dossier.dossierId})`, dossier.dossierId)),
  );
  const wanted = new URLSearchParams(location.search).get("dossier");
  const first =
    dossiers.find((d) => d.dossierId === wanted) ?? dossiers.find((d) => d.dossierId === "aleppo-2016") ?? dossiers[0];
  if (!first) {
    $("status").textContent = "no dossiers yet";
    return;
  }
  picker.value = first.dossierId;
  picker.addEventListener("change", () => void openDossier(picker.value));
  for (const radio of document.querySelectorAll<HTMLInputElement>("input[name=rollup]")) {
    radio.addEventListener("change", () => {
      state.rollup = radio.value;
      void loadGraph();
    });
  }
  $<HTMLInputElement>("slider").addEventListener("input", (event) => {
    const value = Number((event.target as HTMLInputElement).value);
    state.asOf = value >= state.version ? null : value;
    void loadGraph();
  });
  await openDossier(first.dossierId);
}

Object.assign(window, { ledger: { cy, state } });
start().catch((error: unknown) => {
  $("status").textContent = `error: ${String(error)}`;
  console.error(error);
});
