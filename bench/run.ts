// The benchmark: the bundled Worker on workerd (through Miniflare, not `wrangler dev`), beside a
// reference Worker in the same run, loaded by autocannon on loopback. Every figure is a ratio to
// its reference, because this machine is shared and noisy. Writes bench/results.json.
import { execFileSync } from "node:child_process";
import { createHash, generateKeyPairSync } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { canonicalEventBytes } from "../src/proof/canonical";
import { leafHash } from "../src/proof/merkle";
import { startReceiver } from "../test/support/webhook-receiver";
import { heapProbe } from "./heap";

const ADMIN = "bench-admin-token";
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
const LARGE_DOSSIER = Number(process.env.BENCH_LARGE ?? 100_000);
const REBUILD_EVENTS = Number(process.env.BENCH_REBUILD ?? 1_000_000);

// wrangler's own Miniflare and workerd: the runtime `wrangler dev` and the tests use.
const requireFromWrangler = createRequire(createRequire(import.meta.url).resolve("wrangler/package.json"));
// Typed loosely: the Miniflare types installed at the top level are the pool's newer major version.
type MiniflareLike = { ready: Promise<URL>; dispose(): Promise<void> };
const { Miniflare } = (await import(requireFromWrangler.resolve("miniflare"))) as {
  Miniflare: new (options: Record<string, unknown>) => MiniflareLike;
};

/** Bundle an entry (the Worker's own by default) as `wrangler deploy` would, without deploying it. */
function bundleWorker(entry?: string): string {
  const outdir = entry ? "bench/out/floor" : "bench/out";
  execFileSync("node_modules/.bin/wrangler", ["deploy", ...(entry ? [entry] : []), "--dry-run", "--outdir", outdir], {
    stdio: "ignore",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  return entry ? `${outdir}/floor-worker.js` : `${outdir}/index.js`;
}

/** A port nothing listens on, for the ledger's inspector. */
async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The ledger's Worker; `dossierClass` replaces its dossier object (the floor Worker's one-insert object). */
async function startLedger(scriptPath: string, inspectorPort?: number, dossierClass = "DossierObject") {
  const signingKey = generateKeyPairSync("ed25519")
    .privateKey.export({ format: "der", type: "pkcs8" })
    .toString("base64");
  const mf = new Miniflare({
    host: "127.0.0.1",
    port: 0,
    inspectorPort,
    modules: true,
    scriptPath,
    compatibilityDate: "2026-04-20",
    compatibilityFlags: ["nodejs_compat"],
    durableObjects: {
      DOSSIER: { className: dossierClass, useSQLite: true },
      HUB: { className: "HubObject", useSQLite: true },
      WEBHOOK: { className: "WebhookObject", useSQLite: true },
    },
    durableObjectsPersist: mkdtempSync(join(tmpdir(), "bench-ledger-")),
    bindings: {
      CHECKPOINT_SIGNING_KEY: signingKey,
      CHECKPOINT_KEY_NAME: "claims-ledger.bench",
      API_TOKENS: JSON.stringify([
        { name: "bench", scopes: ["read", "write", "admin"], sha256: createHash("sha256").update(ADMIN).digest("hex") },
      ]),
      WEBHOOKS_ALLOW_PRIVATE: "true",
    },
  });
  return { mf, url: (await mf.ready).origin };
}

async function startReference() {
  const mf = new Miniflare({
    host: "127.0.0.1",
    port: 0,
    modules: true,
    scriptPath: "bench/reference-worker.js",
    compatibilityDate: "2026-04-20",
    compatibilityFlags: ["nodejs_compat"],
    durableObjects: { REF: { className: "ReferenceObject", useSQLite: true } },
    durableObjectsPersist: mkdtempSync(join(tmpdir(), "bench-reference-")),
  });
  return { mf, url: (await mf.ready).origin };
}

const auth = { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" };

async function post(url: string, body: unknown) {
  const response = await fetch(url, { method: "POST", headers: auth, body: JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url}: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

type Load = { requestsPerSecond: number; p50: number; p99: number; non2xx: number; errors: number };

async function load(options: autocannon.Options): Promise<Load> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION, ...options });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * A figure and its reference, measured in alternation (reference, figure, reference, figure), so
 * that a burst of load from elsewhere on this shared machine falls on both; each is the mean of its
 * rounds.
 */
async function paired(
  figure: autocannon.Options,
  reference: autocannon.Options,
  rounds = 2,
): Promise<{ figure: Load; reference: Load; ratio: number }> {
  const figures: Load[] = [];
  const references: Load[] = [];
  for (let round = 0; round < rounds; round++) {
    references.push(await load(reference));
    figures.push(await load(figure));
  }
  const mean = (loads: Load[]): Load => ({
    requestsPerSecond: loads.reduce((sum, l) => sum + l.requestsPerSecond, 0) / loads.length,
    p50: Math.max(...loads.map((l) => l.p50)),
    p99: Math.max(...loads.map((l) => l.p99)),
    non2xx: loads.reduce((sum, l) => sum + l.non2xx, 0),
    errors: loads.reduce((sum, l) => sum + l.errors, 0),
  });
  const f = mean(figures);
  const r = mean(references);
  return { figure: f, reference: r, ratio: ratio(f.requestsPerSecond, r.requestsPerSecond) };
}

let counter = 0;
const actorEvent = (prefix: string) => {
  counter += 1;
  return {
    id: `${prefix}-${counter}`,
    type: "actor.identified",
    data: { actorId: `a-${prefix}-${counter}`, name: "A", kind: "state" },
  };
};

function claimsStream(dossierId: string, count: number, batch: number) {
  const batches: unknown[][] = [];
  const parties = Array.from({ length: 40 }, (_, i) => `party-${i}`);
  const head: unknown[] = [
    { id: `${dossierId}-open`, type: "dossier.opened", data: { title: dossierId } },
    ...parties.map((actorId) => ({
      id: `${dossierId}-${actorId}`,
      type: "actor.identified",
      data: { actorId, name: actorId, kind: "state" },
    })),
    {
      id: `${dossierId}-src`,
      type: "source.added",
      data: { sourceId: "src", kind: "article", publisher: "p", title: "t" },
    },
  ];
  let current = head;
  for (let i = 0; current.length + i < count; i++) {
    const from = parties[i % 40] as string;
    const to = parties[(i * 7 + 1) % 40] as string;
    const made = {
      id: `${dossierId}-c${i}`,
      type: "claim.made",
      data: {
        claimId: `c${i}`,
        claimantId: from,
        accusedIds: [to === from ? (parties[(i + 1) % 40] as string) : to],
        category: i % 3 === 0 ? "targeting-civilians" : "violating-ceasefire",
        allegation: "generated",
        sourceId: "src",
        quote: { text: `quote ${i}`, paragraph: 1 },
        mode: "reported",
      },
    };
    current.push(made);
    if (current.length >= batch) {
      batches.push(current);
      current = [];
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Wait until the hub has applied every event of the dossier: after a large append it folds them
 * into the global view on the same workerd thread, which would otherwise load the next figure.
 */
async function hubCaughtUp(url: string, dossierId: string): Promise<number> {
  const started = performance.now();
  for (;;) {
    const listing = (await (await fetch(`${url}/v1/dossiers`)).json()) as {
      dossiers: Array<{ dossierId: string; version: number; headVersion: number }>;
    };
    const entry = listing.dossiers.find((d) => d.dossierId === dossierId);
    const head = (await (await fetch(`${url}/v1/dossiers/${dossierId}`)).json()) as { version: number };
    if (entry && entry.version >= head.version) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function appendAll(url: string, dossierId: string, batches: unknown[][]) {
  const started = performance.now();
  for (const events of batches) await post(`${url}/v1/dossiers/${dossierId}/events`, { events });
  return performance.now() - started;
}

function workerdPeakRss(): number {
  // The highest resident set of any workerd process of this run, from /proc (kB → MB).
  let peak = 0;
  for (const pid of execFileSync("pgrep", ["-f", "workerd"], { encoding: "utf8" }).trim().split("\n")) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, hwm / 1024);
    } catch {
      // gone
    }
  }
  return Math.round(peak);
}

const ratio = (value: number, reference: number) => Math.round((value / reference) * 100) / 100;

async function main() {
  const scriptPath = bundleWorker();
  const inspectorPort = await freePort();
  const ledger = await startLedger(scriptPath, inspectorPort);
  const heap = await heapProbe(inspectorPort);
  const reference = await startReference();
  const figures: Record<string, unknown> = {};
  const table: Array<[string, string, string, string]> = [];
  const row = (name: string, value: string, vs: string, target: string) => {
    table.push([name, value, vs, target]);
    console.log(`${name.padEnd(44)} ${value.padEnd(26)} ${vs.padEnd(16)} ${target}`);
  };
  console.log(`${"figure".padEnd(44)} ${"value".padEnd(26)} ${"ratio".padEnd(16)} target`);

  // 1. Single-event appends to one dossier vs one-row inserts into a reference Durable Object.
  await post(`${ledger.url}/v1/dossiers/bench-single/events`, {
    events: [{ id: "open", type: "dossier.opened", data: { title: "bench" } }],
  });
  /** One-event appends to bench-single on `origin`, in alternation with the reference's one-row inserts. */
  const singleAppendsVsInsert = (origin: string, prefix: string) =>
    paired(
      {
        url: `${origin}/v1/dossiers/bench-single/events`,
        method: "POST",
        headers: auth,
        requests: [
          {
            setupRequest: (request: autocannon.Request) => ({
              ...request,
              body: JSON.stringify({ events: [actorEvent(prefix)] }),
            }),
          },
        ],
      },
      { url: `${reference.url}/insert`, method: "POST", body: JSON.stringify(actorEvent("ref")) },
    );
  const singlePair = await singleAppendsVsInsert(ledger.url, "single");
  const single = singlePair.figure;
  const refInsert = singlePair.reference;
  figures.singleAppend = { ledger: single, referenceInsert: refInsert, ratio: singlePair.ratio };
  row(
    "single-event appends (events/s)",
    `${Math.round(single.requestsPerSecond)} p50 ${single.p50}ms p99 ${single.p99}ms`,
    `${singlePair.ratio} of DO insert`,
    "≥ 0.8",
  );

  // 1b. The ceiling of that ratio: the ledger's own Worker (router, auth, validation, response) in
  // front of an object that only inserts one row, as the reference does (bench/floor-worker.ts).
  const floorLedger = await startLedger(bundleWorker("bench/floor-worker.ts"), undefined, "OneInsertDossier");
  const ceilingPair = await singleAppendsVsInsert(floorLedger.url, "ceiling");
  await floorLedger.mf.dispose();
  figures.singleAppendCeiling = ceilingPair;
  row(
    "  ceiling: the ledger's Worker over one insert",
    `${Math.round(ceilingPair.figure.requestsPerSecond)} req/s`,
    `${ceilingPair.ratio} of DO insert`,
    "bounds the line above",
  );

  // 2. Batched appends: 100 and 1,000 events a request, one dossier each. The hub folds what the
  // figure before appended on the same thread: each figure starts once it has caught up.
  for (const size of [100, 1000]) {
    await hubCaughtUp(ledger.url, size === 100 ? "bench-single" : "bench-batch-100");
    const dossierId = `bench-batch-${size}`;
    await post(`${ledger.url}/v1/dossiers/${dossierId}/events`, {
      events: [{ id: "open", type: "dossier.opened", data: { title: "bench" } }],
    });
    const batchLoad = await load({
      url: `${ledger.url}/v1/dossiers/${dossierId}/events`,
      method: "POST",
      headers: auth,
      connections: 2,
      requests: [
        {
          setupRequest: (request: autocannon.Request) => ({
            ...request,
            body: JSON.stringify({ events: Array.from({ length: size }, () => actorEvent(`b${size}`)) }),
          }),
        },
      ],
    });
    const eventsPerSecond = Math.round(batchLoad.requestsPerSecond * size);
    figures[`batchedAppend${size}`] = { ...batchLoad, eventsPerSecond };
    row(`batched appends, ${size} a request (events/s)`, String(eventsPerSecond), "-", "≥ 100,000");
  }

  // 2b. Floors of batched appends, 1,000 events a request on the reference object: the events alone
  // as rows with a unique id (one statement), then with their Merkle leaves and interior nodes hashed.
  for (const [path, name] of [
    ["/events", "  floor: events stored as rows, no hashing"],
    ["/hashed", "  floor: the same with RFC 9162 hashing"],
  ] as const) {
    const floorLoad = await load({
      url: `${reference.url}${path}`,
      method: "POST",
      connections: 2,
      requests: [
        {
          setupRequest: (request: autocannon.Request) => ({
            ...request,
            body: JSON.stringify(
              Array.from({ length: 1000 }, () => ({ ...actorEvent(`f${path}`), schemaVersion: 1, metadata: {} })),
            ),
          }),
        },
      ],
    });
    const eventsPerSecond = Math.round(floorLoad.requestsPerSecond * 1000);
    figures[`batchedFloor${path === "/events" ? "Rows" : "Hashed"}`] = { ...floorLoad, eventsPerSecond };
    row(name, `${eventsPerSecond} events/s`, "-", "bounds the line above");
  }

  // The Merkle leaf's share of an append: canonical bytes and the leaf hash of each event, with the
  // same code the store runs (here in Node's V8 and OpenSSL, workerd's are alike), against the
  // per-event time of the batched appends above.
  const hashed = Array.from({ length: 20_000 }, (_, seq) => ({
    ...(claimsStream("h", 60, 100)[0]?.[50] as object),
    seq: seq + 1,
    schemaVersion: 1,
    recordedAt: new Date().toISOString(),
    metadata: { author: "bench" },
  }));
  // Warm: the object hashes in a warm isolate, so the first (interpreted) pass is not timed.
  for (const event of hashed) leafHash(canonicalEventBytes(event as Parameters<typeof canonicalEventBytes>[0]));
  const hashStarted = performance.now();
  for (const event of hashed) leafHash(canonicalEventBytes(event as Parameters<typeof canonicalEventBytes>[0]));
  const hashMicros = ((performance.now() - hashStarted) * 1000) / hashed.length;
  const batchedMicros = 1e6 / ((figures.batchedAppend1000 as { eventsPerSecond: number }).eventsPerSecond || 1);
  figures.merkleLeafCost = {
    microsecondsPerEvent: Math.round(hashMicros * 10) / 10,
    shareOfBatchedAppend: ratio(hashMicros, batchedMicros),
  };
  row(
    "Merkle leaf (canonical JSON + SHA-256) per event",
    `${hashMicros.toFixed(1)} µs`,
    `${ratio(hashMicros, batchedMicros)} of a batched append`,
    "≤ 0.1",
  );

  // 3. Blame-graph reads and 304s vs the bare reference Worker.
  await hubCaughtUp(ledger.url, "bench-batch-1000");
  const bareOptions = { url: `${reference.url}/` };
  const seed = readFileSync("events/seed/aleppo-2016.ndjson", "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  await post(`${ledger.url}/v1/dossiers/aleppo-2016/events`, { events: seed });
  const seedPair = await paired({ url: `${ledger.url}/v1/dossiers/aleppo-2016/blame-graph` }, bareOptions);
  const seedGraph = seedPair.figure;
  row(
    "blame-graph reads, seed (req/s)",
    String(Math.round(seedGraph.requestsPerSecond)),
    `${seedPair.ratio} of bare`,
    "≥ 0.7",
  );
  const etag = (await fetch(`${ledger.url}/v1/dossiers/aleppo-2016/blame-graph`)).headers.get("etag") ?? "";
  const notModifiedPair = await paired(
    { url: `${ledger.url}/v1/dossiers/aleppo-2016/blame-graph`, headers: { "if-none-match": etag } },
    bareOptions,
  );
  const notModified = notModifiedPair.figure;
  row(
    "conditional reads answered 304 (req/s)",
    String(Math.round(notModified.requestsPerSecond)),
    `${notModifiedPair.ratio} of bare`,
    "≥ 0.9",
  );
  // Beside it, the bare Worker answering the same 304 with the ledger's own header set: what such an
  // answer costs by itself (not a bound: the bare Worker parses its query on every request).
  const ledger304 = await fetch(`${ledger.url}/v1/dossiers/aleppo-2016/blame-graph`, {
    headers: { "if-none-match": etag },
  });
  const notModifiedHeaders = JSON.stringify(Object.fromEntries(ledger304.headers));
  const notModifiedReference = await paired(
    { url: `${reference.url}/not-modified?headers=${encodeURIComponent(notModifiedHeaders)}` },
    bareOptions,
  );
  figures.notModifiedReference = { headers: JSON.parse(notModifiedHeaders), ...notModifiedReference };
  row(
    "  reference: a bare 304 with the same headers",
    `${Math.round(notModifiedReference.figure.requestsPerSecond)} req/s`,
    `${notModifiedReference.ratio} of bare`,
    "-",
  );
  await heap.peakMb();
  const largeMs = await appendAll(ledger.url, "bench-large", claimsStream("bench-large", LARGE_DOSSIER, 1000));
  const largeHubMs = await hubCaughtUp(ledger.url, "bench-large");
  const heapMb: Record<string, number> = { append: await heap.peakMb() };
  row(
    `appending a ${LARGE_DOSSIER}-event dossier (events/s)`,
    String(Math.round(LARGE_DOSSIER / (largeMs / 1000))),
    "-",
    "-",
  );
  row(`hub caught up with the ${LARGE_DOSSIER}-event dossier (s after)`, (largeHubMs / 1000).toFixed(1), "-", "-");
  const largePair = await paired({ url: `${ledger.url}/v1/dossiers/bench-large/blame-graph` }, bareOptions);
  const largeGraph = largePair.figure;
  row(
    `blame-graph reads, ${LARGE_DOSSIER} events (req/s)`,
    String(Math.round(largeGraph.requestsPerSecond)),
    `${largePair.ratio} of bare`,
    "≥ 0.7",
  );
  // Its ceiling: the bare Worker answering a constant of the same size (the bytes alone cost this).
  const largeBytes = (await (await fetch(`${ledger.url}/v1/dossiers/bench-large/blame-graph`)).arrayBuffer())
    .byteLength;
  const sizedPair = await paired({ url: `${reference.url}/sized?bytes=${largeBytes}` }, bareOptions);
  figures.largeReadCeiling = { bytes: largeBytes, ...sizedPair };
  row(
    `  ceiling: a constant answer of ${Math.round(largeBytes / 1024)} KB`,
    `${Math.round(sizedPair.figure.requestsPerSecond)} req/s`,
    `${sizedPair.ratio} of bare`,
    "bounds the line above",
  );
  const coldStarted = performance.now();
  await fetch(`${ledger.url}/v1/dossiers/bench-large/blame-graph?rollup=state`);
  row(
    `blame-graph uncached, ${LARGE_DOSSIER} events (ms)`,
    String(Math.round(performance.now() - coldStarted)),
    "-",
    "-",
  );
  heapMb.reads = await heap.peakMb();
  figures.reads = {
    seed: seedPair,
    notModified: notModifiedPair,
    large: largePair,
    largeAppendMs: Math.round(largeMs),
  };

  // 3b. The extractor inside the Worker: POST /v1/extract of a 1,600-word article (the seed's text
  // twice), stateless, against the bare reference. Its latency is the CPU one extraction costs there.
  const article = readFileSync("events/article-aleppo-2016.txt", "utf8");
  const extractBody = JSON.stringify({ text: `${article}\n${article}` });
  const extractPair = await paired(
    { url: `${ledger.url}/v1/extract`, method: "POST", headers: auth, body: extractBody },
    bareOptions,
  );
  const words = `${article}\n${article}`.split(/\s+/).filter(Boolean).length;
  figures.extract = { words, ...extractPair };
  row(
    `extraction, ${words}-word article (req/s)`,
    `${Math.round(extractPair.figure.requestsPerSecond)} p50 ${extractPair.figure.p50}ms p99 ${extractPair.figure.p99}ms`,
    `${extractPair.ratio} of bare`,
    "well within a request's CPU",
  );

  // 4. Rebuild from event zero vs a bare scan of the same table.
  const rebuildDossier = REBUILD_EVENTS === LARGE_DOSSIER ? "bench-large" : "bench-rebuild";
  if (rebuildDossier !== "bench-large") {
    const ms = await appendAll(ledger.url, rebuildDossier, claimsStream(rebuildDossier, REBUILD_EVENTS, 1000));
    row(
      `appending a ${REBUILD_EVENTS}-event dossier (events/s)`,
      String(Math.round(REBUILD_EVENTS / (ms / 1000))),
      "-",
      "-",
    );
    const hubMs = await hubCaughtUp(ledger.url, rebuildDossier);
    row(`hub caught up with the ${REBUILD_EVENTS}-event dossier (s after)`, (hubMs / 1000).toFixed(1), "-", "-");
    heapMb.append = Math.max(heapMb.append ?? 0, await heap.peakMb());
    const started = performance.now();
    await fetch(`${ledger.url}/v1/dossiers/${rebuildDossier}/blame-graph?rollup=state`);
    row(
      `blame-graph uncached, ${REBUILD_EVENTS} events (ms)`,
      String(Math.round(performance.now() - started)),
      "-",
      "-",
    );
    heapMb.reads = Math.max(heapMb.reads ?? 0, await heap.peakMb());
  }
  const scanStarted = performance.now();
  await fetch(`${ledger.url}/v1/dossiers/${rebuildDossier}/diagnostics`, { headers: auth });
  const scanMs = performance.now() - scanStarted;
  const rebuildStarted = performance.now();
  await post(`${ledger.url}/v1/dossiers/${rebuildDossier}/projections/rebuild`, {});
  for (;;) {
    const status = (await (await fetch(`${ledger.url}/v1/dossiers/${rebuildDossier}/projections`)).json()) as {
      rebuild: unknown;
    };
    if (status.rebuild === null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const rebuildMs = performance.now() - rebuildStarted;
  heapMb.rebuild = await heap.peakMb();
  const diagnostics = (await (
    await fetch(`${ledger.url}/v1/dossiers/${rebuildDossier}/diagnostics`, { headers: auth })
  ).json()) as { databaseBytes: number };
  const rebuildRate = REBUILD_EVENTS / (rebuildMs / 1000);
  const scanRate = REBUILD_EVENTS / (scanMs / 1000);
  const peakMb = workerdPeakRss();
  figures.rebuild = {
    events: REBUILD_EVENTS,
    rebuildMs: Math.round(rebuildMs),
    scanMs: Math.round(scanMs),
    ratio: ratio(rebuildRate, scanRate),
    workerdPeakRssMb: peakMb,
    isolateHeapPeakMb: heapMb,
    databaseBytes: diagnostics.databaseBytes,
  };
  row(
    `rebuild of ${REBUILD_EVENTS} events (events/s)`,
    `${Math.round(rebuildRate)} (scan ${Math.round(scanRate)})`,
    `${ratio(rebuildRate, scanRate)} of scan`,
    "≥ 0.5",
  );
  // 4b. The rebuild's floor: on the reference object, the same number of events scanned, then
  // scanned again writing one row per event read (a rebuild writes at least one document an event).
  for (let from = 1; from <= REBUILD_EVENTS; from += 100_000) {
    await post(`${reference.url}/rebuild/fill?from=${from}&to=${Math.min(from + 99_999, REBUILD_EVENTS)}`, {});
  }
  const timed = async (step: string) => {
    const started = performance.now();
    await post(`${reference.url}/rebuild/${step}`, {});
    return performance.now() - started;
  };
  const floorScans: number[] = [];
  const floorWrites: number[] = [];
  for (let round = 0; round < 2; round++) {
    floorScans.push(await timed("scan"));
    floorWrites.push(await timed("scan-and-write"));
  }
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const rebuildFloorRatio = ratio(mean(floorScans), mean(floorWrites));
  figures.rebuildFloor = { scanMs: Math.round(mean(floorScans)), scanAndWriteMs: Math.round(mean(floorWrites)) };
  row(
    "  floor: a scan writing one row an event",
    `${Math.round(REBUILD_EVENTS / (mean(floorWrites) / 1000))} events/s`,
    `${rebuildFloorRatio} of its scan`,
    "bounds the line above",
  );
  row(
    "ledger isolate JS heap, peak (MB)",
    `append ${heapMb.append}, read ${heapMb.reads}, rebuild ${heapMb.rebuild}`,
    "-",
    "≤ 128",
  );
  row("workerd peak resident memory (MB)", String(peakMb), "-", "-");

  // 5. Webhook delivery latency: append acknowledged → a loopback receiver has it.
  for (const subscribers of [1, 50]) {
    const receiver = await startReceiver();
    const dossierId = `bench-hooks-${subscribers}`;
    await post(`${ledger.url}/v1/dossiers/${dossierId}/events`, {
      events: [{ id: "open", type: "dossier.opened", data: { title: "hooks" } }],
    });
    for (let i = 0; i < subscribers; i++) {
      const created = await post(`${ledger.url}/v1/webhooks`, {
        url: `${receiver.url}/hooks/s${i}`,
        dossiers: [dossierId],
      });
      receiver.endpoints.set(`s${i}`, { secrets: [created.secret], script: [], received: [] });
    }
    const latencies: number[] = [];
    for (let n = 0; n < 20; n++) {
      const event = actorEvent(`hook${subscribers}`);
      const acknowledged = performance.now();
      await post(`${ledger.url}/v1/dossiers/${dossierId}/events`, { events: [event] });
      const deadline = acknowledged + 30_000;
      for (let i = 0; i < subscribers; i++) {
        for (;;) {
          const got = receiver.endpoints.get(`s${i}`)?.received.find((d) => d.webhookId === event.id);
          if (got) {
            latencies.push(performance.now() - acknowledged);
            break;
          }
          if (performance.now() > deadline) throw new Error("a webhook did not arrive within 30 s");
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
      }
    }
    latencies.sort((a, b) => a - b);
    const p50 = Math.round(latencies[Math.floor(latencies.length * 0.5)] ?? 0);
    const p99 = Math.round(latencies[Math.floor(latencies.length * 0.99)] ?? 0);
    figures[`webhooks${subscribers}`] = { p50, p99, deliveries: latencies.length };
    row(`webhook delivery, ${subscribers} subscription(s) (ms)`, `p50 ${p50} p99 ${p99}`, "-", "-");
    await new Promise<void>((resolve) => receiver.server.close(() => resolve()));
  }

  mkdirSync("bench", { recursive: true });
  writeFileSync(
    "bench/results.json",
    `${JSON.stringify({ date: new Date().toISOString(), machine: `${process.platform} ${process.arch}, node ${process.version}`, durationSeconds: DURATION, table, figures }, null, 2)}\n`,
  );
  heap.stop();
  await ledger.mf.dispose();
  await reference.mf.dispose();
}

await main();
