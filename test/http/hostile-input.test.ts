// Hostile input: random and malformed bodies, odd Unicode, deep nesting and wrong types at every
// field of every event type, at every write endpoint. Every answer is a 4xx in the common shape,
// never a 500, and the stream, the projections and the outbox are unchanged afterwards.
import { env, runInDurableObject, SELF } from "cloudflare:test";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import seedText from "../../events/seed/aleppo-2016.ndjson?raw";
import { docTables } from "../../src/store/doc-tables";
import { append, asAdmin, asWriter, get, post, uniqueId } from "../fixtures";

const seed = seedText
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as { id: string; type: string; data: Record<string, unknown> });
let dossierId: string;
let webhookId: string;
let proposalId: string;

async function snapshot() {
  const stub = env.DOSSIER.get(env.DOSSIER.idFromName(dossierId));
  return runInDurableObject(stub, (_instance, state) => {
    const sql = state.storage.sql;
    const one = (query: string) => JSON.stringify(sql.exec(query).toArray());
    const docs = docTables(sql, 1);
    return {
      events: one("SELECT seq, id, content_hash FROM events ORDER BY seq"),
      docs: one(`SELECT collection, key, doc FROM ${docs.current} ORDER BY collection, key`),
      history: one(`SELECT count(*) AS n FROM ${docs.history}`),
      outbox: one("SELECT count(*) AS n FROM outbox"),
      tree: one("SELECT count(*) AS n FROM merkle_nodes"),
    };
  });
}

beforeAll(async () => {
  dossierId = uniqueId("hostile");
  expect((await append(dossierId, seed)).status).toBe(201);
  // Let the outbox drain, so "unchanged" compares settled states.
  for (let attempt = 0; attempt < 100; attempt++) {
    if ((await snapshot()).outbox === '[{"n":0}]') break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const created = await post("/v1/webhooks", { url: "http://127.0.0.1:9/never", dossiers: [dossierId] }, asAdmin);
  webhookId = created.body.id;
  // The article's source yields proposals; hostile decisions are thrown at a pending one (or any).
  const queue = await get(`/v1/dossiers/${dossierId}/proposals?limit=500`);
  const proposals = queue.body.proposals as Array<{ proposalId: string; status: string }>;
  proposalId = (proposals.find((proposal) => proposal.status === "pending") ?? proposals[0])?.proposalId ?? "p1";
});

function expectClientError(status: number, body: string, what: string) {
  expect(status, `${what} → ${status} ${body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(status, `${what} → ${status} ${body.slice(0, 200)}`).toBeLessThan(500);
  const parsed = JSON.parse(body);
  expect(typeof parsed.error.code, what).toBe("string");
  expect(typeof parsed.error.message, what).toBe("string");
}

async function send(method: string, path: string, body: string, headers: Record<string, string>) {
  const response = await SELF.fetch(`http://ledger.test${path}`, { method, headers, body });
  return { status: response.status, text: await response.text() };
}

const weirdString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("\u0000", "\ud800", "\u202e", "💥".repeat(50), "a".repeat(3000), "../../etc/passwd", "<script>"),
);
const anyJson = fc.jsonValue({ maxDepth: 4 });
const wrongValue = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  weirdString,
  fc.array(anyJson, { maxLength: 3 }),
  fc.dictionary(weirdString, anyJson, { maxKeys: 3 }),
);

describe("hostile input", { timeout: 60_000 }, () => {
  it("answers random bodies and content types at every write endpoint with a 4xx, and changes nothing", async () => {
    const before = await snapshot();
    const endpoints = [
      ["POST", `/v1/dossiers/${dossierId}/events`, asWriter],
      ["POST", "/v1/webhooks", asAdmin],
      ["PATCH", `/v1/webhooks/${webhookId}`, asAdmin],
      ["POST", `/v1/webhooks/${webhookId}/replay`, asAdmin],
      ["POST", `/v1/webhooks/${webhookId}/rotate-secret`, asAdmin],
      ["POST", "/v1/extract", asWriter],
      ["POST", `/v1/dossiers/${dossierId}/proposals/${proposalId}/accept`, asWriter],
      ["POST", `/v1/dossiers/${dossierId}/proposals/${proposalId}/reject`, asWriter],
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...endpoints),
        fc.oneof(
          anyJson.map((value) => JSON.stringify(value)),
          weirdString,
          fc.constant("{".repeat(5000)),
          fc.constant(`${"[".repeat(2000)}${"]".repeat(2000)}`),
          fc.constant('{"events": [{"id": "x"'),
        ),
        fc.constantFrom("application/json", "text/plain", "application/json; charset=utf-16", "multipart/form-data"),
        async ([method, path, auth], body, contentType) => {
          // A random JSON value could, in principle, be a valid replay or rotation: skip those, and
          // the empty object (a valid PATCH, rotation or acceptance as it stands); nor an extraction
          // of a random text (stateless) or a rejection with a reason.
          fc.pre(body.trim() !== "{}" && !/^\{"(gracePeriodSeconds|dossierId|status|url|description)"/.test(body));
          fc.pre(!/^\{"(text|reason)"/.test(body));
          const response = await send(method, path, body, { ...auth, "content-type": contentType });
          expectClientError(response.status, response.text, `${method} ${path} ${body.slice(0, 60)}`);
        },
      ),
      { numRuns: 150 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it("rejects a wrong type at every field of every event type, with nothing stored", async () => {
    const before = await snapshot();
    const samples = new Map<string, (typeof seed)[number]>();
    for (const event of seed) if (!samples.has(event.type)) samples.set(event.type, event);
    const fields = [...samples.values()].flatMap((event) => Object.keys(event.data).map((field) => ({ event, field })));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), wrongValue, fc.nat(1000), async ({ event, field }, value, salt) => {
        const original = event.data[field];
        fc.pre(JSON.stringify(value) !== JSON.stringify(original));
        fc.pre(typeof value !== typeof original || typeof original === "object" || typeof original === "string");
        const broken = { ...event, id: `hostile-${salt}`, data: { ...event.data, [field]: value } };
        const response = await send("POST", `/v1/dossiers/${dossierId}/events`, JSON.stringify({ events: [broken] }), {
          ...asWriter,
          "content-type": "application/json",
        });
        // A string that happens to be valid for a free-text field is not hostile: only 2xx is forbidden for the rest.
        if (response.status < 300) {
          expect(typeof original, `${event.type}.${field} accepted ${JSON.stringify(value)}`).toBe("string");
          return;
        }
        expectClientError(
          response.status,
          response.text,
          `${event.type}.${field} = ${JSON.stringify(value)?.slice(0, 60)}`,
        );
      }),
      { numRuns: 250 },
    );
    const after = await snapshot();
    // Anything accepted above was a new, valid event; the seed's own state is untouched otherwise.
    if (after.events === before.events) expect(after).toEqual(before);
  });

  it("answers hostile query strings and headers on reads with a 4xx or the right answer, never a 500", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          "blame-graph",
          "claims",
          "timeline",
          "events",
          "proof/inclusion",
          "proof/consistency",
          "proposals",
          "sources",
        ),
        fc.dictionary(
          fc.constantFrom(
            "asOf",
            "format",
            "rollup",
            "limit",
            "after",
            "before",
            "seq",
            "size",
            "from",
            "to",
            "category",
            "actor",
            "status",
            "sourceId",
          ),
          weirdString,
          {
            maxKeys: 3,
          },
        ),
        fc.option(weirdString),
        async (view, query, etag) => {
          const search = new URLSearchParams(query).toString();
          const headers: Record<string, string> = {};
          if (etag) headers["if-none-match"] = etag.replace(/[^\x20-\x7e]/g, "?");
          const response = await SELF.fetch(`http://ledger.test/v1/dossiers/${dossierId}/${view}?${search}`, {
            headers,
          });
          const text = await response.text();
          expect(response.status, `${view}?${search} → ${text.slice(0, 200)}`).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
  });
});
