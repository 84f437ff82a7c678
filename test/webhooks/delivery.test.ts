// Webhook delivery end to end inside workerd: a real receiver on loopback verifies each request
// with the standardwebhooks package; deliveries run from the subscription's Durable Object alarms.
import { SELF } from "cloudflare:test";
import { describe, expect, inject, it } from "vitest";
import { actor, append, asAdmin, asWriter, basics, get, post, uniqueId } from "../fixtures";
import type { ReceivedDelivery } from "../support/webhook-receiver";

const receiver = inject("receiverUrl");

async function program(name: string, settings: { secrets?: string[]; script?: number[]; retryAfter?: string }) {
  await fetch(`${receiver}/control/${name}`, { method: "PUT", body: JSON.stringify(settings) });
}

async function received(name: string): Promise<ReceivedDelivery[]> {
  return ((await (await fetch(`${receiver}/control/${name}`)).json()) as { received: ReceivedDelivery[] }).received;
}

async function eventually<T>(
  check: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  ms = 8_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

async function subscribe(name: string, extra: Record<string, unknown> = {}) {
  const response = await post("/v1/webhooks", { url: `${receiver}/hooks/${name}`, ...extra }, asAdmin);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  await program(name, { secrets: [response.body.secret] });
  return response.body as { id: string; secret: string };
}

const accepted = (deliveries: ReceivedDelivery[]) => deliveries.filter((d) => d.answeredStatus < 300);
const seqsOf = (deliveries: ReceivedDelivery[]) => deliveries.map((d) => JSON.parse(d.body).data.event.seq as number);

describe("webhook subscriptions", () => {
  it("shows the whsec_ secret once, needs the admin scope, and refuses bad URLs", async () => {
    const name = uniqueId("r");
    const created = await subscribe(name);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    const shown = await get(`/v1/webhooks/${created.id}`, asAdmin);
    expect(shown.body).toMatchObject({ id: created.id, status: "active", url: `${receiver}/hooks/${name}` });
    expect(JSON.stringify(shown.body)).not.toContain(created.secret);
    expect((await get(`/v1/webhooks/${created.id}`, asWriter)).status).toBe(403);
    expect((await post("/v1/webhooks", { url: "ftp://example.com/x" }, asAdmin)).status).toBe(400);
    expect((await post("/v1/webhooks", { url: `${receiver}/x`, eventTypes: ["claim.yelled"] }, asAdmin)).status).toBe(
      400,
    );
  });

  it("delivers every event once, signed, in order, with the event id as webhook-id", async () => {
    const name = uniqueId("r");
    const dossierId = uniqueId("d");
    await subscribe(name, { dossiers: [dossierId] });
    const events = [...basics(), actor("iran"), actor("syria")];
    await append(dossierId, events.slice(0, 3));
    await append(dossierId, events.slice(3));
    const got = await eventually(
      () => received(name),
      (r) => r.length >= 6,
      "six deliveries",
    );
    expect(got).toHaveLength(6);
    expect(got.every((d) => d.verifiedWith[0] === true)).toBe(true);
    expect(got.map((d) => d.webhookId)).toEqual(events.map((e) => e.id));
    expect(seqsOf(got)).toEqual([1, 2, 3, 4, 5, 6]);
    const body = JSON.parse(got[5]?.body ?? "{}");
    expect(body).toMatchObject({ type: "actor.identified", data: { event: { dossierId, seq: 6 } } });
    expect(body.data.checkpoint).toMatchObject({ dossierId, size: 6 });
  });

  it("filters by event type and skips dossiers it did not ask for", async () => {
    const name = uniqueId("r");
    const dossierId = uniqueId("d");
    await subscribe(name, { dossiers: [dossierId], eventTypes: ["source.added"] });
    await append(uniqueId("other"), basics());
    await append(dossierId, basics());
    const got = await eventually(
      () => received(name),
      (r) => r.length >= 1,
      "the source",
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await received(name)).map((d) => JSON.parse(d.body).type)).toEqual(["source.added"]);
    expect(got[0]?.verifiedWith[0]).toBe(true);
  });

  it("retries a failing receiver, keeps order, and logs every attempt in words", async () => {
    const name = uniqueId("r");
    const dossierId = uniqueId("d");
    const { id } = await subscribe(name, { dossiers: [dossierId] });
    await program(name, { script: [500, 503, 302] });
    await append(dossierId, basics());
    const got = await eventually(
      () => received(name),
      (r) => accepted(r).length >= 4,
      "four accepted deliveries",
    );
    expect(seqsOf(got)).toEqual([1, 1, 1, 1, 2, 3, 4]);
    expect(new Set(got.map((d) => d.webhookId)).size).toBe(4);
    const log = (await get(`/v1/webhooks/${id}/deliveries`, asAdmin)).body.deliveries;
    const forFirst = log.filter((entry: { seq: number }) => entry.seq === 1).reverse();
    expect(forFirst.map((entry: { status: number }) => entry.status)).toEqual([500, 503, 302, 200]);
    expect(forFirst.map((entry: { error: string | null }) => entry.error)).toEqual([
      "HTTP 500",
      "HTTP 503",
      "redirect not followed",
      null,
    ]);
    expect(forFirst[0].nextRetryAt).not.toBeNull();
    expect(forFirst[3].attempt).toBe(4);
  });

  it("disables a subscription on 410 Gone, loses nothing, and resumes where it stopped", async () => {
    const name = uniqueId("r");
    const dossierId = uniqueId("d");
    const { id } = await subscribe(name, { dossiers: [dossierId] });
    await program(name, { script: [200, 410] });
    await append(dossierId, basics());
    const disabled = await eventually(
      async () => (await get(`/v1/webhooks/${id}`, asAdmin)).body,
      (view) => view.status === "disabled",
      "the subscription to be disabled",
    );
    expect(disabled.disabledReason).toContain("410");
    await append(dossierId, [actor("iran")]);
    expect(accepted(await received(name))).toHaveLength(1);

    const resumed = await SELF.fetch(`http://ledger.test/v1/webhooks/${id}`, {
      method: "PATCH",
      headers: { ...asAdmin, "content-type": "application/json" },
      body: JSON.stringify({ status: "active" }),
    });
    expect(resumed.status).toBe(200);
    const got = await eventually(
      () => received(name),
      (r) => accepted(r).length >= 5,
      "the rest after resuming",
    );
    expect(seqsOf(accepted(got))).toEqual([1, 2, 3, 4, 5]);
  });

  it("disables a subscription when the retry schedule is exhausted, with the reason", async () => {
    const name = uniqueId("r");
    const dossierId = uniqueId("d");
    const { id } = await subscribe(name, { dossiers: [dossierId] });
    await program(name, { script: Array(20).fill(500) });
    await append(dossierId, basics());
    const view = await eventually(
      async () => (await get(`/v1/webhooks/${id}`, asAdmin)).body,
      (v) => v.status === "disabled",
      "exhaustion",
      15_000,
    );
    expect(view.disabledReason).toMatch(/^9 consecutive failed attempts; last: HTTP 500/);
    expect(view.streams).toEqual([{ dossierId, nextSeq: 1, headSeq: 4 }]);
    expect(await received(name)).toHaveLength(9);
  });

  it("replays from a seq with the same event ids", async () => {
    const name = uniqueId("r");
    const dossierId = uniqueId("d");
    const { id } = await subscribe(name, { dossiers: [dossierId] });
    await append(dossierId, basics());
    const first = await eventually(
      () => received(name),
      (r) => r.length >= 4,
      "the first pass",
    );
    const replay = await post(`/v1/webhooks/${id}/replay`, { dossierId, fromSeq: 2 }, asAdmin);
    expect(replay.status).toBe(202);
    const all = await eventually(
      () => received(name),
      (r) => r.length >= 7,
      "the replay",
    );
    expect(all.slice(4).map((d) => d.webhookId)).toEqual(first.slice(1).map((d) => d.webhookId));
    expect((await post(`/v1/webhooks/${id}/replay`, { dossierId, fromSeq: 99 }, asAdmin)).status).toBe(400);
  });

  it("signs with both secrets during a rotation's grace period", async () => {
    const name = uniqueId("r");
    const dossierId = uniqueId("d");
    const { id, secret: oldSecret } = await subscribe(name, { dossiers: [dossierId] });
    const rotated = await post(`/v1/webhooks/${id}/rotate-secret`, { gracePeriodSeconds: 3600 }, asAdmin);
    expect(rotated.status).toBe(200);
    const newSecret = rotated.body.secret as string;
    expect(newSecret).not.toBe(oldSecret);
    await program(name, { secrets: [oldSecret, newSecret] });
    await append(dossierId, basics());
    const got = await eventually(
      () => received(name),
      (r) => r.length >= 4,
      "deliveries after rotation",
    );
    expect(got.every((d) => d.signature.split(" ").length === 2)).toBe(true);
    expect(got.every((d) => d.verifiedWith[0] && d.verifiedWith[1])).toBe(true);
    expect((await post(`/v1/webhooks/${id}/rotate-secret`, { gracePeriodSeconds: 8 * 86400 }, asAdmin)).status).toBe(
      400,
    );
  });

  it("holds deliveries while paused and sends them on resume", async () => {
    const name = uniqueId("r");
    const dossierId = uniqueId("d");
    const { id } = await subscribe(name, { dossiers: [dossierId] });
    const patch = (status: string) =>
      SELF.fetch(`http://ledger.test/v1/webhooks/${id}`, {
        method: "PATCH",
        headers: { ...asAdmin, "content-type": "application/json" },
        body: JSON.stringify({ status }),
      });
    expect((await patch("paused")).status).toBe(200);
    await append(dossierId, basics());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await received(name)).toHaveLength(0);
    await patch("active");
    const got = await eventually(
      () => received(name),
      (r) => r.length >= 4,
      "deliveries after resume",
    );
    expect(seqsOf(got)).toEqual([1, 2, 3, 4]);
  });
});
