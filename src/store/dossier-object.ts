// One dossier: its event stream, its projections, its Merkle tree and its outbox, in one
// Durable Object with its own SQLite database. An append checks the rules, folds the projections
// and hashes the leaves in memory, then writes all of it in one synchronous transaction.
import { DurableObject } from "cloudflare:workers";
import type { AppendRequest } from "../domain/append-request";
import type { StoredEvent, StoredEventOf } from "../domain/events";
import { PROJECTIONS_VERSION } from "../domain/projections";
import type { ProposalDoc } from "../domain/projections/proposals";
import type { SourceDoc } from "../domain/projections/sources";
import { inTermsOfEdits, planReview, type ReviewDecision } from "../domain/review/decide";
import { EXTRACTOR_AUTHOR, knownToExtractor } from "../domain/review/proposal-events";
import { factsFromDocs } from "../domain/rules";
import type { Env } from "../env";
import { failure, type Outcome } from "../errors";
import type { Extraction } from "../extract/contract";
import { rootAt } from "../proof/merkle";
import { appendBatch } from "./append-batch";
import { CheckpointSigner, type CheckpointView } from "./checkpoint-signer";
import { createGenerationTables } from "./doc-tables";
import { type DossierMeta, loadMeta, saveMeta } from "./dossier-meta";
import type {
  AppendPositions,
  AppendResult,
  DossierInfo,
  EventPage,
  ProjectionStatus,
  ReadingResult,
  ReviewResult,
  SourceReading,
} from "./dossier-views";
import { type ReadDirection, readEvents, seqAtTime } from "./event-log";
import { SqlMerkleNodes } from "./merkle-store";
import { publishOutbox } from "./outbox";
import { type ConsistencyProofView, consistencyProofView, type InclusionProofView, inclusionProofView } from "./proofs";
import { evaluate, type ReadAnswer, type ReadQuery } from "./read-query";
import { rebuildChunk, startRebuild } from "./rebuild";
import { RecentEvents } from "./recent-events";
import { dossierSchemaSql } from "./schema";
import { SharedCheckpoints } from "./shared-checkpoints";
import { checkedProposalEvents, proposalsOfSource } from "./source-readings";
import { SqlDocReader } from "./sql-doc-store";

/** Rows read per statement by the diagnostics scan. */
const DIAGNOSTICS_PAGE = 10_000;

export class DossierObject extends DurableObject<Env> {
  private meta!: DossierMeta;
  private readonly sql: SqlStorage;
  private readonly merkle: SqlMerkleNodes;
  private readonly signer: CheckpointSigner;
  /** One signature for the appends that arrive together (shared-checkpoints.ts). */
  private readonly checkpoints: SharedCheckpoints;
  /** What the outbox has yet to publish, kept from the appends (recent-events.ts). */
  private readonly recent = new RecentEvents();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.merkle = new SqlMerkleNodes(this.sql);
    this.signer = new CheckpointSigner(env);
    this.checkpoints = new SharedCheckpoints(
      () => this.meta.version,
      (size, root) => (root ? this.signCheckpoint(size, root) : this.checkpointAt(size)),
    );
    ctx.blockConcurrencyWhile(async () => {
      this.sql.exec(dossierSchemaSql);
      this.meta = loadMeta(this.sql);
      if (this.meta.version === 0) {
        // A new dossier's documents get tables of their own, so a rebuild can drop them whole.
        saveMeta(this.sql, { projectionsVersion: PROJECTIONS_VERSION });
        createGenerationTables(this.sql, this.meta.activeGeneration);
      } else if (this.meta.projectionsVersion !== PROJECTIONS_VERSION && !this.meta.rebuild) {
        // The projections' code changed since these documents were folded: rebuild them.
        this.meta.rebuild = startRebuild(this.sql, this.meta, `projections version ${PROJECTIONS_VERSION}`);
      }
      const outboxPending = this.sql.exec("SELECT 1 FROM outbox LIMIT 1").toArray().length > 0;
      if (outboxPending || this.meta.rebuild) await this.scheduleOutbox();
    });
  }

  /** Append a batch atomically: all of it, with its projections, tree and outbox row, or nothing. */
  async append(dossierId: string, request: AppendRequest, author: string): Promise<Outcome<AppendResult>> {
    const outcome = this.appendNow(dossierId, request, author);
    if (!outcome.ok) return outcome;
    const { fromSeq, toSeq, idempotentReplay, proposalIds, root } = outcome.value;
    const version = this.meta.version;
    const checkpoint = root ? await this.checkpoints.covering(version) : await this.checkpointAt(version);
    const proposals = proposalIds && proposalIds.length > 0 ? { proposalIds } : {};
    return { ok: true, value: { dossierId, fromSeq, toSeq, version, idempotentReplay, ...proposals, checkpoint } };
  }

  /** Store a batch (or answer its replay) and bring this object's state up to date with it. */
  private appendNow(dossierId: string, request: AppendRequest, author: string): Outcome<AppendPositions> {
    const outcome = appendBatch(
      { sql: this.sql, storage: this.ctx.storage, merkle: this.merkle, meta: this.meta, docs: this.docs() },
      dossierId,
      request,
      author,
    );
    if (!outcome.ok) return outcome;
    const { positions, changes, stored } = outcome.value;
    if (changes) {
      this.meta = { ...this.meta, ...changes };
      if (stored) this.recent.keep(stored);
      if (positions.root && this.meta.version === changes.version)
        this.checkpoints.appended(this.meta.version, positions.root);
      void this.scheduleOutbox();
      this.announceVersion();
    }
    return { ok: true, value: positions };
  }

  /** Accept (with an editor's edits) or reject a proposal; deciding twice the same way stores nothing twice. */
  async reviewProposal(
    dossierId: string,
    proposalId: string,
    decision: ReviewDecision,
    author: string,
  ): Promise<Outcome<ReviewResult>> {
    const missing = this.notFound(dossierId);
    if (missing) return missing;
    const docs = this.docs();
    const proposal = docs.get<ProposalDoc>("proposals", proposalId);
    if (!proposal) return failure("not_found", `no proposal "${proposalId}" in this dossier`, { proposalId });
    const facts = factsFromDocs(docs, () => this.meta.version);
    const plan = planReview(proposal, decision, facts, (id) => docs.get<ProposalDoc>("proposals", id));
    if (plan.kind === "refused") return failure(plan.code, plan.message, plan.details);
    const answer = async (positions: { fromSeq: number; toSeq: number }, replay: boolean, decided: ProposalDoc) => ({
      ok: true as const,
      value: {
        dossierId,
        proposalId,
        status: decided.status,
        ...(decided.claimId ? { claimId: decided.claimId } : {}),
        eventIds: [decided.decision?.eventId ?? "", ...(decided.decision?.eventIds ?? [])],
        ...positions,
        version: this.meta.version,
        idempotentReplay: replay,
        checkpoint: await this.checkpointAt(this.meta.version),
      },
    });
    if (plan.kind === "replay") {
      const seq = plan.proposal.decision?.seq ?? 0;
      return answer(
        { fromSeq: seq, toSeq: seq + (plan.proposal.decision?.eventIds?.length ?? 0) },
        true,
        plan.proposal,
      );
    }
    const outcome = this.appendNow(dossierId, { events: plan.events, expectedVersion: "any" }, author);
    if (!outcome.ok) return { ok: false, error: inTermsOfEdits(outcome.error, plan.events) };
    const decided = this.docs().get<ProposalDoc>("proposals", proposalId) ?? proposal;
    return answer(outcome.value, outcome.value.idempotentReplay, decided);
  }

  /** What the extractor needs to resolve names and link answers to this dossier. */
  async extractionContext(dossierId: string): Promise<Outcome<ReturnType<typeof knownToExtractor>>> {
    return this.notFound(dossierId) ?? { ok: true, value: knownToExtractor(this.docs(), this.meta.version) };
  }

  /** A source's reading by an extractor (by name): the one made before, or the text to read now. */
  async sourceReading(dossierId: string, sourceId: string, extractorName: string): Promise<Outcome<SourceReading>> {
    const source = this.textedSource(dossierId, sourceId);
    if (!source.ok) return source;
    const docs = this.docs();
    const earlier = proposalsOfSource(docs, sourceId, extractorName);
    if (earlier[0]) {
      const read = await this.readingResult(dossierId, sourceId, earlier[0].extractor, earlier, true);
      return { ok: true, value: { read } };
    }
    const { text = "", title, publishedAt } = source.value;
    const known = knownToExtractor(docs, this.meta.version);
    return { ok: true, value: { toRead: { text, title, ...(publishedAt ? { publishedAt } : {}), known } } };
  }

  /**
   * Record a reading of a source as proposals, after the source's own: all of them or none. A
   * second reading by the same extractor (a retry, or two editors at once) stores nothing and
   * answers the first one's proposals.
   */
  async recordReading(dossierId: string, sourceId: string, extraction: Extraction): Promise<Outcome<ReadingResult>> {
    const source = this.textedSource(dossierId, sourceId);
    if (!source.ok) return source;
    const earlier = proposalsOfSource(this.docs(), sourceId, extraction.extractor.name);
    if (earlier[0])
      return { ok: true, value: await this.readingResult(dossierId, sourceId, earlier[0].extractor, earlier, true) };
    const [sourceEvent] = readEvents(this.sql, dossierId, {
      direction: "forward",
      from: source.value.addedAtSeq - 1,
      limit: 1,
    }) as StoredEventOf<"source.added">[];
    if (!sourceEvent) return failure("internal_error", `the event that added source "${sourceId}" is missing`);
    const checked = checkedProposalEvents(sourceEvent, extraction, this.meta.version + 1);
    if ("problem" in checked) {
      return failure("unavailable", `the ${extraction.extractor.name} reading is not a valid set of proposals`, {
        problem: checked.problem,
      });
    }
    if (checked.events.length === 0)
      return { ok: true, value: await this.readingResult(dossierId, sourceId, extraction.extractor, [], false) };
    const request = { events: checked.events, expectedVersion: "any" as const, extractProposals: false };
    const outcome = this.appendNow(dossierId, request, EXTRACTOR_AUTHOR);
    if (!outcome.ok) return outcome;
    const made = proposalsOfSource(this.docs(), sourceId, extraction.extractor.name);
    return { ok: true, value: await this.readingResult(dossierId, sourceId, extraction.extractor, made, false) };
  }

  /** The dossier's source, when it exists and was added with its text. */
  private textedSource(dossierId: string, sourceId: string): Outcome<SourceDoc> {
    const missing = this.notFound(dossierId);
    if (missing) return missing;
    const source = this.docs().get<SourceDoc>("sources", sourceId);
    if (!source) return failure("not_found", `no source "${sourceId}" in this dossier`, { sourceId });
    if (source.text === undefined) {
      return failure("rule_violation", `source "${sourceId}" was added without its text: there is nothing to read`, {
        rule: "source_without_text",
        sourceId,
      });
    }
    return { ok: true, value: source };
  }

  private async readingResult(
    dossierId: string,
    sourceId: string,
    extractor: { name: string; version: string },
    proposals: ProposalDoc[],
    idempotentReplay: boolean,
  ): Promise<ReadingResult> {
    const version = this.meta.version;
    const checkpoint = await this.checkpointAt(version);
    const proposalIds = proposals.map((proposal) => proposal.proposalId);
    return { dossierId, sourceId, extractor, proposalIds, version, idempotentReplay, checkpoint };
  }

  private docs(asOfSeq?: number): SqlDocReader {
    return new SqlDocReader(this.sql, this.meta.activeGeneration, asOfSeq);
  }

  private notFound(dossierId: string): Outcome<never> | null {
    return this.meta.version === 0 ? failure("not_found", `no dossier "${dossierId}"`, { dossierId }) : null;
  }

  async info(dossierId: string): Promise<Outcome<DossierInfo>> {
    const missing = this.notFound(dossierId);
    if (missing) return missing;
    const docs = this.docs();
    const counts: Record<string, number> = {
      events: this.meta.version,
      actors: docs.count("actors"),
      sources: docs.count("sources"),
      claims: docs.count("claims"),
    };
    for (const [type, n] of Object.entries(this.meta.eventCounts)) counts[type] = n;
    return {
      ok: true,
      value: {
        dossierId,
        title: this.meta.title ?? dossierId,
        version: this.meta.version,
        createdAt: this.meta.createdAt ?? "",
        updatedAt: this.meta.lastRecordedAt ?? "",
        counts,
      },
    };
  }

  async readEvents(
    dossierId: string,
    page: { direction: ReadDirection; from: number | null; limit: number; types?: string[] },
  ): Promise<Outcome<EventPage>> {
    const missing = this.notFound(dossierId);
    if (missing) return missing;
    const forward = page.direction === "forward";
    const from = page.from ?? (forward ? 0 : this.meta.version + 1);
    const events = readEvents(this.sql, dossierId, { ...page, from, limit: page.limit + 1 });
    const more = events.length > page.limit;
    if (more) events.pop();
    const last = events[events.length - 1];
    return {
      ok: true,
      value: { dossierId, version: this.meta.version, events, next: more && last ? last.seq : null },
    };
  }

  /** A projection view, now or as it stood after `asOf` (a seq, or the last event recorded by a time). */
  async read(dossierId: string, query: ReadQuery, asOf?: number | string): Promise<Outcome<ReadAnswer>> {
    const missing = this.notFound(dossierId);
    if (missing) return missing;
    const version = this.meta.version;
    const asOfSeq =
      asOf === undefined ? version : typeof asOf === "number" ? Math.min(asOf, version) : seqAtTime(this.sql, asOf);
    const docs = this.docs(asOfSeq === version ? undefined : asOfSeq);
    const outcome = evaluate(docs, query);
    if (!outcome.ok) return outcome;
    return {
      ok: true,
      value: {
        dossierId,
        version,
        updatedAt: this.meta.lastRecordedAt,
        asOfSeq,
        treeSize: asOfSeq,
        result: outcome.value,
      },
    };
  }

  async checkpoint(dossierId: string): Promise<Outcome<CheckpointView>> {
    const missing = this.notFound(dossierId);
    if (missing) return missing;
    return { ok: true, value: await this.checkpointAt(this.meta.version) };
  }

  async inclusionProof(dossierId: string, seq: number, size?: number): Promise<Outcome<InclusionProofView>> {
    return (
      this.notFound(dossierId) ??
      inclusionProofView(this.merkle, dossierId, seq, size ?? this.meta.version, this.meta.version)
    );
  }

  async consistencyProof(dossierId: string, fromSize: number, toSize?: number): Promise<Outcome<ConsistencyProofView>> {
    return (
      this.notFound(dossierId) ??
      consistencyProofView(this.merkle, dossierId, fromSize, toSize ?? this.meta.version, this.meta.version)
    );
  }

  /** Events after `after`, each with the signed checkpoint of the append that stored it. */
  async eventsForDelivery(
    dossierId: string,
    after: number,
    limit: number,
  ): Promise<Outcome<Array<{ event: StoredEvent; checkpoint: CheckpointView }>>> {
    const missing = this.notFound(dossierId);
    if (missing) return missing;
    const events = readEvents(this.sql, dossierId, { direction: "forward", from: after, limit });
    const delivered: Array<{ event: StoredEvent; checkpoint: CheckpointView }> = [];
    for (const event of events) {
      const kept = this.sql
        .exec<{ body: string }>("SELECT body FROM checkpoints WHERE size >= ? ORDER BY size LIMIT 1", event.seq)
        .toArray()[0];
      const checkpoint = kept ? (JSON.parse(kept.body) as CheckpointView) : await this.checkpointAt(this.meta.version);
      delivered.push({ event, checkpoint });
    }
    return { ok: true, value: delivered };
  }

  /** The signed tree head for `size`, signed once and kept. */
  private async checkpointAt(size: number): Promise<CheckpointView> {
    const kept = this.sql.exec<{ body: string }>("SELECT body FROM checkpoints WHERE size = ?", size).toArray()[0];
    if (kept) return JSON.parse(kept.body) as CheckpointView;
    return this.signCheckpoint(size, rootAt(this.merkle, size));
  }

  private async signCheckpoint(size: number, root: Uint8Array): Promise<CheckpointView> {
    const view = await this.signer.sign(this.meta.dossierId ?? "", size, root);
    // If another request signed this size meanwhile, the first one kept stays the one served later.
    this.sql.exec("INSERT OR IGNORE INTO checkpoints (size, body) VALUES (?, ?)", size, JSON.stringify(view));
    return view;
  }

  /**
   * True from when this object sets the alarm until the alarm runs: appends in between need not ask
   * storage whether one is set (every append used to, costing a storage round trip each).
   */
  private alarmSet = false;

  private async scheduleOutbox(): Promise<void> {
    if (this.alarmSet) return;
    if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(Date.now());
    this.alarmSet = true;
  }

  /**
   * Watchers (the Worker's long-polls and live streams) connect over a WebSocket that this object
   * accepts with the hibernation API: idle watchers cost the object nothing, and each new version
   * is pushed to all of them at once.
   */
  override async fetch(request: Request): Promise<Response> {
    if (new URL(request.url).pathname !== "/watch" || request.headers.get("upgrade") !== "websocket") {
      return new Response("not found", { status: 404 });
    }
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1]);
    pair[1].send(this.versionMessage());
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  override async webSocketMessage(): Promise<void> {
    // Watchers only listen.
  }

  override async webSocketClose(socket: WebSocket, code: number): Promise<void> {
    socket.close(code === 1005 ? 1000 : code, "closing");
  }

  private versionMessage(): string {
    return JSON.stringify({ version: this.meta.version, updatedAt: this.meta.lastRecordedAt });
  }

  private announceVersion(): void {
    const message = this.versionMessage();
    for (const socket of this.ctx.getWebSockets()) {
      try {
        socket.send(message);
      } catch {
        // a watcher that went away; its close handler tidies up
      }
    }
  }

  /** The version alone: what a conditional read needs to answer 304. */
  async currentVersion(dossierId: string): Promise<Outcome<{ version: number; updatedAt: string | null }>> {
    return (
      this.notFound(dossierId) ?? {
        ok: true,
        value: { version: this.meta.version, updatedAt: this.meta.lastRecordedAt },
      }
    );
  }

  /**
   * Diagnostics for operators and the benchmark: read every stored event once (the bare scan a
   * rebuild is compared with) and report the database's size.
   */
  async diagnostics(dossierId: string): Promise<Outcome<{ events: number; scanned: number; databaseBytes: number }>> {
    const missing = this.notFound(dossierId);
    if (missing) return missing;
    // A page at a time: the cursor holds what it returned, and a million rows at once passed 128 MB.
    let scanned = 0;
    for (let after = 0; ; ) {
      const rows = this.sql
        .exec<{ seq: number; data: string }>(
          "SELECT seq, data FROM events WHERE seq > ? ORDER BY seq LIMIT ?",
          after,
          DIAGNOSTICS_PAGE,
        )
        .toArray();
      for (const row of rows) scanned += row.data.length > 0 ? 1 : 0;
      const last = rows[rows.length - 1];
      if (!last || rows.length < DIAGNOSTICS_PAGE) break;
      after = last.seq;
    }
    return { ok: true, value: { events: this.meta.version, scanned, databaseBytes: this.sql.databaseSize } };
  }

  /** Start rebuilding every projection from event zero; readers keep the current view meanwhile. */
  async rebuildProjections(dossierId: string): Promise<Outcome<ProjectionStatus>> {
    const missing = this.notFound(dossierId);
    if (missing) return missing;
    if (!this.meta.rebuild) {
      this.meta = { ...this.meta, rebuild: startRebuild(this.sql, this.meta, "requested") };
      await this.ctx.storage.setAlarm(Date.now());
    }
    return { ok: true, value: this.projectionStatus() };
  }

  async projections(dossierId: string): Promise<Outcome<ProjectionStatus>> {
    return this.notFound(dossierId) ?? { ok: true, value: this.projectionStatus() };
  }

  private projectionStatus(): ProjectionStatus {
    return {
      activeGeneration: this.meta.activeGeneration,
      projectionsVersion: this.meta.projectionsVersion,
      version: this.meta.version,
      rebuild: this.meta.rebuild,
    };
  }

  /** Publish appended batches to their consumers, and fold the next rebuild chunk, if any. */
  override async alarm(): Promise<void> {
    this.alarmSet = false;
    if (this.meta.rebuild) {
      const dossierId = this.meta.dossierId ?? "";
      const changes = this.ctx.storage.transactionSync(() => rebuildChunk(this.sql, dossierId, this.meta));
      this.meta = { ...this.meta, ...changes };
    }
    const pending = await publishOutbox(
      this.sql,
      this.env,
      this.meta.dossierId ?? "",
      this.meta.title ?? "",
      (after, limit) => this.recent.after(after, limit),
    );
    this.recent.publishedBefore(pending);
    if (this.meta.rebuild) await this.ctx.storage.setAlarm(Date.now());
    else if (pending !== null) await this.ctx.storage.setAlarm(Date.now() + 1_000);
  }
}
