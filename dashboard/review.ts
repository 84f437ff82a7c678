// The review screen: a source's text with the extractor's proposed quotes highlighted, each
// proposal as a card beside the paragraph its quote starts in, accepted, edited or rejected with
// the mouse or the keyboard, and the blame edges refreshed after each decision. Bundled with
// esbuild into public/review.js; it talks only to this Worker's API.
import { type EdgeCounts, EdgesPanel } from "./edges-panel";
import { layout } from "./highlight";
import { type PastedSource, previewProposals, wirePastePanel } from "./paste-panel";
import { type Card, type CardContext, cardId, renderCard } from "./proposal-card";
import {
  type AcceptEdits,
  type Actor,
  ApiError,
  type ClaimSummary,
  type ExtractorChoice,
  LedgerApi,
  type ProposalDoc,
  type ProposalStatus,
  type SourceSummary,
} from "./review-api";
import { sourceRows, wireMarks } from "./source-view";

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
  const context = cardContext(proposals, state.preview !== null);
  const rows = sourceRows({
    text,
    proposals,
    visible,
    cardOf: (proposal) => {
      const card = renderCard(proposal, context);
      state.cards.set(proposal.proposalId, card);
      card.element.hidden = !visible(proposal);
      return card.element;
    },
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
  const { sourceId } = state;
  const page = await api.proposals(state.dossierId, sourceId);
  // A refresh started before another source was opened answers for the old one: drop it.
  if (state.sourceId !== sourceId) return;
  state.proposals = page.proposals;
  $("dossier-counts").textContent = `Whole dossier: ${STATUSES.map((s) => `${page.counts[s]} ${s}`).join(", ")}.`;
}

async function openSource(sourceId: string): Promise<void> {
  state.sourceId = sourceId;
  state.loads++; // a refresh still under way must not draw over this source
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
    // Redrawing now would throw away what the editor is typing: look again in a moment.
    if (!state.refreshWaiting) {
      state.refreshWaiting = true;
      setTimeout(() => {
        state.refreshWaiting = false;
        void refresh().catch(reportError);
      }, 2_000);
    }
    await refreshEdges();
    return;
  }
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

/**
 * After this page wrote (a decision, a reading): the actors, claims and proposals read again and
 * drawn, and the edges too when the write can change them. Later than any refresh already under
 * way, whose answer may predate the write.
 */
async function reloadQueue(withEdges: boolean): Promise<void> {
  ++state.loads;
  await Promise.all([loadReferenceData(), loadProposals(), ...(withEdges ? [refreshEdges()] : [])]);
  drawFilter();
  drawReview();
}

/** Where focus goes after a decision: the next proposal still shown, else this one. */
function nextCardAfter(proposalId: string): string {
  const ids = [...state.cards.keys()];
  const at = ids.indexOf(proposalId);
  const after = ids.slice(at + 1).find((id) => state.proposals.find((p) => p.proposalId === id)?.status === "pending");
  return after ?? proposalId;
}

async function afterDecision(
  proposalId: string,
  version: number,
  edgesBefore: EdgeCounts,
  message: string,
): Promise<void> {
  const next = nextCardAfter(proposalId);
  state.version = Math.max(state.version, version);
  await reloadQueue(true);
  document.getElementById(cardId(next))?.focus();
  const edgeChanges = edgesPanel.describeSince(edgesBefore);
  announce(edgeChanges.length > 0 ? `${message} Blame graph: ${edgeChanges.join("; ")}.` : message);
}

async function decideAccept(proposal: ProposalDoc, edits: AcceptEdits): Promise<void> {
  const edgesBefore = edgesPanel.snapshot();
  const result = await api.accept(state.dossierId, proposal.proposalId, edits);
  const edited = Object.keys(edits).length > 0 ? ` with edits (${Object.keys(edits).join(", ")})` : "";
  const events = result.eventIds?.length ?? 0;
  const replay = result.idempotentReplay ? " (already accepted: nothing stored twice)" : "";
  await afterDecision(
    proposal.proposalId,
    result.version,
    edgesBefore,
    `Accepted ${proposal.proposalId}${edited}${replay}: claim ${result.claimId}, ${events} events recorded.`,
  );
}

async function decideReject(proposal: ProposalDoc, reason: string): Promise<void> {
  const edgesBefore = edgesPanel.snapshot();
  const result = await api.reject(state.dossierId, proposal.proposalId, reason);
  await afterDecision(proposal.proposalId, result.version, edgesBefore, `Rejected ${proposal.proposalId}: ${reason}`);
}

// ---- pasting a text --------------------------------------------------------------------------

/** Focus the first proposal still to decide, so the keyboard review starts there. */
function focusFirstPending(): void {
  const first = state.proposals.find((proposal) => proposal.status === "pending") ?? state.proposals[0];
  if (first) document.getElementById(cardId(first.proposalId))?.focus();
}

async function addPasted(source: PastedSource, extractor: ExtractorChoice): Promise<void> {
  const { sourceId, title } = source;
  // The rules extractor reads the source as it is added; the model reads it just after, from here.
  const rules = extractor === "rules";
  const result = await api.addSource(state.dossierId, `review:source:${sourceId}`, { ...source }, rules);
  state.version = Math.max(state.version, result.version);
  await loadSources(sourceId);
  if (rules) {
    announce(`Added “${title}” as source ${sourceId}: ${result.proposalIds?.length ?? 0} proposals to review.`);
  } else {
    try {
      await readOpenSource(extractor);
    } catch (error) {
      // The source is recorded either way: say so, and how to try the reading again.
      const why = error instanceof ApiError ? error.describe() : String(error);
      announce(
        `Added “${title}” as source ${sourceId}, but the model could not read it: ${why} Use “Read this source” to try again.`,
      );
      return;
    }
  }
  focusFirstPending();
}

/** Read the open source with an extractor into the review queue; a second reading answers the first. */
async function readOpenSource(extractor: ExtractorChoice): Promise<void> {
  const reading = await api.read(state.dossierId, state.sourceId, extractor);
  state.version = Math.max(state.version, reading.version);
  await reloadQueue(false);
  const count = reading.proposalIds.length;
  announce(
    reading.idempotentReplay
      ? `Already read by ${reading.extractor.name}: its ${count} proposals are listed; nothing was stored twice.`
      : `Read by ${reading.extractor.name}: ${count} proposals to review.`,
  );
}

/** Offer the model where this deployment has one; the rules extractor is always there. */
async function offerExtractors(): Promise<void> {
  const extractors = await api.extractors();
  if (!extractors.includes("model")) return;
  for (const select of [$<HTMLSelectElement>("read-with"), $<HTMLSelectElement>("paste-extractor")]) {
    select.append(new Option("model (Workers AI)", "model"));
  }
  for (const label of document.querySelectorAll<HTMLElement>(".read-with")) label.hidden = false;
}

function wireReadButton(): void {
  const button = $<HTMLButtonElement>("read-source");
  button.addEventListener("click", () => {
    if (!state.sourceId) return;
    button.disabled = true;
    readOpenSource($<HTMLSelectElement>("read-with").value as ExtractorChoice)
      .then(focusFirstPending)
      .catch(reportError)
      .finally(() => {
        button.disabled = false;
      });
  });
}

async function showPreview(text: string, title: string, extractor: ExtractorChoice): Promise<void> {
  const preview = await api.preview(state.dossierId, text, title, extractor);
  state.preview = { text: preview.text ?? text, proposals: previewProposals(preview) };
  drawFilter();
  drawReview();
  const { name, version } = preview.extractor;
  announce(`Preview: ${preview.statements.length} statements found (${name} ${version}).`);
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

// ---- start -----------------------------------------------------------------------------------

function reportError(error: unknown): void {
  announce(error instanceof ApiError ? error.describe() : `error: ${String(error)}`);
  console.error(error);
}

async function start(): Promise<void> {
  tokenInput.value = localStorage.getItem(TOKEN_KEY) ?? "";
  tokenInput.addEventListener("input", () => localStorage.setItem(TOKEN_KEY, tokenInput.value.trim()));
  document.addEventListener("keydown", onKey);
  wireMarks($("review"));
  wirePastePanel({ add: addPasted, preview: showPreview });
  wireReadButton();
  const [{ dossiers }] = await Promise.all([api.dossiers(), offerExtractors()]);
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

Object.assign(window, { review: { state, layout } });
start().catch(reportError);
