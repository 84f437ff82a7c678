// The domain rules alone: given what the dossier holds, when an event arrives, then which rule breaks.
import { describe, expect, it } from "vitest";
import type { NewEvent } from "../../src/domain/events";
import type { ProposalStatus } from "../../src/domain/projections/proposals";
import { type ClaimFact, checkEvent, type DossierFacts, paragraphAt } from "../../src/domain/rules";

const TEXT = "First paragraph says Moscow lied.\n\nSecond paragraph: “We deny it,” the ministry said.";

function given(
  overrides: {
    version?: number;
    claims?: Record<string, Partial<ClaimFact>>;
    sourceText?: string;
    proposals?: Record<string, { status: ProposalStatus }>;
  } = {},
): DossierFacts {
  const actors: Record<string, { kind: string; parentId?: string }> = {
    "united-states": { kind: "state" },
    russia: { kind: "state" },
    "john-kirby": { kind: "person", parentId: "united-states" },
  };
  const claims: Record<string, ClaimFact> = {
    c1: { claimantId: "united-states", accusedIds: ["russia"], status: "unanswered", category: "x", sourceId: "src" },
    c2: { claimantId: "russia", accusedIds: ["united-states"], status: "unanswered", category: "y", sourceId: "src" },
  };
  for (const [id, claim] of Object.entries(overrides.claims ?? {}))
    claims[id] = { ...claims[id], ...claim } as ClaimFact;
  return {
    version: overrides.version ?? 10,
    actor: (id) => actors[id],
    source: (id) => (id === "src" ? { text: overrides.sourceText ?? TEXT } : undefined),
    claim: (id) => claims[id],
    proposal: (id) => overrides.proposals?.[id],
  };
}

const quote = (text: string) => {
  const start = TEXT.indexOf(text);
  return { text, paragraph: paragraphAt(TEXT, start), start, end: start + text.length };
};

const event = (type: string, data: Record<string, unknown>) =>
  ({ id: "e", type, schemaVersion: 1, data, metadata: {} }) as unknown as NewEvent;

const claimMade = (data: Record<string, unknown> = {}) =>
  event("claim.made", {
    claimId: "c9",
    claimantId: "united-states",
    accusedIds: ["russia"],
    category: "lying",
    allegation: "Moscow lied",
    sourceId: "src",
    quote: quote("Moscow lied."),
    mode: "reported",
    ...data,
  });

const rebutted = (data: Record<string, unknown> = {}) =>
  event("claim.rebutted", {
    claimId: "c1",
    byActorId: "russia",
    kind: "denial",
    sourceId: "src",
    quote: quote("We deny it,"),
    mode: "direct",
    ...data,
  });

describe("domain rules", () => {
  it("accepts valid events", () => {
    expect(checkEvent(given(), claimMade())).toBeUndefined();
    expect(checkEvent(given(), rebutted())).toBeUndefined();
    expect(checkEvent(given(), rebutted({ kind: "counter-accusation", counterClaimId: "c2" }))).toBeUndefined();
  });

  const broken: Array<[string, DossierFacts, NewEvent, string, string]> = [
    ["a dossier must open first", given({ version: 0 }), claimMade(), "dossier_not_opened", "/type"],
    ["a dossier opens once", given(), event("dossier.opened", { title: "again" }), "dossier_already_opened", "/type"],
    [
      "actor ids are unique",
      given(),
      event("actor.identified", { actorId: "russia", name: "Russia", kind: "state" }),
      "actor_exists",
      "/data/actorId",
    ],
    [
      "a parent must be known",
      given(),
      event("actor.identified", { actorId: "x", name: "X", kind: "person", parentId: "nowhere" }),
      "unknown_actor",
      "/data/parentId",
    ],
    [
      "source ids are unique",
      given(),
      event("source.added", { sourceId: "src", kind: "article", publisher: "p", title: "t" }),
      "source_exists",
      "/data/sourceId",
    ],
    ["claim ids are unique", given(), claimMade({ claimId: "c1" }), "claim_exists", "/data/claimId"],
    ["the claimant must be known", given(), claimMade({ claimantId: "mars" }), "unknown_actor", "/data/claimantId"],
    [
      "every accused must be known",
      given(),
      claimMade({ accusedIds: ["russia", "mars"] }),
      "unknown_actor",
      "/data/accusedIds/1",
    ],
    [
      "accused once each",
      given(),
      claimMade({ accusedIds: ["russia", "russia"] }),
      "duplicate_actor",
      "/data/accusedIds/1",
    ],
    [
      "no self-accusation",
      given(),
      claimMade({ accusedIds: ["united-states"] }),
      "self_accusation",
      "/data/accusedIds",
    ],
    ["the speaker must be known", given(), claimMade({ speakerId: "nobody" }), "unknown_actor", "/data/speakerId"],
    ["the source must be known", given(), claimMade({ sourceId: "elsewhere" }), "unknown_source", "/data/sourceId"],
    [
      "a quote must be verbatim",
      given(),
      claimMade({ quote: { text: "Moscow lies.", paragraph: 1 } }),
      "quote_not_in_source",
      "/data/quote/text",
    ],
    [
      "a quote's offsets must point at it",
      given(),
      claimMade({ quote: { ...quote("Moscow lied."), start: 0, end: 12 } }),
      "quote_not_in_source",
      "/data/quote/start",
    ],
    [
      "a quote's paragraph must be right",
      given(),
      claimMade({ quote: { ...quote("Moscow lied."), paragraph: 2 } }),
      "quote_paragraph_mismatch",
      "/data/quote/paragraph",
    ],
    ["a rebuttal answers an existing claim", given(), rebutted({ claimId: "c404" }), "unknown_claim", "/data/claimId"],
    [
      "a claimant does not rebut its own claim",
      given(),
      rebutted({ byActorId: "united-states" }),
      "rebuttal_by_claimant",
      "/data/byActorId",
    ],
    [
      "a retracted claim cannot be answered",
      given({ claims: { c1: { status: "retracted" } } }),
      rebutted(),
      "claim_retracted",
      "/data/claimId",
    ],
    [
      "a counter-accusation names its claim",
      given(),
      rebutted({ kind: "counter-accusation" }),
      "counter_claim_required",
      "/data/counterClaimId",
    ],
    [
      "a counter-claim is the rebutter's",
      given(),
      rebutted({ kind: "counter-accusation", counterClaimId: "c1" }),
      "counter_claim_is_answered_claim",
      "/data/counterClaimId",
    ],
    [
      "only counter-accusations carry counter-claims",
      given(),
      rebutted({ counterClaimId: "c2" }),
      "counter_claim_unexpected",
      "/data/counterClaimId",
    ],
    [
      "a concession is not the claimant's",
      given(),
      event("claim.conceded", {
        claimId: "c1",
        byActorId: "united-states",
        extent: "partial",
        sourceId: "src",
        quote: quote("We deny it,"),
        mode: "direct",
      }),
      "concession_by_claimant",
      "/data/byActorId",
    ],
    [
      "a claim is retracted once",
      given({ claims: { c1: { status: "retracted" } } }),
      event("claim.retracted", { claimId: "c1" }),
      "claim_already_retracted",
      "/data/claimId",
    ],
    [
      "a correction must change something",
      given(),
      event("claim.corrected", { claimId: "c1", reason: "typo", changes: { category: "x" } }),
      "correction_changes_nothing",
      "/data/changes",
    ],
    [
      "a correction may not make a claimant accuse itself",
      given(),
      event("claim.corrected", { claimId: "c1", reason: "wrong side", changes: { claimantId: "russia" } }),
      "self_accusation",
      "/data/changes",
    ],
  ];

  for (const [rule, facts, candidate, name, pointer] of broken) {
    it(rule, () => {
      expect(checkEvent(facts, candidate)).toMatchObject({ rule: name, pointer });
    });
  }

  it("numbers paragraphs as the non-empty lines of a text", () => {
    expect(paragraphAt(TEXT, 0)).toBe(1);
    expect(paragraphAt(TEXT, TEXT.indexOf("Second"))).toBe(2);
  });
});

describe("the review queue's rules", () => {
  const proposals = {
    p1: { status: "pending" as const },
    p2: { status: "accepted" as const },
    p3: { status: "recorded" as const },
  };
  const created = (data: Record<string, unknown>) =>
    event("proposal.created", { proposalId: "p9", sourceId: "src", ...data });

  it("takes a proposal from a source in the dossier, once", () => {
    expect(checkEvent(given({ proposals }), created({}))).toBeUndefined();
    expect(checkEvent(given({ proposals }), created({ sourceId: "elsewhere" }))).toMatchObject({
      rule: "unknown_source",
      pointer: "/data/sourceId",
    });
    expect(checkEvent(given({ proposals }), created({ proposalId: "p1" }))).toMatchObject({ rule: "proposal_exists" });
  });

  it("accepts only a pending proposal, and rejects a pending or hand-recorded one", () => {
    const accepted = (proposalId: string) =>
      event("proposal.accepted", { proposalId, claimId: "c1", eventIds: ["ledger:accept:p1:1"] });
    const rejected = (proposalId: string) => event("proposal.rejected", { proposalId, reason: "not a claim" });
    expect(checkEvent(given({ proposals }), accepted("p1"))).toBeUndefined();
    expect(checkEvent(given({ proposals }), accepted("p2"))).toMatchObject({ rule: "proposal_decided" });
    expect(checkEvent(given({ proposals }), accepted("p3"))).toMatchObject({ rule: "proposal_decided" });
    expect(checkEvent(given({ proposals }), accepted("p7"))).toMatchObject({ rule: "unknown_proposal" });
    expect(checkEvent(given({ proposals }), rejected("p1"))).toBeUndefined();
    expect(checkEvent(given({ proposals }), rejected("p3"))).toBeUndefined();
    expect(checkEvent(given({ proposals }), rejected("p2"))).toMatchObject({
      rule: "proposal_decided",
      pointer: "/data/proposalId",
    });
  });
});
