// The bench's reference Worker, run beside the ledger in the same workerd version: what each
// figure is a ratio to, and the floors that say how far a target can be reached at all.
//   GET  /           a constant answer (the bare Worker: reads are compared with it)
//   GET  /sized?bytes=N  a constant answer of N bytes: what the size of an answer alone costs
//   GET  /not-modified?headers=JSON  a 304 with the given headers: what such an answer alone costs
//   POST /insert     one row inserted into a Durable Object (single appends are compared with it)
//   POST /events     a batch stored as rows with a unique id, one statement: the least an event
//                    store with idempotent ids writes (the batched-append floor)
//   POST /hashed     the same, with each event's RFC 9162 leaf hash stored beside it and the tree's
//                    interior nodes and root computed (not stored): the least a Merkle log adds
//   POST /rebuild/fill?from=&to=, /rebuild/scan, /rebuild/scan-and-write
//                    events of the bench's claim shape; a scan of them; the same scan writing one
//                    row per event read (the least a rebuild of every projection can write)

import { DurableObject } from "cloudflare:workers";
import { createHash } from "node:crypto";

const PAGE = 10_000;
const WRITE_ROWS = 1_000;
const encoder = new TextEncoder();

function sha256(bytes) {
  return new Uint8Array(createHash("sha256").update(bytes).digest());
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

function toHex(bytes) {
  let hex = "";
  for (const byte of bytes) hex += HEX[byte];
  return hex;
}

function withPrefix(prefix, ...parts) {
  const input = new Uint8Array(1 + parts.reduce((sum, part) => sum + part.length, 0));
  input[0] = prefix;
  let offset = 1;
  for (const part of parts) {
    input.set(part, offset);
    offset += part.length;
  }
  return input;
}

export class ReferenceObject extends DurableObject {
  constructor(ctx, env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.sql.exec(`
      CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, body TEXT NOT NULL, leaf BLOB);
      CREATE TABLE IF NOT EXISTS scanned (seq INTEGER PRIMARY KEY, body TEXT NOT NULL);`);
    this.size = this.sql.exec("SELECT count(*) AS n FROM events").one().n;
    /** The tree's right edge, one hash per level: perfect subtrees waiting for a right sibling. */
    this.edge = [];
  }

  insert(body) {
    // The new row's id, not count(*): a count scans the table, and would slow as the bench fills it.
    return this.sql.exec("INSERT INTO rows (body) VALUES (?) RETURNING id", body).one().id;
  }

  insertEvents(text, hashed) {
    const events = JSON.parse(text);
    const rows = events.map((event) => {
      const body = JSON.stringify(event);
      this.size += 1;
      return [this.size, event.id, body, hashed ? this.appendLeaf(body) : null];
    });
    this.sql.exec(
      "INSERT INTO events (seq, id, body, leaf) SELECT value ->> 0, value ->> 1, value ->> 2, unhex(value ->> 3) FROM json_each(?)",
      JSON.stringify(rows),
    );
    if (hashed) this.root();
    return events.length;
  }

  /** Hash one leaf into the right edge (RFC 9162: a right child completes its parent); its hex. */
  appendLeaf(body) {
    const leaf = sha256(withPrefix(0x00, encoder.encode(body)));
    let node = leaf;
    let level = 0;
    while (this.edge[level] !== undefined) {
      node = sha256(withPrefix(0x01, this.edge[level], node));
      this.edge[level] = undefined;
      level += 1;
    }
    this.edge[level] = node;
    return toHex(leaf);
  }

  root() {
    let root;
    for (const node of this.edge) {
      if (node !== undefined) root = root === undefined ? node : sha256(withPrefix(0x01, node, root));
    }
    return root;
  }

  /** Events `from`..`to` of the bench's claim shape, made by SQLite itself (no RPC of a million rows). */
  fill(from, to) {
    if (from === 1) this.sql.exec("DELETE FROM events");
    this.sql.exec(
      `WITH RECURSIVE n(x) AS (SELECT ? UNION ALL SELECT x + 1 FROM n WHERE x < ?)
       INSERT INTO events (seq, id, body)
       SELECT x, 'e-' || x, json_object('claimId', 'c' || x, 'claimantId', 'party-' || (x % 40),
         'accusedIds', json_array('party-' || ((x * 7 + 1) % 40)), 'category', 'violating-ceasefire',
         'allegation', 'generated', 'sourceId', 'src', 'quote', json_object('text', 'quote ' || x, 'paragraph', 1),
         'mode', 'reported') FROM n`,
      from,
      to,
    );
    this.size = to;
    return this.sql.exec("SELECT count(*) AS n FROM events").one().n;
  }

  /** Read every row once, a page a statement, as the ledger's diagnostics scan does. */
  scan() {
    let scanned = 0;
    for (let after = 0; ; ) {
      const rows = this.sql
        .exec("SELECT seq, body FROM events WHERE seq > ? ORDER BY seq LIMIT ?", after, PAGE)
        .toArray();
      for (const row of rows) scanned += row.body.length > 0 ? 1 : 0;
      if (rows.length < PAGE) return scanned;
      after = rows[rows.length - 1].seq;
    }
  }

  /** The same scan, writing one row per event read: the least a fold of every event can write. */
  scanAndWrite() {
    this.sql.exec("DELETE FROM scanned");
    let written = 0;
    for (let after = 0; ; ) {
      const rows = this.sql
        .exec("SELECT seq, body FROM events WHERE seq > ? ORDER BY seq LIMIT ?", after, PAGE)
        .toArray();
      this.ctx.storage.transactionSync(() => {
        // A statement's bound text stays under SQLite's 2 MB limit here: 1,000 rows at a time.
        for (let from = 0; from < rows.length; from += WRITE_ROWS) {
          this.sql.exec(
            "INSERT INTO scanned (seq, body) SELECT value ->> 0, value ->> 1 FROM json_each(?)",
            JSON.stringify(rows.slice(from, from + WRITE_ROWS).map((row) => [row.seq, row.body])),
          );
        }
      });
      written += rows.length;
      if (rows.length < PAGE) return written;
      after = rows[rows.length - 1].seq;
    }
  }
}

/** A constant JSON answer of about `bytes` bytes, made once per size. */
const sized = new Map();
function sizedBody(bytes) {
  if (!sized.has(bytes)) sized.set(bytes, JSON.stringify({ padding: "x".repeat(Math.max(0, bytes - 14)) }));
  return sized.get(bytes);
}

/** Header sets sent by the bench, parsed once each: the ceiling should cost what the answer costs. */
const headerSets = new Map();
function headersOf(json) {
  if (!headerSets.has(json)) headerSets.set(json, JSON.parse(json ?? "{}"));
  return headerSets.get(json);
}

const one = (env, name) => env.REF.get(env.REF.idFromName(name));

export default {
  async fetch(request, env) {
    const { pathname } = new URL(request.url);
    if (request.method === "POST" && pathname === "/insert") {
      const n = await one(env, "insert").insert(await request.text());
      return Response.json({ n }, { status: 201 });
    }
    if (request.method === "POST" && (pathname === "/events" || pathname === "/hashed")) {
      const n = await one(env, pathname).insertEvents(await request.text(), pathname === "/hashed");
      return Response.json({ n }, { status: 201 });
    }
    if (request.method === "POST" && pathname.startsWith("/rebuild/")) {
      const object = one(env, "rebuild");
      const step = pathname.slice("/rebuild/".length);
      const query = new URL(request.url).searchParams;
      const n =
        step === "fill"
          ? await object.fill(Number(query.get("from")), Number(query.get("to")))
          : step === "scan"
            ? await object.scan()
            : await object.scanAndWrite();
      return Response.json({ n });
    }
    if (pathname === "/not-modified") {
      return new Response(null, { status: 304, headers: headersOf(new URL(request.url).searchParams.get("headers")) });
    }
    if (pathname === "/sized") {
      const bytes = Number(new URL(request.url).searchParams.get("bytes"));
      return new Response(sizedBody(bytes), { headers: { "content-type": "application/json" } });
    }
    return new Response('{"ok":true}', { headers: { "content-type": "application/json" } });
  },
};
