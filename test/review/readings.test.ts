// POST /v1/dossiers/{id}/sources/{sourceId}/readings: a source already in the dossier read again,
// by the model extractor (asked in the Worker, its proposals recorded after) or by the rules one
// (for a source added with ?extract=false). The model is a stand-in binding that answers as Workers
// AI does ({ response }), so no test needs a model or the network; the route, the dossier's object,
// the checks and the review queue are the real ones.
import { describe, expect, it } from "vitest";
import type { ModelRunner } from "../../src/extract/model";
import { append, asReader, get, opened, post, readAll, russiaAndUnitedStates, source, uniqueId } from "../fixtures";
import {
  askedText,
  type ModelCall,
  modelSaying,
  postWithModel,
  TALKS_ACCUSATION,
  TALKS_ACTORS,
  TALKS_DENIAL,
} from "./model-stand-in";

const TEXT = [
  "Moscow accused Washington of sabotaging the talks on Monday.",
  "“We did no such thing,” a US envoy said.",
].join("\n");

const READING = { actors: TALKS_ACTORS, statements: [TALKS_ACCUSATION, TALKS_DENIAL] };

const readSource = (ai: ModelRunner | undefined, dossierId: string, sourceId: string, body?: unknown) =>
  postWithModel(ai, `/v1/dossiers/${dossierId}/sources/${sourceId}/readings`, body);

/** A dossier with the two states and a source added without being read (no proposals yet). */
async function dossierWithUnreadSource() {
  const dossierId = uniqueId("reading");
  const added = await append(dossierId, [opened("Talks"), ...russiaAndUnitedStates(), source("wire", TEXT)]);
  expect(added.status).toBe(201);
  expect((await get(`/v1/dossiers/${dossierId}/proposals`)).body.proposals).toEqual([]);
  return dossierId;
}

type Proposal = {
  proposalId: string;
  extractor: { name: string };
  statement: { quote: string; start: number; end: number; category: string };
  actors: Array<{ ref: string; actorId?: string }>;
  answersProposalId?: string;
};

describe("reading a dossier's source with the model extractor", () => {
  it("records the model's checked proposals in the review queue, caused by the source", async () => {
    const dossierId = await dossierWithUnreadSource();
    const calls: ModelCall[] = [];
    const read = await readSource(modelSaying(READING, calls), dossierId, "wire", { extractor: "model" });
    expect(read.status).toBe(201);
    expect(read.body).toMatchObject({
      dossierId,
      sourceId: "wire",
      extractor: { name: "claims-ledger-model" },
      idempotentReplay: false,
      version: 6,
    });
    expect(read.body.proposalIds).toHaveLength(2);
    expect(calls).toHaveLength(1);
    expect(askedText(calls[0])).toContain(TEXT);

    const proposals = (await get(`/v1/dossiers/${dossierId}/proposals`)).body.proposals as Proposal[];
    expect(proposals.map((proposal) => proposal.statement.quote)).toEqual([
      "Moscow accused Washington of sabotaging the talks",
      "We did no such thing",
    ]);
    for (const proposal of proposals) {
      expect(proposal.extractor.name).toBe("claims-ledger-model");
      expect(TEXT.slice(proposal.statement.start, proposal.statement.end)).toBe(proposal.statement.quote);
    }
    // The names resolve to the dossier's actors, and the denial answers the accusation's proposal.
    expect(proposals[0]?.actors.map((actor) => actor.actorId).sort()).toEqual(["russia", "united-states"]);
    expect(proposals[1]?.answersProposalId).toBe(proposals[0]?.proposalId);

    const events = await readAll(dossierId);
    const sourceEvent = events.find((event) => event.type === "source.added");
    const created = events.filter((event) => event.type === "proposal.created") as unknown as Array<{
      metadata: Record<string, string>;
    }>;
    expect(created).toHaveLength(2);
    expect(created[0]?.metadata).toMatchObject({ author: "ledger-extractor", causationId: sourceEvent?.id });
  });

  it("answers a second reading with the first one's proposals, without asking the model again", async () => {
    const dossierId = await dossierWithUnreadSource();
    const calls: ModelCall[] = [];
    const model = modelSaying(READING, calls);
    const first = await readSource(model, dossierId, "wire", { extractor: "model" });
    expect(first.status).toBe(201);
    const again = await readSource(model, dossierId, "wire", { extractor: "model" });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ idempotentReplay: true, version: first.body.version });
    expect(again.body.proposalIds).toEqual(first.body.proposalIds);
    expect(calls).toHaveLength(1);
    expect(await readAll(dossierId)).toHaveLength(first.body.version);
  });

  it("lets an editor accept a model proposal into the blame graph", async () => {
    const dossierId = await dossierWithUnreadSource();
    const read = await readSource(modelSaying(READING), dossierId, "wire", { extractor: "model" });
    const [accusation] = read.body.proposalIds as string[];
    const accepted = await post(`/v1/dossiers/${dossierId}/proposals/${accusation}/accept`, {});
    expect(accepted.status).toBe(201);
    const graph = await get(`/v1/dossiers/${dossierId}/blame-graph`);
    expect(graph.body.edges).toEqual([expect.objectContaining({ source: "russia", target: "united-states" })]);
  });

  it("refuses without a model, or when the model fails, and stores nothing", async () => {
    const dossierId = await dossierWithUnreadSource();
    const before = (await readAll(dossierId)).length;

    const unbound = await readSource(undefined, dossierId, "wire", { extractor: "model" });
    expect(unbound.status).toBe(400);
    expect(unbound.body.error).toMatchObject({ code: "invalid_request", details: { pointer: "/extractor" } });

    const failing = await readSource(modelSaying(new Error("capacity exceeded")), dossierId, "wire", {
      extractor: "model",
    });
    expect(failing.status).toBe(503);
    expect(failing.body.error.code).toBe("unavailable");

    const garbled = await readSource(modelSaying("no statements here"), dossierId, "wire", { extractor: "model" });
    expect(garbled.status).toBe(503);

    expect(await readAll(dossierId)).toHaveLength(before);
    expect((await get(`/v1/dossiers/${dossierId}/proposals`)).body.proposals).toEqual([]);
  });
});

describe("reading a dossier's source with the rules extractor", () => {
  it("reads a source added with ?extract=false, and answers the add-time reading of any other", async () => {
    const dossierId = await dossierWithUnreadSource();
    // No body: the rules extractor, as on POST /v1/extract.
    const read = await readSource(undefined, dossierId, "wire");
    expect(read.status).toBe(201);
    expect(read.body.extractor.name).toBe("claims-ledger-rules");
    const proposals = (await get(`/v1/dossiers/${dossierId}/proposals`)).body.proposals as Proposal[];
    expect(proposals.map((proposal) => proposal.proposalId)).toEqual(read.body.proposalIds);
    expect(proposals.map((proposal) => proposal.statement.category)).toContain("accusation");

    // A source read when it was added: the rules reading is that one, not a second.
    const other = uniqueId("read-at-add");
    const added = await post(`/v1/dossiers/${other}/events`, { events: [opened(), source("wire", TEXT)] });
    expect(added.body.proposalIds.length).toBeGreaterThan(0);
    const again = await readSource(undefined, other, "wire", { extractor: "rules" });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ idempotentReplay: true, proposalIds: added.body.proposalIds });
  });
});

describe("bad readings", () => {
  it("answer 4xx in the one error shape", async () => {
    const dossierId = await dossierWithUnreadSource();
    const bare = source("bare");
    delete (bare.data as { text?: string }).text;
    const textless = await append(dossierId, [bare]);
    expect(textless.status).toBe(201);

    const noSource = await readSource(undefined, dossierId, "nowhere");
    expect(noSource.status).toBe(404);
    expect(noSource.body.error).toMatchObject({ code: "not_found", details: { sourceId: "nowhere" } });

    const noText = await readSource(undefined, dossierId, "bare");
    expect(noText.status).toBe(422);
    expect(noText.body.error).toMatchObject({ code: "rule_violation", details: { rule: "source_without_text" } });

    const noDossier = await readSource(undefined, uniqueId("absent"), "wire");
    expect(noDossier.status).toBe(404);

    const unknownExtractor = await readSource(undefined, dossierId, "wire", { extractor: "gpt" });
    expect(unknownExtractor.status).toBe(400);
    expect(unknownExtractor.body.error.code).toBe("invalid_request");

    const reader = await post(`/v1/dossiers/${dossierId}/sources/wire/readings`, {}, asReader);
    expect(reader.status).toBe(403);
    expect((await get(`/v1/dossiers/${dossierId}/proposals`)).body.proposals).toEqual([]);
  });
});
