// Small builders for valid events and an HTTP helper for appends, shared by the store and HTTP tests.
import { SELF } from "cloudflare:test";
import { TEST_TOKENS } from "./tokens";

export const asWriter = { authorization: `Bearer ${TEST_TOKENS.writer}` };
export const asAdmin = { authorization: `Bearer ${TEST_TOKENS.admin}` };
export const asReader = { authorization: `Bearer ${TEST_TOKENS.reader}` };

let counter = 0;
export const uniqueId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export type ProposedEvent = {
  id: string;
  type: string;
  data: Record<string, unknown>;
  metadata?: Record<string, unknown>;
};

export const SOURCE_TEXT = [
  "Washington accused Moscow of bombing hospitals in the city.",
  "“That is a lie,” the Russian ministry said. “The rebels fired first.”",
  "Officials admitted that there were violations on all sides.",
].join("\n");

export const opened = (title = "Test dossier"): ProposedEvent => ({
  id: uniqueId("open"),
  type: "dossier.opened",
  data: { title },
});

export const actor = (actorId: string, kind = "state", parentId?: string): ProposedEvent => ({
  id: uniqueId(`actor-${actorId}`),
  type: "actor.identified",
  data: { actorId, name: actorId.replaceAll("-", " "), kind, ...(parentId ? { parentId } : {}) },
});

/** The two states of the tests' texts, with the capitals their texts name them by. */
export const russiaAndUnitedStates = (): ProposedEvent[] => [
  {
    id: uniqueId("actor-ru"),
    type: "actor.identified",
    data: { actorId: "russia", name: "Russia", kind: "state", aliases: ["Moscow"] },
  },
  {
    id: uniqueId("actor-us"),
    type: "actor.identified",
    data: { actorId: "united-states", name: "United States", kind: "state", aliases: ["Washington"] },
  },
];

export const source = (sourceId = "src", text: string | undefined = SOURCE_TEXT): ProposedEvent => ({
  id: uniqueId(`source-${sourceId}`),
  type: "source.added",
  data: { sourceId, kind: "article", publisher: "Test Wire", title: "A test article", ...(text ? { text } : {}) },
});

function quoteOf(text: string) {
  const start = SOURCE_TEXT.indexOf(text);
  const paragraph = SOURCE_TEXT.slice(0, start).split("\n").length;
  return { text, paragraph, start, end: start + text.length };
}

export const claim = (
  claimId: string,
  claimantId: string,
  accusedIds: string[],
  extra: Record<string, unknown> = {},
) => ({
  id: uniqueId(`claim-${claimId}`),
  type: "claim.made",
  data: {
    claimId,
    claimantId,
    accusedIds,
    category: "targeting-civilians",
    cameo: "1124",
    allegation: "bombing hospitals",
    sourceId: "src",
    quote: quoteOf("Washington accused Moscow of bombing hospitals in the city."),
    mode: "reported",
    ...extra,
  },
});

export const rebuttal = (claimId: string, byActorId: string, extra: Record<string, unknown> = {}) => ({
  id: uniqueId(`rebut-${claimId}`),
  type: "claim.rebutted",
  data: {
    claimId,
    byActorId,
    kind: "denial",
    sourceId: "src",
    quote: quoteOf("That is a lie,"),
    mode: "direct",
    ...extra,
  },
});

export const concession = (claimId: string, byActorId: string) => ({
  id: uniqueId(`concede-${claimId}`),
  type: "claim.conceded",
  data: {
    claimId,
    byActorId,
    extent: "partial",
    sourceId: "src",
    quote: quoteOf("Officials admitted that there were violations on all sides."),
    mode: "reported",
  },
});

/** A dossier with two states, a source and nothing else yet. */
export const basics = (): ProposedEvent[] => [opened(), actor("united-states"), actor("russia"), source()];

export async function post(path: string, body: unknown, headers: Record<string, string> = asWriter) {
  const response = await SELF.fetch(`http://ledger.test${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any, headers: response.headers };
}

export async function get(path: string, headers: Record<string, string> = {}) {
  const response = await SELF.fetch(`http://ledger.test${path}`, { headers });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as any) : null, headers: response.headers };
}

/**
 * Append as a hand-coded import: the sources are not read for proposals, so the store's own tests
 * see only the events they sent. `appendReadingSources` is the default path, with proposals.
 */
export const append = (dossierId: string, events: unknown[], expectedVersion?: unknown) =>
  post(
    `/v1/dossiers/${dossierId}/events?extract=false`,
    expectedVersion === undefined ? { events } : { expectedVersion, events },
  );

export const appendReadingSources = (dossierId: string, events: unknown[]) =>
  post(`/v1/dossiers/${dossierId}/events`, { events });

export async function readAll(dossierId: string) {
  const page = await get(`/v1/dossiers/${dossierId}/events?limit=1000`);
  return page.status === 404 ? [] : (page.body.events as Array<{ id: string; seq: number; type: string }>);
}
