// The review screen's side of the API: reads (public) and writes (with the editor's token), and
// every failure as an ApiError that says in words what the ledger refused and why.
import type { GraphEdge } from "../src/domain/graph/blame-graph";
import type { ProposalDoc, ProposalStatus } from "../src/domain/projections/proposals";
import type { AcceptEdits } from "../src/domain/review/acceptance";
import type { Extraction, ExtractorChoice } from "../src/extract/contract";

export type { AcceptEdits, ExtractorChoice, ProposalDoc, ProposalStatus };
export type ProposedActor = ProposalDoc["actors"][number];

export interface SourceSummary {
  sourceId: string;
  title: string;
  publisher: string;
  kind: string;
  url?: string;
  textLength: number | null;
  addedAtSeq: number;
}
export interface Source extends SourceSummary {
  text?: string;
}
export interface Actor {
  actorId: string;
  name: string;
  kind: string;
  parentId?: string;
}
export interface ClaimSummary {
  claimId: string;
  claimantId: string;
  accusedIds: string[];
  category: string;
  allegation: string;
}
export interface ProposalsPage {
  counts: Record<ProposalStatus, number>;
  proposals: ProposalDoc[];
  next: number | null;
}
export interface Decision {
  proposalId: string;
  status: "accepted" | "rejected";
  claimId?: string;
  eventIds?: string[];
  version: number;
  idempotentReplay?: boolean;
}
export type Preview = Extraction & { text?: string };
/** What a reading of a source answers (the parts this screen uses). */
export interface Reading {
  extractor: { name: string; version: string };
  proposalIds: string[];
  version: number;
  /** The extractor had read this source before: these are its earlier proposals. */
  idempotentReplay: boolean;
}

/** A refusal from the ledger, in its one error shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** The refusal in words, with the rule, the fields at fault and what the editor can do about it. */
  describe(advice = this.advice()): string {
    const rule = typeof this.details.rule === "string" ? ` (${this.details.rule})` : "";
    const issues = Array.isArray(this.details.issues)
      ? (this.details.issues as Array<{ pointer?: string; message?: string }>)
          .map((issue) => ` ${issue.pointer ?? ""}: ${issue.message ?? ""}.`)
          .join("")
      : "";
    const message = this.message.replace(/\.$/, "");
    return `${this.status} ${this.code}${rule}: ${message}.${issues}${advice ? ` ${advice}` : ""}`;
  }

  private advice(): string {
    if (this.status === 401) return "Enter a write token above.";
    if (this.status === 403) return "This token may not write.";
    if (this.details.rule === "unattributed_statement") return "Use Edit to choose who blames.";
    if (this.details.rule === "answered_proposal_pending") return "Accept the statement it answers first.";
    return "";
  }
}

export class LedgerApi {
  constructor(
    private readonly token: () => string,
    private readonly base = "",
  ) {}

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    const token = this.token().trim();
    if (method !== "GET" && token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: reported below with the status
    }
    if (!response.ok) {
      const error = (parsed as { error?: { code?: string; message?: string; details?: Record<string, unknown> } })
        ?.error;
      throw new ApiError(
        response.status,
        error?.code ?? "http_error",
        error?.message ?? (text.slice(0, 200) || response.statusText),
        error?.details ?? {},
      );
    }
    return parsed as T;
  }

  private dossier(dossierId: string): string {
    return `/v1/dossiers/${encodeURIComponent(dossierId)}`;
  }

  /** What this deployment can read texts with (the model only where one is bound). */
  async extractors(): Promise<ExtractorChoice[]> {
    return (await this.request<{ extractors?: ExtractorChoice[] }>("GET", "/v1")).extractors ?? ["rules"];
  }

  dossiers() {
    return this.request<{ dossiers: Array<{ dossierId: string; title: string }> }>("GET", "/v1/dossiers");
  }

  info(dossierId: string) {
    return this.request<{ title: string; version: number }>("GET", this.dossier(dossierId));
  }

  sources(dossierId: string) {
    return this.request<{ sources: SourceSummary[] }>("GET", `${this.dossier(dossierId)}/sources`);
  }

  source(dossierId: string, sourceId: string) {
    return this.request<{ source: Source }>(
      "GET",
      `${this.dossier(dossierId)}/sources/${encodeURIComponent(sourceId)}`,
    );
  }

  actors(dossierId: string) {
    return this.request<{ actors: Actor[] }>("GET", `${this.dossier(dossierId)}/actors`);
  }

  claims(dossierId: string) {
    return this.request<{ claims: ClaimSummary[] }>("GET", `${this.dossier(dossierId)}/claims?limit=500`);
  }

  /** Every proposal made from one source, in order, through all the pages. */
  async proposals(dossierId: string, sourceId: string): Promise<Omit<ProposalsPage, "next">> {
    const all: ProposalDoc[] = [];
    let after = 0;
    for (;;) {
      const page = await this.request<ProposalsPage>(
        "GET",
        `${this.dossier(dossierId)}/proposals?sourceId=${encodeURIComponent(sourceId)}&after=${after}&limit=500`,
      );
      all.push(...page.proposals);
      if (page.next === null) return { counts: page.counts, proposals: all };
      after = page.next;
    }
  }

  blameEdges(dossierId: string) {
    return this.request<{ edges: GraphEdge[]; nodes: Array<{ id: string; name: string }>; version: number }>(
      "GET",
      `${this.dossier(dossierId)}/blame-graph?rollup=state`,
    );
  }

  /** Add a source; the rules extractor reads it now unless `read` is false (it is then read later). */
  addSource(dossierId: string, eventId: string, data: Record<string, unknown>, read = true) {
    return this.request<{ version: number; proposalIds?: string[] }>(
      "POST",
      `${this.dossier(dossierId)}/events${read ? "" : "?extract=false"}`,
      { events: [{ id: eventId, type: "source.added", data }] },
    );
  }

  /** Read a source already in the dossier into the review queue (once an extractor). */
  read(dossierId: string, sourceId: string, extractor: ExtractorChoice) {
    return this.request<Reading>(
      "POST",
      `${this.dossier(dossierId)}/sources/${encodeURIComponent(sourceId)}/readings`,
      {
        extractor,
      },
    );
  }

  preview(dossierId: string, text: string, title: string, extractor: ExtractorChoice = "rules") {
    return this.request<Preview>("POST", "/v1/extract", { text, dossierId, extractor, ...(title ? { title } : {}) });
  }

  accept(dossierId: string, proposalId: string, edits: AcceptEdits) {
    return this.request<Decision>(
      "POST",
      `${this.dossier(dossierId)}/proposals/${encodeURIComponent(proposalId)}/accept`,
      edits,
    );
  }

  reject(dossierId: string, proposalId: string, reason: string) {
    return this.request<Decision>(
      "POST",
      `${this.dossier(dossierId)}/proposals/${encodeURIComponent(proposalId)}/reject`,
      {
        reason,
      },
    );
  }

  liveUrl(dossierId: string): string {
    return `${this.base}${this.dossier(dossierId)}/live`;
  }
}
