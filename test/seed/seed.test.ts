// The article's seed stream: every event valid, every quote verbatim at its offsets, every
// reference resolvable, and the whole stream loading cleanly, and idempotently, through the API.
import { describe, expect, it } from "vitest";
import article from "../../events/article-aleppo-2016.txt?raw";
import seedText from "../../events/seed/aleppo-2016.ndjson?raw";
import { eventCatalogue, isEventType } from "../../src/domain/events";
import { append, get } from "../fixtures";

type SeedEvent = { id: string; type: string; data: Record<string, any>; metadata?: Record<string, unknown> };
const seed: SeedEvent[] = seedText
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line));
const paragraphs = article.split("\n");
const ofType = (type: string) => seed.filter((event) => event.type === type);

describe("the aleppo-2016 seed stream", () => {
  it("opens the dossier first and holds only valid events of known types with unique ids", () => {
    expect(seed[0]?.type).toBe("dossier.opened");
    expect(new Set(seed.map((event) => event.id)).size).toBe(seed.length);
    for (const event of seed) {
      expect(isEventType(event.type), event.type).toBe(true);
      const parsed = eventCatalogue[event.type as keyof typeof eventCatalogue].data.safeParse(event.data);
      expect(parsed.success, `${event.id}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it("marks every event as the seed's, with a readable id and no store-assigned fields", () => {
    for (const event of seed) {
      expect(event.id, event.id).toMatch(
        /^aleppo-2016:(dossier$|(actor|source|claim|rebuttal|concession):[a-z0-9-]+$)/,
      );
      expect(event.metadata, event.id).toEqual({ author: "seed", correlationId: "seed:aleppo-2016" });
      expect(Object.keys(event).sort(), event.id).toEqual(["data", "id", "metadata", "type"]);
    }
  });

  it("keeps the article's text in its one source, exactly, without inventing a publisher or address", () => {
    const sources = ofType("source.added");
    expect(sources).toHaveLength(1);
    expect(sources[0]?.data).toMatchObject({
      sourceId: "article",
      kind: "article",
      publisher: "Unattributed news article (text supplied with the project)",
    });
    expect(sources[0]?.data.url).toBeUndefined();
    expect(sources[0]?.data.publishedAt).toBeUndefined();
    expect(sources[0]?.data.text).toBe(article);
  });

  it("dates a statement only from a weekday the article names, and says so", () => {
    const dated = seed.filter((event) => event.data.statedAt);
    expect(dated.length).toBeGreaterThan(0);
    for (const { id, data } of dated) {
      expect(data.statedAt, id).toMatch(/^2016-09-(28|29|30)$/);
      expect(data.context, id).toContain("inferred from the weekday");
    }
  });

  it("quotes the article verbatim: each quote is the article's text at its offsets, in its paragraph", () => {
    const quoted = seed.filter((event) => event.data.quote);
    expect(quoted.length).toBeGreaterThanOrEqual(15);
    for (const { id, data } of quoted) {
      const { text, start, end, paragraph } = data.quote;
      expect(typeof start === "number" && typeof end === "number", `${id}: offsets`).toBe(true);
      expect(article.slice(start, end), id).toBe(text);
      expect(paragraphs[paragraph - 1], id).toContain(text);
      const paragraphStart = paragraphs.slice(0, paragraph - 1).join("\n").length + (paragraph > 1 ? 1 : 0);
      expect(start - paragraphStart, id).toBe(paragraphs[paragraph - 1]?.indexOf(text));
    }
  });

  it("references only actors, sources and claims introduced before", () => {
    const actors = new Set<string>();
    const sources = new Set<string>();
    const claims = new Set<string>();
    for (const { id, type, data } of seed) {
      const refs = [
        data.claimantId,
        data.speakerId,
        data.intermediaryId,
        data.byActorId,
        data.parentId,
        ...(data.accusedIds ?? []),
      ];
      for (const ref of refs.filter(Boolean)) expect(actors.has(ref), `${id} → actor ${ref}`).toBe(true);
      if (data.sourceId && type !== "source.added") expect(sources.has(data.sourceId), id).toBe(true);
      if (type !== "claim.made" && data.claimId) expect(claims.has(data.claimId), id).toBe(true);
      if (data.counterClaimId) expect(claims.has(data.counterClaimId), id).toBe(true);
      if (type === "actor.identified") actors.add(data.actorId);
      if (type === "source.added") sources.add(data.sourceId);
      if (type === "claim.made") claims.add(data.claimId);
    }
    for (const required of [
      "united-states",
      "russia",
      "syrian-government",
      "us-backed-rebels",
      "iran",
      "hezbollah",
      "jabhat-fateh-al-sham",
    ]) {
      expect(actors.has(required), required).toBe(true);
    }
  });

  it("records the counter-accusation and the concession, each linked to the claim it answers", () => {
    const counters = ofType("claim.rebutted").filter((event) => event.data.kind === "counter-accusation");
    const pairs = counters.map((event) => [event.data.claimId, event.data.counterClaimId]);
    expect(pairs).toContainEqual(["syrian-military-violated-ceasefire", "rebels-fired-first-shot"]);
    expect(pairs).toContainEqual([
      "us-accuses-russia-of-violating-international-law",
      "russia-accuses-us-of-violating-international-law",
    ]);
    // The claim that carries a counter-accusation is made by the actor who rebuts with it.
    const claimantOf = new Map(ofType("claim.made").map((event) => [event.data.claimId, event.data.claimantId]));
    for (const { id, data } of counters) expect(claimantOf.get(data.counterClaimId), id).toBe(data.byActorId);
    expect(ofType("claim.conceded").map((event) => event.data.claimId)).toEqual(["rebels-fired-first-shot"]);
  });

  it("loads into a dossier through the API, and loading it again stores nothing twice", async () => {
    const dossierId = "aleppo-2016";
    const first = await append(dossierId, seed, "no_stream");
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ fromSeq: 1, toSeq: seed.length, version: seed.length });

    const again = await append(dossierId, seed, "no_stream");
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ idempotentReplay: true, version: seed.length });

    const info = await get(`/v1/dossiers/${dossierId}`);
    expect(info.body).toMatchObject({
      title: seed[0]?.data.title,
      version: seed.length,
      counts: { claims: ofType("claim.made").length, actors: ofType("actor.identified").length, sources: 1 },
    });
  });
});
