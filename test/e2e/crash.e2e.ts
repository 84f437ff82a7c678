// Nothing acknowledged is lost: concurrent writers against `wrangler dev` with persisted state,
// the whole server killed with SIGKILL at a random moment, restarted, checked; several times.
import type { Server } from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { startReceiver } from "../support/webhook-receiver";
import { api, type LedgerProcess, startLedger } from "./ledger-process";

const DOSSIER = "crash-test";
const PARTIES = ["p0", "p1", "p2", "p3", "p4", "p5"];
let ledger: LedgerProcess | undefined;
let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;

afterAll(async () => {
  await ledger?.stop();
  await new Promise<void>((resolve) => (receiver?.server as Server | undefined)?.close(() => resolve()) ?? resolve());
});

type Batch = { ids: string[]; acknowledged: boolean };

function claimEvent(writer: number, n: number, k: number) {
  const from = PARTIES[(writer + n) % PARTIES.length] as string;
  const to = PARTIES[(writer + n + 1 + k) % PARTIES.length] as string;
  return {
    id: `w${writer}-n${n}-k${k}`,
    type: "claim.made",
    data: {
      claimId: `w${writer}-n${n}-k${k}`,
      claimantId: from,
      accusedIds: [to],
      category: k % 2 === 0 ? "targeting-civilians" : "violating-ceasefire",
      allegation: "written under fire",
      sourceId: "src",
      quote: { text: "q", paragraph: 1 },
      mode: "reported",
    },
  };
}

/** Append batches of 1 to 3 claims until the server dies; remember what was acknowledged. */
async function writeUntilKilled(url: string, writer: number, round: number, batches: Batch[]) {
  for (let n = round * 1000; ; n++) {
    const size = 1 + (n % 3);
    const events = Array.from({ length: size }, (_, k) => claimEvent(writer, n, k));
    const batch: Batch = { ids: events.map((event) => event.id), acknowledged: false };
    batches.push(batch);
    try {
      const response = await api(url, `/v1/dossiers/${DOSSIER}/events`, { body: { events } });
      if (response.status === 201 || response.status === 200) batch.acknowledged = true;
      else throw new Error(`unexpected ${response.status}: ${response.text}`);
    } catch (error) {
      if (String(error).includes("unexpected")) throw error;
      return; // the server is gone
    }
  }
}

describe("a server killed mid-write", () => {
  it("keeps every acknowledged append exactly once, never half a batch, and resumes deliveries", async () => {
    receiver = await startReceiver();
    ledger = await startLedger({ vars: { WEBHOOK_RETRY_SCALE: "0.0005" } });
    const setup = [
      { id: "open", type: "dossier.opened", data: { title: "Crash test" } },
      ...PARTIES.map((actorId) => ({
        id: `actor-${actorId}`,
        type: "actor.identified",
        data: { actorId, name: actorId, kind: "state" },
      })),
      { id: "source", type: "source.added", data: { sourceId: "src", kind: "article", publisher: "p", title: "t" } },
    ];
    expect((await api(ledger.url, `/v1/dossiers/${DOSSIER}/events`, { body: { events: setup } })).status).toBe(201);
    const hook = await api(ledger.url, "/v1/webhooks", {
      body: { url: `${receiver.url}/hooks/crash`, dossiers: [DOSSIER] },
    });
    receiver.endpoints.set("crash", { secrets: [hook.body.secret], script: [], received: [] });

    const batches: Batch[] = [];
    for (let round = 0; round < 3; round++) {
      const writers = [0, 1, 2, 3].map((writer) =>
        writeUntilKilled((ledger as LedgerProcess).url, writer, round, batches),
      );
      await new Promise((resolve) => setTimeout(resolve, 400 + Math.random() * 1200));
      await (ledger as LedgerProcess).kill();
      await Promise.all(writers);
      ledger = await startLedger({ stateDir: ledger.stateDir, vars: { WEBHOOK_RETRY_SCALE: "0.0005" } });
    }

    // Every acknowledged event is there exactly once; every batch is there whole or not at all.
    const stored: Array<{ id: string; seq: number }> = [];
    for (let after = 0; ; ) {
      const page = (await api(ledger.url, `/v1/dossiers/${DOSSIER}/events?after=${after}&limit=1000`)).body;
      stored.push(...page.events);
      if (page.next === null) break;
      after = page.next;
    }
    const ids = stored.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(stored.map((event) => event.seq)).toEqual(stored.map((_, i) => i + 1));
    const present = new Set(ids);
    const acknowledged = batches.filter((batch) => batch.acknowledged);
    expect(acknowledged.length).toBeGreaterThan(10);
    for (const batch of acknowledged)
      expect(
        batch.ids.every((id) => present.has(id)),
        batch.ids.join(),
      ).toBe(true);
    for (const batch of batches) {
      const count = batch.ids.filter((id) => present.has(id)).length;
      expect([0, batch.ids.length], batch.ids.join()).toContain(count);
    }

    // The projections equal a rebuild from the events.
    const before = (await api(ledger.url, `/v1/dossiers/${DOSSIER}/blame-graph`)).body;
    const claimsBefore = (await api(ledger.url, `/v1/dossiers/${DOSSIER}/claims?limit=500`)).body;
    expect((await api(ledger.url, `/v1/dossiers/${DOSSIER}/projections/rebuild`, { body: {} })).status).toBe(202);
    for (let attempt = 0; attempt < 200; attempt++) {
      if ((await api(ledger.url, `/v1/dossiers/${DOSSIER}/projections`)).body.rebuild === null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const after = (await api(ledger.url, `/v1/dossiers/${DOSSIER}/blame-graph?rebuilt=1`)).body;
    const claimsAfter = (await api(ledger.url, `/v1/dossiers/${DOSSIER}/claims?limit=500&rebuilt=1`)).body;
    expect(after.edges).toEqual(before.edges);
    expect(claimsAfter.claims).toEqual(claimsBefore.claims);
    const claimsStored = stored.filter((event) => event.id.startsWith("w")).length;
    expect(after.edges.reduce((sum: number, edge: { claims: number }) => sum + edge.claims, 0)).toBe(claimsStored);

    // Deliveries pending at each kill resume: the receiver ends up with every event appended after
    // the subscription was made (the setup batch came before it, and a subscription starts then).
    const written = ids.filter((id) => id.startsWith("w"));
    const delivered = () =>
      new Set(
        receiver?.endpoints
          .get("crash")
          ?.received.filter((d) => d.answeredStatus < 300)
          .map((d) => d.webhookId),
      );
    const deadline = Date.now() + 60_000;
    while (written.some((id) => !delivered().has(id)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(written.filter((id) => !delivered().has(id))).toEqual([]);
    expect([...delivered()].every((id) => present.has(id))).toBe(true);
  });
});
