// Appending one batch to a dossier's store: the replay or conflict answer for ids already stored,
// the version check, the rules and projections folded event by event (then the proposals the
// extractor reads from the batch's sources), the Merkle leaves, and one synchronous transaction
// that writes events, documents, tree nodes, the outbox row and the meta together, or nothing.
import type { AppendRequest } from "../domain/append-request";
import type { StoredEvent } from "../domain/events";
import { applyEvent } from "../domain/projections";
import { checkEvent, factKeysNamed, factsFromDocs } from "../domain/rules";
import { failure, type Outcome } from "../errors";
import { canonicalEventBytes } from "../proof/canonical";
import { appendLeaves, leafHash } from "../proof/merkle";
import { type DossierMeta, saveMeta } from "./dossier-meta";
import type { AppendPositions } from "./dossier-views";
import { contentHash, findStoredIds, insertEvents } from "./event-log";
import type { SqlMerkleNodes } from "./merkle-store";
import { proposalsFor } from "./proposals-for";
import { BatchDocStore, type SqlDocReader } from "./sql-doc-store";

/** What an append needs of its object: the database, the tree, the meta and the current documents. */
export interface BatchContext {
  sql: SqlStorage;
  storage: DurableObjectStorage;
  merkle: SqlMerkleNodes;
  meta: DossierMeta;
  docs: SqlDocReader;
}

export function appendBatch(
  batchContext: BatchContext,
  dossierId: string,
  request: AppendRequest,
  author: string,
): Outcome<{ positions: AppendPositions; changes?: Partial<DossierMeta>; stored?: StoredEvent[] }> {
  const { sql, storage, merkle, meta } = batchContext;
  const { events, expectedVersion } = request;
  const ids = events.map((event) => event.id);

  // A retry of an acknowledged batch answers as the first time did, whatever the version is now.
  // Content is hashed only then: a first append never needs it.
  const stored = findStoredIds(sql, ids);
  if (stored.size > 0) {
    const replay = replayOrConflict(
      events.map((e) => ({ id: e.id, hash: contentHash(e) })),
      stored,
    );
    return replay.ok ? { ok: true, value: { positions: replay.value } } : replay;
  }

  const duplicate = ids.findIndex((id, index) => ids.indexOf(id) !== index);
  if (duplicate >= 0) {
    return failure("rule_violation", `event id "${ids[duplicate]}" appears twice in the batch`, {
      rule: "duplicate_event_id",
      pointer: `/events/${duplicate}/id`,
    });
  }

  const version = meta.version;
  if (
    (expectedVersion === "no_stream" && version !== 0) ||
    (typeof expectedVersion === "number" && expectedVersion !== version)
  ) {
    return failure("version_conflict", `expected version ${expectedVersion}, but the dossier is at ${version}`, {
      expectedVersion,
      currentVersion: version,
    });
  }

  const batch = new BatchDocStore(batchContext.docs, sql, meta.activeGeneration);
  // The actors, sources and claims the events name, read in a statement each rather than one an event.
  for (const [collection, keys] of factKeysNamed(events)) batch.prefetch(collection, keys);
  const facts = factsFromDocs(batch, () => batch.seq - 1);
  const now = new Date().toISOString();
  const recordedAt = meta.lastRecordedAt !== null && meta.lastRecordedAt > now ? meta.lastRecordedAt : now;
  const storedEvents: StoredEvent[] = [];
  for (const [index, event] of events.entries()) {
    batch.seq = version + index + 1;
    const broken = checkEvent(facts, event);
    if (broken) {
      return failure("rule_violation", broken.message, {
        rule: broken.rule,
        pointer: `/events/${index}${broken.pointer}`,
      });
    }
    const storedEvent = {
      ...event,
      dossierId,
      seq: batch.seq,
      recordedAt,
      metadata: { ...event.metadata, author },
    } as StoredEvent;
    applyEvent(batch, storedEvent);
    storedEvents.push(storedEvent);
  }
  // Sources added with their text are read now: the proposals follow the batch, in the same transaction.
  const clientCount = storedEvents.length;
  const readSources = request.extractProposals !== false;
  for (const proposal of readSources ? proposalsFor(storedEvents, batch, version + clientCount + 1) : []) {
    batch.seq = version + storedEvents.length + 1;
    if (checkEvent(facts, proposal)) continue;
    const storedEvent = { ...proposal, dossierId, seq: batch.seq, recordedAt } as StoredEvent;
    applyEvent(batch, storedEvent);
    storedEvents.push(storedEvent);
  }

  const leaves = storedEvents.map((event) => leafHash(canonicalEventBytes(event)));
  const tree = appendLeaves(merkle, version, leaves);
  const toSeq = version + storedEvents.length;
  const eventCounts = { ...meta.eventCounts };
  for (const event of storedEvents) eventCounts[event.type] = (eventCounts[event.type] ?? 0) + 1;
  const opened = events.find((event) => event.type === "dossier.opened");
  const changes: Partial<DossierMeta> = { version: toSeq, lastRecordedAt: recordedAt, eventCounts };
  if (opened?.type === "dossier.opened")
    Object.assign(changes, { dossierId, title: opened.data.title, createdAt: recordedAt });

  storage.transactionSync(() => {
    insertEvents(sql, storedEvents);
    batch.flush();
    merkle.insert(tree.nodes);
    sql.exec("INSERT INTO outbox (to_seq, from_seq, created_at) VALUES (?, ?, ?)", toSeq, version + 1, recordedAt);
    saveMeta(sql, changes);
  });
  merkle.remember(tree.nodes);
  const proposalIds = storedEvents
    .slice(clientCount)
    .flatMap((event) => (event.type === "proposal.created" ? [event.data.proposalId] : []));
  const positions = { fromSeq: version + 1, toSeq: version + clientCount, idempotentReplay: false, proposalIds };
  return { ok: true, value: { positions: { ...positions, root: tree.root }, changes, stored: storedEvents } };
}

function replayOrConflict(
  sent: Array<{ id: string; hash: string }>,
  stored: Map<string, { seq: number; contentHash: string }>,
): Outcome<AppendPositions> {
  const changed = sent
    .filter(({ id, hash }) => stored.has(id) && stored.get(id)?.contentHash !== hash)
    .map((e) => e.id);
  if (changed.length > 0) {
    return failure("event_id_conflict", "these event ids are already stored with different content", {
      ids: changed,
    });
  }
  if (stored.size < sent.length) {
    const storedIds = sent.filter(({ id }) => stored.has(id)).map((e) => e.id);
    return failure("event_id_conflict", "part of this batch is already stored: a batch is stored whole or not at all", {
      ids: storedIds,
    });
  }
  const seqs = [...stored.values()].map((entry) => entry.seq);
  return { ok: true, value: { fromSeq: Math.min(...seqs), toSeq: Math.max(...seqs), idempotentReplay: true } };
}
