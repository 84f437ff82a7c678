// Accepting a proposal, alone: given a proposal and what the dossier knows, then these events.
import { describe, expect, it } from "vitest";
import type { ProposalDoc } from "../../src/domain/projections/proposals";
import { planAcceptance } from "../../src/domain/review/acceptance";
import { actorSlug } from "../../src/domain/review/actor-slug";
import type { DossierFacts } from "../../src/domain/rules";
import type { ProposedActor, ProposedStatement } from "../../src/extract/contract";

const known: Record<string, { kind: string; parentId?: string }> = { russia: { kind: "state" } };
const facts: DossierFacts = {
  version: 9,
  actor: (id) => known[id],
  source: () => ({ text: "" }),
  claim: () => undefined,
  proposal: () => undefined,
};

const actors: ProposedActor[] = [
  { ref: "a1", name: "United States", kind: "state", aliases: ["Washington"], code: "USA" },
  { ref: "a2", name: "U.S. State Department", kind: "government", parentRef: "a1", aliases: [] },
  { ref: "a3", name: "Jane Roe", kind: "person", parentRef: "a2", aliases: ["Roe"] },
  { ref: "a4", name: "Russia", kind: "state", aliases: ["Moscow"], actorId: "russia" },
];

function proposal(statement: Partial<ProposedStatement>, extra: Partial<ProposalDoc> = {}): ProposalDoc {
  return {
    proposalId: "p7",
    sourceId: "wire",
    eventId: "ledger:proposal:p7",
    seq: 7,
    recordedAt: "2026-12-01T00:00:00.000Z",
    status: "pending",
    extractor: { name: "test", version: "1" },
    actors,
    statement: {
      ref: "s1",
      quote: "Moscow bombed the hospital",
      start: 10,
      end: 36,
      paragraph: 1,
      mode: "direct",
      speaker: { name: "Jane Roe", title: "spokeswoman" },
      speakerRef: "a3",
      speaksFor: "a1",
      attribution: "named",
      targets: ["a4"],
      category: "accusation",
      confidence: 0.9,
      ...statement,
    },
    ...extra,
  };
}

const planned = (doc: ProposalDoc, edits = {}, answered?: ProposalDoc) => {
  const plan = planAcceptance(doc, edits, facts, answered);
  if (!plan.ok) throw new Error(`refused: ${plan.problem.rule}`);
  return plan.plan;
};

describe("accepting a proposal", () => {
  it("records the decision first, then new actors parents first, then the claim, all caused by the proposal", () => {
    const plan = planned(proposal({}));
    expect(plan.events.map((event) => event.type)).toEqual([
      "proposal.accepted",
      "actor.identified",
      "actor.identified",
      "actor.identified",
      "claim.made",
    ]);
    const [decision, us, agency, person, claim] = plan.events;
    expect(us?.data).toMatchObject({ actorId: "united-states", kind: "state", code: "USA", aliases: ["Washington"] });
    expect(agency?.data).toMatchObject({ actorId: "us-state-department", parentId: "united-states" });
    expect(person?.data).toMatchObject({ actorId: "jane-roe", kind: "person", parentId: "us-state-department" });
    expect(claim?.data).toMatchObject({
      claimId: "claim-p7",
      claimantId: "united-states",
      accusedIds: ["russia"],
      speakerId: "jane-roe",
      category: "accusation",
      allegation: "Moscow bombed the hospital",
      quote: { text: "Moscow bombed the hospital", paragraph: 1, start: 10, end: 36 },
    });
    expect(decision?.data).toEqual({
      proposalId: "p7",
      claimId: "claim-p7",
      eventIds: plan.events.slice(1).map((event) => event.id),
    });
    for (const event of plan.events) {
      expect(event.metadata).toEqual({ causationId: "ledger:proposal:p7", correlationId: "review:p7" });
    }
  });

  it("maps refs onto the dossier's actors when the editor says so, and creates none then", () => {
    known["usa"] = { kind: "state" };
    const plan = planned(proposal({}), { actors: { a1: "usa" }, speakerId: null, category: "targeting-civilians" });
    expect(plan.events.map((event) => event.type)).toEqual(["proposal.accepted", "claim.made"]);
    expect(plan.events[1]?.data).toMatchObject({ claimantId: "usa", category: "targeting-civilians" });
    expect(plan.events[1]?.data).not.toHaveProperty("speakerId");
    expect(plan.events[0]?.data).toMatchObject({ edits: { actors: { a1: "usa" } } });
  });

  it("records mutual blame as one claim for each side", () => {
    const plan = planned(proposal({ mutual: true, speaksFor: "a1", speakerRef: undefined }), { actors: { a1: "usa" } });
    const claims = plan.events.filter((event) => event.type === "claim.made").map((event) => event.data);
    expect(claims).toEqual([
      expect.objectContaining({ claimId: "claim-p7", claimantId: "usa", accusedIds: ["russia"] }),
      expect.objectContaining({ claimId: "claim-p7-2", claimantId: "russia", accusedIds: ["usa"], mode: "reported" }),
    ]);
  });

  it("links a denial to the claim of the proposal it answers, and a counter-accusation both ways", () => {
    const answered = proposal({}, { proposalId: "p5", status: "accepted", claimId: "hospital-claim" });
    const denial = planned(proposal({ category: "denial", speaksFor: "a4", targets: ["a1"] }), {}, answered);
    expect(denial.claimId).toBe("hospital-claim");
    expect(denial.events.at(-1)).toMatchObject({
      type: "claim.rebutted",
      data: { claimId: "hospital-claim", byActorId: "russia", kind: "denial" },
    });
    const counter = planned(
      proposal({ category: "counter-accusation", speaksFor: "a4", targets: ["a1"] }),
      { actors: { a1: "usa" } },
      answered,
    );
    expect(counter.events.slice(-2)).toMatchObject([
      { type: "claim.made", data: { claimId: "claim-p7", claimantId: "russia", accusedIds: ["usa"] } },
      {
        type: "claim.rebutted",
        data: { claimId: "hospital-claim", kind: "counter-accusation", counterClaimId: "claim-p7" },
      },
    ]);
    const concession = planned(proposal({ category: "concession" }), { answersClaimId: "other-claim" });
    expect(concession.events.at(-1)).toMatchObject({
      type: "claim.conceded",
      data: { claimId: "other-claim", extent: "partial" },
    });
  });

  it("refuses what it cannot record without guessing", () => {
    const refused = (doc: ProposalDoc, edits = {}, answered?: ProposalDoc) => {
      const plan = planAcceptance(doc, edits, facts, answered);
      return plan.ok ? "accepted" : plan.problem.rule;
    };
    expect(refused(proposal({ speaksFor: null, attribution: "vague", speaker: null, speakerRef: undefined }))).toBe(
      "unattributed_statement",
    );
    expect(refused(proposal({ category: "denial" }))).toBe("answered_claim_missing");
    expect(refused(proposal({ category: "denial" }), {}, proposal({}, { proposalId: "p5" }))).toBe(
      "answered_proposal_pending",
    );
    expect(refused(proposal({ category: "denial" }), {}, proposal({}, { proposalId: "p5", status: "rejected" }))).toBe(
      "answered_proposal_rejected",
    );
    expect(refused(proposal({ targets: ["a1"] }))).toBe("no_accused");
  });

  it("makes actor ids from names as slugs", () => {
    expect(actorSlug("U.S. State Department", "x")).toBe("us-state-department");
    expect(actorSlug("Jabhat Fateh al-Sham", "x")).toBe("jabhat-fateh-al-sham");
    expect(actorSlug("Élysée Palace", "x")).toBe("elysee-palace");
    expect(actorSlug("“”", "p7-a1")).toBe("p7-a1");
  });
});
