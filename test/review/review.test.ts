// The review flow inside workerd: a source with its text yields proposals; an editor accepts one
// (with an edit), rejects another, accepts twice, and accepts an answer after the dossier moved on.
import { describe, expect, it } from "vitest";
import {
  appendReadingSources as append,
  asReader,
  get,
  opened,
  post,
  readAll,
  russiaAndUnitedStates,
  uniqueId,
} from "../fixtures";

const TEXT = [
  "The United States accused Russia of bombing a hospital in the city, State Department spokesman John Smith said on Monday.",
  "“We did not bomb any hospital,” Russia's foreign ministry said in a statement.",
  "Critics say the strikes were deliberate.",
].join("\n");

const sourceWith = (text: string, sourceId = "wire") => ({
  id: uniqueId("source"),
  type: "source.added",
  data: { sourceId, kind: "article", publisher: "Test Wire", title: "Strikes on a hospital", text },
});

type Proposal = {
  proposalId: string;
  eventId: string;
  status: string;
  claimId?: string;
  answersProposalId?: string;
  statement: { quote: string; start: number; end: number; category: string; attribution: string };
};

async function dossierWithSource() {
  const dossierId = uniqueId("review");
  const added = await append(dossierId, [opened("Review"), ...russiaAndUnitedStates(), sourceWith(TEXT)]);
  expect(added.status).toBe(201);
  const queue = await get(`/v1/dossiers/${dossierId}/proposals`);
  expect(queue.status).toBe(200);
  const proposals = queue.body.proposals as Proposal[];
  const find = (words: string) => {
    const found = proposals.find((proposal) => proposal.statement.quote.includes(words));
    expect(found, `a proposal quoting "${words}"`).toBeDefined();
    return found as Proposal;
  };
  return { dossierId, added: added.body, proposals, find };
}

/** The state an actor belongs to: itself, or its top-most parent. */
async function rollsUpTo(dossierId: string, actorId: string): Promise<string> {
  const actor = (await get(`/v1/dossiers/${dossierId}/actors/${actorId}`)).body.actor;
  return actor?.parentId ? rollsUpTo(dossierId, actor.parentId) : actorId;
}

const accept = (dossierId: string, proposalId: string, edits?: unknown) =>
  post(`/v1/dossiers/${dossierId}/proposals/${proposalId}/accept`, edits ?? {});

describe("proposals from a source's text", () => {
  it("follow the batch that added the source, quote it verbatim, and change no claim", async () => {
    const { dossierId, added, proposals } = await dossierWithSource();
    expect(added).toMatchObject({ fromSeq: 1, toSeq: 4 });
    expect(added.version).toBe(4 + proposals.length);
    expect(added.proposalIds).toEqual(proposals.map((proposal) => proposal.proposalId));
    for (const proposal of proposals) {
      expect(proposal.status).toBe("pending");
      expect(TEXT.slice(proposal.statement.start, proposal.statement.end)).toBe(proposal.statement.quote);
    }
    const events = await readAll(dossierId);
    const generated = events.slice(4) as unknown as Array<{ type: string; metadata: Record<string, string> }>;
    expect(generated.every((event) => event.type === "proposal.created")).toBe(true);
    expect(generated[0]?.metadata).toMatchObject({ author: "ledger-extractor", causationId: events[3]?.id });
    const graph = await get(`/v1/dossiers/${dossierId}/blame-graph`);
    expect(graph.body.edges).toEqual([]);
    const claims = await get(`/v1/dossiers/${dossierId}/claims`);
    expect(claims.body.claims).toEqual([]);
  });

  it("are refused when a client appends them, or takes a ledger id", async () => {
    const dossierId = uniqueId("review");
    const forged = await append(dossierId, [
      opened(),
      { id: "p", type: "proposal.accepted", data: { proposalId: "p1", claimId: "c", eventIds: [] } },
    ]);
    expect(forged.status).toBe(422);
    expect(forged.body.error.details).toMatchObject({ rule: "ledger_only_event_type", pointer: "/events/1/type" });
    const squatted = await append(dossierId, [{ ...opened(), id: "ledger:proposal:p2" }]);
    expect(squatted.status).toBe(422);
    expect(squatted.body.error.details).toMatchObject({ rule: "reserved_event_id" });
    expect(await readAll(dossierId)).toEqual([]);
  });
});

describe("accepting and rejecting", () => {
  it("accepts an accusation with an edit: the claim, caused by the proposal, appears in the blame graph", async () => {
    const { dossierId, find } = await dossierWithSource();
    const accusation = find("bombing a hospital");
    expect(accusation.statement.category).toBe("accusation");
    const accepted = await accept(dossierId, accusation.proposalId, { category: "targeting-civilians" });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ proposalId: accusation.proposalId, status: "accepted" });
    const claimId = accepted.body.claimId as string;

    const thread = await get(`/v1/dossiers/${dossierId}/claims/${claimId}`);
    expect(thread.body.claim).toMatchObject({
      accusedIds: ["russia"],
      category: "targeting-civilians",
      sourceId: "wire",
    });
    expect(await rollsUpTo(dossierId, thread.body.claim.claimantId)).toBe("united-states");
    expect(thread.body.claim.quote).toMatchObject({ start: accusation.statement.start, end: accusation.statement.end });
    const graph = await get(`/v1/dossiers/${dossierId}/blame-graph?rollup=state`);
    expect(graph.body.edges).toEqual([
      expect.objectContaining({ source: "united-states", target: "russia", claims: 1, claimIds: [claimId] }),
    ]);

    const events = (await readAll(dossierId)) as unknown as Array<{
      id: string;
      type: string;
      metadata: Record<string, string>;
    }>;
    const caused = events.filter((event) => event.metadata.causationId === accusation.eventId);
    expect(caused.map((event) => event.type)).toContain("claim.made");
    expect(caused[0]).toMatchObject({ type: "proposal.accepted", metadata: { author: "test-writer" } });
    const queued = await get(`/v1/dossiers/${dossierId}/proposals/${accusation.proposalId}`);
    expect(queued.body.proposal).toMatchObject({ status: "accepted", claimId });
    expect(queued.body.proposal.decision.edits).toEqual({ category: "targeting-civilians" });
  });

  it("stores nothing twice when the same acceptance is sent again, and refuses other edits", async () => {
    const { dossierId, find } = await dossierWithSource();
    const accusation = find("bombing a hospital");
    const first = await accept(dossierId, accusation.proposalId);
    expect(first.status).toBe(201);
    const again = await accept(dossierId, accusation.proposalId);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      idempotentReplay: true,
      claimId: first.body.claimId,
      eventIds: first.body.eventIds,
      version: first.body.version,
    });
    const reordered = await accept(dossierId, accusation.proposalId, { allegation: "x", category: "y" });
    expect(reordered.status).toBe(409);
    const other = await accept(dossierId, accusation.proposalId, { category: "lying" });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe("proposal_decided");
    expect((await readAll(dossierId)).length).toBe(first.body.version);
  });

  it("takes the same edits in another key order as the same acceptance", async () => {
    const { dossierId, find } = await dossierWithSource();
    const accusation = find("bombing a hospital");
    const first = await accept(dossierId, accusation.proposalId, { category: "targeting-civilians", cameo: "1124" });
    expect(first.status).toBe(201);
    const again = await accept(dossierId, accusation.proposalId, { cameo: "1124", category: "targeting-civilians" });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ idempotentReplay: true, eventIds: first.body.eventIds });
  });

  it("links a denial accepted after the dossier moved on to the claim its proposal answers", async () => {
    const { dossierId, find } = await dossierWithSource();
    const accusation = find("bombing a hospital");
    const denial = find("We did not bomb any hospital");
    expect(denial.statement.category).toBe("denial");
    expect(denial.answersProposalId).toBe(accusation.proposalId);

    const early = await accept(dossierId, denial.proposalId);
    expect(early.status).toBe(422);
    expect(early.body.error.details).toMatchObject({ rule: "answered_proposal_pending", pointer: "/answersClaimId" });

    const claimed = await accept(dossierId, accusation.proposalId);
    // The dossier moves on: other events arrive between the two acceptances.
    const later = await append(dossierId, [sourceWith("Nothing to see.", "later")]);
    expect(later.status).toBe(201);
    const answered = await accept(dossierId, denial.proposalId);
    expect(answered.status).toBe(201);
    expect(answered.body.claimId).toBe(claimed.body.claimId);
    const thread = await get(`/v1/dossiers/${dossierId}/claims/${claimed.body.claimId}`);
    expect(thread.body.claim.status).toBe("disputed");
    expect(thread.body.claim.answers).toEqual([expect.objectContaining({ kind: "rebuttal", rebuttalKind: "denial" })]);
    expect(await rollsUpTo(dossierId, thread.body.claim.answers[0].byActorId)).toBe("russia");
  });

  it("never pins a vague source on a guessed actor: the editor names the claimant, or rejects", async () => {
    const { dossierId, find } = await dossierWithSource();
    const vague = find("the strikes were deliberate");
    expect(vague.statement.attribution).toBe("vague");
    const unnamed = await accept(dossierId, vague.proposalId);
    expect(unnamed.status).toBe(422);
    expect(unnamed.body.error.details).toMatchObject({ rule: "unattributed_statement", pointer: "/claimantId" });

    const rejected = await post(`/v1/dossiers/${dossierId}/proposals/${vague.proposalId}/reject`, {
      reason: "no one is named",
    });
    expect(rejected.status).toBe(201);
    expect(rejected.body.status).toBe("rejected");
    const again = await post(`/v1/dossiers/${dossierId}/proposals/${vague.proposalId}/reject`, {
      reason: "no one is named",
    });
    expect(again.status).toBe(200);
    expect((await accept(dossierId, vague.proposalId, { claimantId: "united-states" })).status).toBe(409);
    const queue = await get(`/v1/dossiers/${dossierId}/proposals?status=rejected`);
    expect(queue.body.proposals.map((p: Proposal) => p.proposalId)).toEqual([vague.proposalId]);
    expect(queue.body.counts.rejected).toBe(1);
  });

  it("answers bad decisions with 4xx and stores nothing", async () => {
    const { dossierId, find, added } = await dossierWithSource();
    const accusation = find("bombing a hospital");
    const cases: Array<[string, unknown, number, string]> = [
      [`/proposals/p999/accept`, {}, 404, "not_found"],
      [`/proposals/${accusation.proposalId}/accept`, { claimantId: "nobody-we-know" }, 422, "rule_violation"],
      [`/proposals/${accusation.proposalId}/accept`, { colour: "red" }, 400, "invalid_request"],
      [`/proposals/${accusation.proposalId}/accept`, { accusedIds: [] }, 400, "invalid_request"],
      [`/proposals/${accusation.proposalId}/reject`, {}, 400, "invalid_request"],
      [`/proposals/${accusation.proposalId}/reject`, { reason: "   " }, 400, "invalid_request"],
    ];
    for (const [path, body, status, code] of cases) {
      const response = await post(`/v1/dossiers/${dossierId}${path}`, body);
      expect(response.status, `${path} ${JSON.stringify(body)}`).toBe(status);
      expect(response.body.error.code).toBe(code);
    }
    const unknown = await accept(dossierId, accusation.proposalId, { claimantId: "nobody-we-know" });
    // The rule is told in terms of the request's fields, not of the events it would have appended.
    expect(unknown.body.error.details).toMatchObject({ rule: "unknown_actor", pointer: "/claimantId" });
    const readerOnly = await post(`/v1/dossiers/${dossierId}/proposals/${accusation.proposalId}/accept`, {}, asReader);
    expect(readerOnly.status).toBe(403);
    expect((await readAll(dossierId)).length).toBe(added.version);
  });
});

describe("a source's text", () => {
  it("must be text: empty, binary or oversized texts are refused with nothing stored", async () => {
    const dossierId = uniqueId("review");
    expect((await append(dossierId, [opened()])).status).toBe(201);
    for (const [name, text] of [
      ["empty", ""],
      ["binary", "PK\u0003\u0004\u0000binary"],
      ["oversized", "a".repeat(200_001)],
    ] as const) {
      const response = await append(dossierId, [sourceWith(text)]);
      expect(response.status, name).toBe(400);
      expect(response.body.error).toMatchObject({ code: "invalid_event" });
      expect(response.body.error.details.issues[0].pointer, name).toBe("/events/0/data/text");
    }
    expect(await readAll(dossierId)).toHaveLength(1);
  });
});
