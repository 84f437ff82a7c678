// The review screen: a source's text with the extractor's proposed quotes highlighted, each
// proposal as a card beside the paragraph its quote starts in, accepted, edited or rejected with
// the mouse or the keyboard, and the blame edges refreshed after each decision. Bundled with
// esbuild into public/review.js; it talks only to this Worker's API.
import { actorSlug } from "../src/domain/review/actor-slug";
import { EdgesPanel } from "./edges-panel";
import { layout, paragraphOf, type Span } from "./highlight";
import { type Card, type CardContext, cardId, renderCard } from "./proposal-card";
import {
  type AcceptEdits,
  type Actor,
  ApiError,
  type ClaimSummary,
  LedgerApi,
  type Preview,
  type ProposalDoc,
  type ProposalStatus,
  type SourceSummary,
} from "./review-api";

const TOKEN_KEY = "claims-ledger.write-token";
const STATUSES: ProposalStatus[] = ["pending", "accepted", "rejected", "recorded"];
type Filter = ProposalStatus | "all";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const tokenInput = $<HTMLInputElement>("token");
const api = new LedgerApi(() => tokenInput.value);
const edgesPanel = new EdgesPanel($("edges"));

const state = {
  dossierId: "",
  version: 0,
  sources: [] as SourceSummary[],
  sourceId: "",
  text: "",
  proposals: [] as ProposalDoc[],
  actors: [] as Actor[],
  claims: [] as ClaimSummary[],
  filter: "all" as Filter,
  /** A pasted text read by the extractor but not stored: shown read-only. */
  preview: null as { text: string; proposals: ProposalDoc[] } | null,
  cards: new Map<string, Card>(),
  live: null as EventSource | null,
  /** A refresh that arrived while an editor had a form open: done once the form closes. */
  refreshWaiting: false,
  /** Counts reloads, so that an answer overtaken by a later one is not drawn. */
  loads: 0,
};

function announce(message: string): void {
  const status = $("status");
  status.textContent = message;
}

const dossierPath = () => `/v1/dossiers/${encodeURIComponent(state.dossierId)}`;
const actorName = (actorId: string) => state.actors.find((actor) => actor.actorId === actorId)?.name ?? actorId;

function setUrl(): void {
  const params = new URLSearchParams({ dossier: state.dossierId });
  if (state.sourceId) params.set("source", state.sourceId);
  history.replaceState(null, "", `?${params}`);
  const graph = `/?dossier=${encodeURIComponent(state.dossierId)}`;
  $<HTMLAnchorElement>("graph-link").href = graph;
  $<HTMLAnchorElement>("full-graph").href = graph;
}

// ---- drawing ---------------------------------------------------------------------------------

const visible = (proposal: ProposalDoc) => state.filter === "all" || proposal.status === state.filter;

function cardContext(proposals: ProposalDoc[], readonly: boolean): CardContext {
  const byId = new Map(proposals.map((proposal) => [proposal.proposalId, proposal]));
  return {
    dossierActors: state.actors,
    claims: state.claims,
    proposalById: (proposalId) => byId.get(proposalId),
    actorName,
    readonly,
    claimUrl: (claimId) => `${dossierPath()}/claims/${encodeURIComponent(claimId)}`,
    accept: decideAccept,
    reject: decideReject,
  };
}

/** The text as paragraphs, each with the cards of the quotes that start in it beside it. */
function drawReview(): void {
  const focusedId = document.activeElement?.closest<HTMLElement>(".proposal")?.dataset.proposal;
  const view = $("review");
  const text = state.preview?.text ?? state.text;
  const proposals = state.preview?.proposals ?? state.proposals;
  state.cards.clear();
  if (!text) {
    view.innerHTML = `<p class="hint">This source has no text to review.</p>`;
    return;
  }
  const byId = new Map(proposals.map((proposal) => [proposal.proposalId, proposal]));
  const spans: Span[] = proposals
    .map((proposal) => ({ id: proposal.proposalId, start: proposal.statement.start, end: proposal.statement.end }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const paragraphs = layout(text, spans);
  const context = cardContext(proposals, state.preview !== null);
  const cardsByParagraph = new Map<number, HTMLElement[]>();
  for (const proposal of [...proposals].sort((a, b) => a.statement.start - b.statement.start)) {
    const card = renderCard(proposal, context);
    state.cards.set(proposal.proposalId, card);
    if (!visible(proposal)) card.element.hidden = true;
    const paragraph = paragraphOf(paragraphs, proposal.statement.start);
    cardsByParagraph.set(paragraph, [...(cardsByParagraph.get(paragraph) ?? []), card.element]);
  }
  const rows = paragraphs.map((paragraph) => {
    const row = document.createElement("div");
    row.className = "para-row";
    row.dataset.paragraph = String(paragraph.index);
    const body = document.createElement("p");
    body.className = "para-text";
    for (const run of paragraph.runs) {
      const words = text.slice(run.start, run.end);
      if (run.ids.length === 0) {
        body.append(words);
        continue;
      }
      const mark = document.createElement("mark");
      const first = byId.get(run.ids[0] as string);
      mark.className = `${first?.status ?? "pending"}${run.ids.length > 1 ? " overlap" : ""}`;
      if (!run.ids.some((id) => visible(byId.get(id) as ProposalDoc))) mark.classList.add("filtered-out");
      mark.dataset.proposals = run.ids.join(" ");
      mark.title = run.ids
        .map((id) => `${id}: ${byId.get(id)?.statement.category} (${byId.get(id)?.status})`)
        .join("; ");
      mark.textContent = words;
      body.append(mark);
    }
    const cards = document.createElement("div");
    cards.className = "para-cards";
    cards.append(...(cardsByParagraph.get(paragraph.index) ?? []));
    row.append(body, cards);
    return row;
  });
  const banner = state.preview
    ? [
        Object.assign(document.createElement("p"), {
          className: "preview-banner",
          textContent: `Preview: ${proposals.length} statements found; nothing is stored. “Add to dossier” records the source and its proposals for review.`,
        }),
      ]
    : [];
  view.replaceChildren(...banner, ...rows);
  if (focusedId) document.getElementById(cardId(focusedId))?.focus();
}

function drawFilter(): void {
  const proposals = state.preview?.proposals ?? state.proposals;
  const counts = new Map<Filter, number>([["all", proposals.length]]);
  for (const status of STATUSES) counts.set(status, proposals.filter((p) => p.status === status).length);
  const fieldset = $("filter");
  const legend = fieldset.querySelector("legend");
  fieldset.replaceChildren(
    ...(legend ? [legend] : []),
    ...(["all", ...STATUSES] as Filter[]).map((status) => {
      const label = document.createElement("label");
      label.className = `count ${status}`;
      const radio = Object.assign(document.createElement("input"), {
        type: "radio",
        name: "filter",
        value: status,
        checked: state.filter === status,
      });
      radio.addEventListener("change", () => {
        state.filter = status;
        drawReview();
      });
      label.append(
        radio,
        Object.assign(document.createElement("span"), { className: "swatch" }),
        ` ${status} `,
        Object.assign(document.createElement("b"), { textContent: counts.get(status) }),
      );
      return label;
    }),
  );
}

async function refreshEdges(): Promise<void> {
  edgesPanel.draw(await api.blameEdges(state.dossierId));
}

// ---- loading ---------------------------------------------------------------------------------

async function loadReferenceData(): Promise<void> {
  const [{ actors }, { claims }] = await Promise.all([api.actors(state.dossierId), api.claims(state.dossierId)]);
  state.actors = [...actors].sort((a, b) => a.name.localeCompare(b.name));
  state.claims = claims;
}

async function loadProposals(): Promise<void> {
  if (!state.sourceId) {
    state.proposals = [];
    return;
  }
  const page = await api.proposals(state.dossierId, state.sourceId);
  state.proposals = page.proposals;
  $("dossier-counts").textContent = `Whole dossier: ${STATUSES.map((s) => `${page.counts[s]} ${s}`).join(", ")}.`;
}

async function openSource(sourceId: string): Promise<void> {
  state.sourceId = sourceId;
  state.preview = null;
  setUrl();
  const [{ source }] = await Promise.all([api.source(state.dossierId, sourceId), loadProposals()]);
  state.text = source.text ?? "";
  drawFilter();
  drawReview();
  announce(`${source.title} · ${state.proposals.length} proposals`);
}

async function loadSources(select?: string): Promise<void> {
  const { sources } = await api.sources(state.dossierId);
  state.sources = sources.filter((source) => (source.textLength ?? 0) > 0);
  const picker = $<HTMLSelectElement>("source");
  picker.replaceChildren(
    ...state.sources.map((source) => new Option(`${source.title} — ${source.publisher}`, source.sourceId)),
  );
  const chosen = state.sources.find((source) => source.sourceId === select) ?? state.sources[0];
  if (!chosen) {
    state.sourceId = "";
    state.text = "";
    state.proposals = [];
    drawFilter();
    $("review").innerHTML = `<p class="hint">No source with a text in this dossier yet: paste one.</p>`;
    return;
  }
  picker.value = chosen.sourceId;
  await openSource(chosen.sourceId);
}

/** After a decision, or when the dossier moved on: everything the page shows, read again. */
async function refresh(): Promise<void> {
  if (document.querySelector(".proposal form:not([hidden])")) {
    state.refreshWaiting = true;
    await refreshEdges();
    return;
  }
  state.refreshWaiting = false;
  const ticket = ++state.loads;
  await Promise.all([loadReferenceData(), loadProposals(), refreshEdges()]);
  if (!state.preview && ticket === state.loads) {
    drawFilter();
    drawReview();
  }
}

function follow(): void {
  state.live?.close();
  state.live = new EventSource(api.liveUrl(state.dossierId));
  state.live.addEventListener("version", (event) => {
    const { version } = JSON.parse((event as MessageEvent).data) as { version: number };
    if (version <= state.version) return;
    state.version = version;
    void refresh().catch(reportError);
  });
}

async function openDossier(dossierId: string, sourceId?: string): Promise<void> {
  state.dossierId = dossierId;
  edgesPanel.reset();
  const info = await api.info(dossierId);
  state.version = info.version;
  await Promise.all([loadReferenceData(), refreshEdges()]);
  await loadSources(sourceId);
  follow();
}

// ---- decisions -------------------------------------------------------------------------------

/** Where focus goes after a decision: the next proposal still shown, else this one. */
function nextCardAfter(proposalId: string): string {
  const ids = [...state.cards.keys()];
  const at = ids.indexOf(proposalId);
  const after = ids.slice(at + 1).find((id) => state.proposals.find((p) => p.proposalId === id)?.status === "pending");
  return after ?? proposalId;
}

async function afterDecision(proposalId: string, version: number, message: string): Promise<void> {
  const next = nextCardAfter(proposalId);
  state.version = Math.max(state.version, version);
  // Later than any refresh already under way: what that one read may predate this decision.
  ++state.loads;
  await Promise.all([loadReferenceData(), loadProposals(), refreshEdges()]);
  drawFilter();
  drawReview();
  document.getElementById(cardId(next))?.focus();
  announce(message);
}

async function decideAccept(proposal: ProposalDoc, edits: AcceptEdits): Promise<void> {
  const result = await api.accept(state.dossierId, proposal.proposalId, edits);
  const edited = Object.keys(edits).length > 0 ? ` with edits (${Object.keys(edits).join(", ")})` : "";
  await afterDecision(
    proposal.proposalId,
    result.version,
    `Accepted ${proposal.proposalId}${edited}: claim ${result.claimId}, ${result.eventIds?.length ?? 0} events recorded.`,
  );
}

async function decideReject(proposal: ProposalDoc, reason: string): Promise<void> {
  const result = await api.reject(state.dossierId, proposal.proposalId, reason);
  await afterDecision(proposal.proposalId, result.version, `Rejected ${proposal.proposalId}: ${reason}`);
}

// ---- pasting a text --------------------------------------------------------------------------

function pastedSource() {
  const title = $<HTMLInputElement>("paste-title").value.trim();
  const publisher = $<HTMLInputElement>("paste-publisher").value.trim();
  const url = $<HTMLInputElement>("paste-url").value.trim();
  const text = $<HTMLTextAreaElement>("paste-text").value;
  const kind = $<HTMLSelectElement>("paste-kind").value;
  return { title, publisher, url, text, kind };
}

/** A readable, unique slug: the title's words and a random tail (two editors may paste one title). */
function newSourceId(title: string): string {
  const words = actorSlug(title, "source").slice(0, 60).replace(/-+$/, "") || "source";
  const tail = Array.from(crypto.getRandomValues(new Uint8Array(3)), (byte) => byte.toString(16).padStart(2, "0"));
  return `${words}-${tail.join("")}`;
}

async function addPasted(): Promise<void> {
  const { title, publisher, url, text, kind } = pastedSource();
  const sourceId = newSourceId(title);
  const result = await api.addSource(state.dossierId, `review:source:${sourceId}`, {
    sourceId,
    kind,
    publisher,
    title,
    ...(url ? { url } : {}),
    text,
  });
  state.version = Math.max(state.version, result.version);
  await loadSources(sourceId);
  $<HTMLFormElement>("paste-form").reset();
  $<HTMLDetailsElement>("paste").open = false;
  announce(`Added “${title}” as source ${sourceId}: ${result.proposalIds?.length ?? 0} proposals to review.`);
  const first = state.proposals.find((proposal) => proposal.status === "pending") ?? state.proposals[0];
  if (first) document.getElementById(cardId(first.proposalId))?.focus();
}

/** The stateless extraction's answer, in the shape of proposals, to draw it the same way. */
function previewProposals(preview: Preview): ProposalDoc[] {
  return preview.statements.map((statement, index) => ({
    proposalId: `preview-${statement.ref}`,
    eventId: "",
    seq: index,
    recordedAt: "",
    sourceId: "preview",
    status: "pending" as const,
    extractor: preview.extractor,
    statement,
    actors: preview.actors,
    ...(statement.answers ? { answersProposalId: `preview-${statement.answers}` } : {}),
  }));
}

async function showPreview(): Promise<void> {
  const { title, text } = pastedSource();
  const preview = await api.preview(state.dossierId, text, title);
  state.preview = { text: preview.text ?? text, proposals: previewProposals(preview) };
  drawFilter();
  drawReview();
  announce(
    `Preview: ${preview.statements.length} statements found (${preview.extractor.name} ${preview.extractor.version}).`,
  );
}

function wirePaste(): void {
  const form = $<HTMLFormElement>("paste-form");
  const error = $("paste-error");
  const run = async (work: () => Promise<void>) => {
    error.textContent = "";
    for (const button of form.querySelectorAll("button")) button.disabled = true;
    try {
      await work();
    } catch (failure) {
      error.textContent = failure instanceof ApiError ? failure.describe() : `Failed: ${String(failure)}`;
    } finally {
      for (const button of form.querySelectorAll("button")) button.disabled = false;
    }
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run(addPasted);
  });
  $("paste-preview").addEventListener("click", () => {
    if (!$<HTMLTextAreaElement>("paste-text").value.trim()) {
      error.textContent = "Paste a text first.";
      return;
    }
    void run(showPreview);
  });
}

// ---- keyboard --------------------------------------------------------------------------------

function moveFocus(from: HTMLElement, step: 1 | -1): void {
  const cards = [...document.querySelectorAll<HTMLElement>(".proposal:not([hidden])")];
  const at = cards.indexOf(from);
  const target = cards[Math.min(cards.length - 1, Math.max(0, at + step))];
  target?.focus();
  target?.scrollIntoView({ block: "nearest" });
}

function onKey(event: KeyboardEvent): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target as HTMLElement;
  const element = target.closest<HTMLElement>(".proposal");
  const card = element?.dataset.proposal ? state.cards.get(element.dataset.proposal) : undefined;
  if (!element || !card) return;
  if (event.key === "Escape") {
    for (const form of element.querySelectorAll("form")) form.hidden = true;
    element.focus();
    if (state.refreshWaiting) void refresh().catch(reportError);
    return;
  }
  if (target.matches("input, textarea, select")) return;
  const actions: Record<string, () => void> = {
    j: () => moveFocus(element, 1),
    k: () => moveFocus(element, -1),
    a: card.accept,
    e: card.edit,
    r: card.reject,
  };
  const action = actions[event.key];
  if (!action) return;
  event.preventDefault();
  action();
}

/** The quotes of the focused proposal stand out in the text; a click on a quote goes to its card. */
function wireHighlighting(): void {
  const view = $("review");
  view.addEventListener("focusin", (event) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>(".proposal")?.dataset.proposal;
    for (const mark of view.querySelectorAll("mark.current")) mark.classList.remove("current");
    if (!id) return;
    for (const mark of view.querySelectorAll<HTMLElement>("mark")) {
      if (mark.dataset.proposals?.split(" ").includes(id)) mark.classList.add("current");
    }
  });
  view.addEventListener("click", (event) => {
    const mark = (event.target as HTMLElement).closest<HTMLElement>("mark");
    const ids = mark?.dataset.proposals?.split(" ") ?? [];
    const shown = ids.find((id) => !document.getElementById(cardId(id))?.hidden);
    if (shown) document.getElementById(cardId(shown))?.focus();
  });
}

// ---- start -----------------------------------------------------------------------------------

function reportError(error: unknown): void {
  announce(error instanceof ApiError ? error.describe() : `error: ${String(error)}`);
  console.error(error);
}

async function start(): Promise<void> {
  tokenInput.value = localStorage.getItem(TOKEN_KEY) ?? "";
  tokenInput.addEventListener("change", () => localStorage.setItem(TOKEN_KEY, tokenInput.value.trim()));
  document.addEventListener("keydown", onKey);
  wireHighlighting();
  wirePaste();
  const { dossiers } = await api.dossiers();
  const picker = $<HTMLSelectElement>("dossier");
  picker.replaceChildren(
    ...dossiers.map((dossier) => new Option(`${dossier.title} (${dossier.dossierId})`, dossier.dossierId)),
  );
  const params = new URLSearchParams(location.search);
  const wanted = params.get("dossier");
  const first =
    dossiers.find((d) => d.dossierId === wanted) ?? dossiers.find((d) => d.dossierId === "aleppo-2016") ?? dossiers[0];
  if (!first) {
    announce("no dossiers yet");
    return;
  }
  picker.value = first.dossierId;
  picker.addEventListener("change", () => void openDossier(picker.value).catch(reportError));
  $<HTMLSelectElement>("source").addEventListener(
    "change",
    (event) => void openSource((event.target as HTMLSelectElement).value).catch(reportError),
  );
  await openDossier(first.dossierId, params.get("source") ?? undefined);
}

Object.assign(window, { review: { state } });
start().catch(reportError);
