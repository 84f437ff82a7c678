// The event catalogue: the one definition of every event type and version.
// TypeScript types, runtime validation and the JSON Schemas in `events/` all come from here.
import { z } from "zod";
import { MAX_EXTRACT_CHARS, ONLY_TEXT, ProposedActor, ProposedStatement } from "../extract/contract";
import { ActorKind } from "./actor-kind";

/** Stable, URL-safe identifiers for actors, sources, claims and dossiers. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,126}[a-z0-9])?$/, "lower-case letters, digits and inner hyphens, 1-128 characters");

/** Client-supplied event id: the idempotency key. UUIDs and readable slugs both fit. */
export const EventId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, "letters, digits and . _ : -, 1-128 characters, starting alphanumeric");

/** A date (2016-09-28) or a date-time with offset: statements are often dated to the day only. */
export const DateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export { ActorKind };

/** Categories of allegation. Open-ended by design: a slug, with the common ones documented. */
export const Category = Slug.describe(
  "What the claim alleges, as a slug: targeting-civilians, violating-ceasefire, harbouring-terrorists, " +
    "indiscriminate-attacks, violating-international-law, obstructing-peace, threat, pessimistic-comment...",
);

/** CAMEO event code (112 accuse, 1124 accuse of war crimes, 016 deny responsibility...). */
export const CameoCode = z.string().regex(/^\d{3,4}$/, "a CAMEO event code: three or four digits");

/** A verbatim quote and where it stands in its source. */
export const Quote = z
  .object({
    text: z.string().min(1).max(10_000).describe("Verbatim text, an exact substring of the source"),
    paragraph: z.number().int().min(1).describe("1-based paragraph of the source"),
    start: z.number().int().min(0).optional().describe("Offset of the first character in the source text"),
    end: z.number().int().min(1).optional().describe("Offset after the last character in the source text"),
  })
  .strict();

/**
 * What every recorded statement shares: where it appeared, who said it, and how it reached the source.
 * `mode` tells a reader whether the quote is the speaker's own words or the source's report of them.
 */
const statementFields = {
  sourceId: Slug,
  speakerId: Slug.optional().describe("The actor (usually a person) who made the statement"),
  intermediaryId: Slug.optional().describe("Who relayed it, for reported speech (a news agency, a broadcaster)"),
  quote: Quote,
  mode: z.enum(["direct", "reported"]).describe("direct: the speaker's words; reported: the source's paraphrase"),
  statedAt: DateOrDateTime.optional().describe("When the statement was made"),
  context: z.string().max(2_000).optional().describe("Editor's note: the question asked, the occasion"),
};

export const DossierOpened = z
  .object({
    title: z.string().min(1).max(300),
    description: z.string().max(5_000).optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/)
      .optional(),
  })
  .strict();

export const ActorIdentified = z
  .object({
    actorId: Slug,
    name: z.string().min(1).max(200),
    kind: ActorKind,
    aliases: z.array(z.string().min(1).max(200)).max(50).optional(),
    parentId: Slug.optional().describe("The actor this one belongs to: Kirby → State Department → United States"),
    code: z
      .string()
      .regex(/^[A-Z]{3}(?:[A-Z]{3})*$/)
      .optional()
      .describe("GDELT-style actor code: country then role (USAGOV, RUSMIL, SYRREB)"),
    role: z.string().max(200).optional().describe("For a person: the title they speak under"),
  })
  .strict();

export const SourceAdded = z
  .object({
    sourceId: Slug,
    kind: z.enum(["article", "transcript", "statement", "report", "social-post"]),
    publisher: z.string().min(1).max(200),
    title: z.string().min(1).max(500),
    url: z.url({ protocol: /^https?$/ }).optional(),
    publishedAt: DateOrDateTime.optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/)
      .optional(),
    text: z
      .string()
      .min(1)
      .max(MAX_EXTRACT_CHARS)
      // The extractor's limits: a source's text is what the extractor reads.
      .regex(ONLY_TEXT, "text, not binary data: no control characters")
      .optional()
      .describe("The full text, so that every quote stays checkable and the extractor can read it"),
  })
  .strict();

export const ClaimMade = z
  .object({
    claimId: Slug,
    claimantId: Slug.describe("The actor who blames: the one the speaker speaks for"),
    accusedIds: z.array(Slug).min(1).max(20).describe("The actors blamed"),
    category: Category,
    cameo: CameoCode.optional(),
    allegation: z.string().min(1).max(1_000).describe("What is alleged, in the editor's words"),
    ...statementFields,
  })
  .strict();

export const ClaimRebutted = z
  .object({
    claimId: Slug.describe("The claim answered"),
    byActorId: Slug,
    kind: z.enum(["denial", "justification", "counter-accusation"]),
    counterClaimId: Slug.optional().describe("For a counter-accusation: the claim that carries it"),
    cameo: CameoCode.optional(),
    summary: z.string().min(1).max(1_000).optional(),
    ...statementFields,
  })
  .strict();

export const ClaimConceded = z
  .object({
    claimId: Slug,
    byActorId: Slug,
    extent: z.enum(["partial", "full"]),
    cameo: CameoCode.optional(),
    summary: z.string().min(1).max(1_000).optional(),
    ...statementFields,
  })
  .strict();

export const ClaimRetracted = z
  .object({
    claimId: Slug,
    reason: z.string().max(1_000).optional(),
    sourceId: Slug.optional(),
    speakerId: Slug.optional(),
    quote: Quote.optional(),
    statedAt: DateOrDateTime.optional(),
  })
  .strict();

/** An editorial fix: the new values of the fields that were wrong. The original event is never edited. */
export const ClaimCorrected = z
  .object({
    claimId: Slug,
    reason: z.string().min(1).max(1_000),
    changes: z
      .object({
        claimantId: Slug.optional(),
        accusedIds: z.array(Slug).min(1).max(20).optional(),
        speakerId: Slug.optional(),
        intermediaryId: Slug.optional(),
        category: Category.optional(),
        cameo: CameoCode.optional(),
        allegation: z.string().min(1).max(1_000).optional(),
        quote: Quote.optional(),
        mode: z.enum(["direct", "reported"]).optional(),
        statedAt: DateOrDateTime.optional(),
      })
      .strict()
      .refine((changes) => Object.keys(changes).length > 0, "at least one field must change"),
  })
  .strict();

/**
 * The extractor read a source and proposes one statement from it. Written by the ledger itself when a
 * source with text is added, never by clients: a proposal is not a claim until an editor accepts it.
 */
export const ProposalCreated = z
  .object({
    proposalId: Slug,
    sourceId: Slug,
    extractor: z.object({ name: z.string().min(1).max(100), version: z.string().min(1).max(50) }).strict(),
    statement: ProposedStatement.strict(),
    actors: z.array(ProposedActor.strict()).max(100).describe("The actors the statement refers to, by ref"),
    answersProposalId: Slug.optional().describe("The proposal of the statement this one answers"),
  })
  .strict();

/** An editor accepted a proposal: the events it became follow it, each caused by the proposal. */
export const ProposalAccepted = z
  .object({
    proposalId: Slug,
    claimId: Slug.describe("The claim the statement became, or the claim it answers"),
    eventIds: z.array(EventId).max(100).describe("The events appended for it, in order, after this one"),
    edits: z.record(z.string(), z.unknown()).optional().describe("What the editor changed from the proposal"),
  })
  .strict();

export const ProposalRejected = z
  .object({
    proposalId: Slug,
    reason: z.string().min(1).max(1_000),
  })
  .strict();

/**
 * Every event type, with its current schema version and data schema.
 * Adding a version: keep the old entry's schema under its version and add an upcaster.
 */
export const eventCatalogue = {
  "dossier.opened": { version: 1, data: DossierOpened, summary: "A dossier begins; always its first event" },
  "actor.identified": { version: 1, data: ActorIdentified, summary: "A party that blames or is blamed" },
  "source.added": { version: 1, data: SourceAdded, summary: "Where statements appeared" },
  "claim.made": { version: 1, data: ClaimMade, summary: "An actor, through a speaker, blames others" },
  "claim.rebutted": { version: 1, data: ClaimRebutted, summary: "A denial, justification or counter-accusation" },
  "claim.conceded": { version: 1, data: ClaimConceded, summary: "An actor admits part or all of a claim" },
  "claim.retracted": { version: 1, data: ClaimRetracted, summary: "The claimant withdraws a claim" },
  "claim.corrected": { version: 1, data: ClaimCorrected, summary: "An editorial correction of a claim's fields" },
  "proposal.created": {
    version: 1,
    data: ProposalCreated,
    summary: "The extractor proposes a statement from a source (written by the ledger)",
    ledgerOnly: true,
  },
  "proposal.accepted": {
    version: 1,
    data: ProposalAccepted,
    summary: "An editor accepted a proposal (written by the review endpoints)",
    ledgerOnly: true,
  },
  "proposal.rejected": {
    version: 1,
    data: ProposalRejected,
    summary: "An editor rejected a proposal (written by the review endpoints)",
    ledgerOnly: true,
  },
} as const;

export type EventCatalogue = typeof eventCatalogue;
export type EventType = keyof EventCatalogue;
export const eventTypes = Object.keys(eventCatalogue) as EventType[];

export type EventDataOf<T extends EventType> = z.infer<EventCatalogue[T]["data"]>;

export function isEventType(type: string): type is EventType {
  return Object.hasOwn(eventCatalogue, type);
}

/** Types only the ledger writes (proposals and their review): an append from a client may not carry them. */
export const isLedgerOnly = (type: EventType): boolean => "ledgerOnly" in eventCatalogue[type];
export const clientEventTypes = eventTypes.filter((type) => !isLedgerOnly(type));

/** Event ids the ledger gives its own events start with this; clients' ids may not. */
export const LEDGER_ID_PREFIX = "ledger:";

/** Who wrote an event and why: the author comes from the credentials, the ids from the client. */
export const EventMetadata = z
  .object({
    author: z.string().min(1).max(200).optional(),
    correlationId: z.string().min(1).max(200).optional(),
    causationId: z.string().min(1).max(200).optional(),
  })
  .strict();
export type EventMetadata = z.infer<typeof EventMetadata>;

/** An event as a client proposes it. `data` is validated against its type's schema separately. */
export const ProposedEvent = z
  .object({
    id: EventId,
    type: z.string().min(1).max(100),
    schemaVersion: z.number().int().min(1).optional(),
    data: z.record(z.string(), z.unknown()),
    metadata: EventMetadata.optional(),
  })
  .strict();

/** A typed event, after validation, before it has a position in the stream. */
export type NewEvent = {
  [T in EventType]: {
    id: string;
    type: T;
    schemaVersion: number;
    data: EventDataOf<T>;
    metadata: EventMetadata;
  };
}[EventType];

/** An event as stored: the envelope every reader and subscriber sees. */
export type StoredEvent = NewEvent & {
  dossierId: string;
  seq: number;
  recordedAt: string;
};

export type StoredEventOf<T extends EventType> = Extract<StoredEvent, { type: T }>;
