// Webhooks through the real `wrangler dev`: a receiver on loopback that verifies every request with
// the standardwebhooks package gets each event once, in order, through failures, an outage,
// a replay and a secret rotation.
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ReceivedDelivery, startReceiver } from "../support/webhook-receiver";
import { api, type LedgerProcess, startLedger } from "./ledger-process";

let ledger: LedgerProcess;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  receiver = await startReceiver();
  // 5 s ... 10 h becomes 2.5 ms ... 18 s: an outage of a second costs a few retries, not hours.
  ledger = await startLedger({ vars: { WEBHOOK_RETRY_SCALE: "0.0005" } });
});

afterAll(async () => {
  await ledger?.stop();
  await new Promise<void>((resolve) => (receiver?.server as Server | undefined)?.close(() => resolve()) ?? resolve());
});

const received = (name: string): ReceivedDelivery[] => receiver.endpoints.get(name)?.received ?? [];
const accepted = (name: string) => received(name).filter((d) => d.answeredStatus < 300);
const seqs = (deliveries: ReceivedDelivery[]) => deliveries.map((d) => JSON.parse(d.body).data.event.seq as number);

async function until(check: () => boolean, what: string, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const actorEvent = (dossierId: string, n: number) => ({
  id: `${dossierId}-actor-${n}`,
  type: "actor.identified",
  data: { actorId: `party-${n}`, name: `Party ${n}`, kind: "state" },
});

describe("webhooks end to end", () => {
  it("delivers through failures and an outage, replays, and signs twice during a rotation", async () => {
    const dossierId = "e2e-webhooks";
    const name = "main";
    const created = await api(ledger.url, "/v1/webhooks", {
      body: { url: `${receiver.url}/hooks/${name}`, dossiers: [dossierId] },
    });
    expect(created.status).toBe(201);
    const { id, secret } = created.body;
    receiver.endpoints.set(name, { secrets: [secret], script: [500, 500], received: [] });

    const opened = { id: `${dossierId}-open`, type: "dossier.opened", data: { title: "E2E" } };
    expect(
      (
        await api(ledger.url, `/v1/dossiers/${dossierId}/events`, {
          body: { events: [opened, actorEvent(dossierId, 1)] },
        })
      ).status,
    ).toBe(201);
    expect(
      (await api(ledger.url, `/v1/dossiers/${dossierId}/events`, { body: { events: [actorEvent(dossierId, 2)] } }))
        .status,
    ).toBe(201);
    await until(() => accepted(name).length >= 3, "the first three events");
    expect(seqs(received(name))).toEqual([1, 1, 1, 2, 3]);
    expect(received(name).every((d) => d.verifiedWith[0])).toBe(true);

    // The receiver goes down; events appended meanwhile wait, then arrive once it is back.
    await new Promise<void>((resolve) => receiver.server.close(() => resolve()));
    for (const n of [3, 4, 5]) {
      expect(
        (await api(ledger.url, `/v1/dossiers/${dossierId}/events`, { body: { events: [actorEvent(dossierId, n)] } }))
          .status,
      ).toBe(201);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const log = (await api(ledger.url, `/v1/webhooks/${id}/deliveries`)).body.deliveries;
    expect(log.map((entry: { error: string | null }) => entry.error)).toContain("connection refused or lost");
    receiver = await startReceiver(receiver.port, receiver.endpoints);
    await until(() => accepted(name).length >= 6, "the events appended during the outage");
    expect(seqs(accepted(name))).toEqual([1, 2, 3, 4, 5, 6]);

    // Replay from seq 4: the same event ids again, so receivers can deduplicate.
    expect((await api(ledger.url, `/v1/webhooks/${id}/replay`, { body: { dossierId, fromSeq: 4 } })).status).toBe(202);
    await until(() => accepted(name).length >= 9, "the replay");
    const all = accepted(name);
    expect(all.slice(6).map((d) => d.webhookId)).toEqual(all.slice(3, 6).map((d) => d.webhookId));

    // Rotation: both secrets sign until the grace period ends.
    const rotated = await api(ledger.url, `/v1/webhooks/${id}/rotate-secret`, { body: { gracePeriodSeconds: 600 } });
    expect(rotated.status).toBe(200);
    receiver.endpoints.get(name)?.secrets.push(rotated.body.secret);
    expect(
      (await api(ledger.url, `/v1/dossiers/${dossierId}/events`, { body: { events: [actorEvent(dossierId, 6)] } }))
        .status,
    ).toBe(201);
    await until(() => accepted(name).length >= 10, "the delivery after rotation");
    const last = accepted(name)[9] as ReceivedDelivery;
    expect(last.signature.split(" ")).toHaveLength(2);
    expect(last.verifiedWith).toEqual([true, true]);
  });
});
