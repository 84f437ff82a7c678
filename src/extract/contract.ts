// The extractor's contract: what goes in (an article's text, and what the dossier already knows)
// and what comes out (proposed actors and statements). Pure data, defined once with zod so the
// route validates with it, the OpenAPI document shows it and the proposal events embed it.
import { z } from "zod";
import { ActorKind } from "../domain/actor-kind";
import { STATEMENT_CATEGORIES } from "./categories";

/** The categories a proposed statement can have (the answer kinds map onto the event types). */
export const StatementCategory = z.enum(STATEMENT_CATEGORIES);
export type StatementCategory = z.infer<typeof StatementCategory>;

/** An actor the text names. `actorId` is set when it resolves to an actor the dossier already has. */
export const ProposedActor = z.object({
  ref: z.string().describe("Reference used by statements in this answer, e.g. a1"),
  name: z.string(),
  kind: ActorKind,
  parentRef: z.string().optional().describe("The ref of the actor it belongs to (an agency's state)"),
  aliases: z.array(z.string()).describe("The other names the text used for it"),
  actorId: z.string().optional().describe("The dossier's existing actor it resolved to"),
  code: z.string().optional().describe("GDELT-style code where the gazetteer knows it (RUS, USAGOV)"),
});
export type ProposedActor = z.infer<typeof ProposedActor>;

export const ProposedStatement = z.object({
  ref: z.string().describe("Reference within this answer, e.g. s1"),
  quote: z.string().describe("Verbatim: always text.slice(start, end)"),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  paragraph: z.number().int().min(1).describe("1-based paragraph of the text where the quote starts"),
  mode: z.enum(["direct", "reported"]).describe("direct: inside quotation marks; reported: indirect speech"),
  speaker: z
    .object({ name: z.string(), title: z.string().optional() })
    .nullable()
    .describe("Who said it, as the text names them; null when the text names nobody"),
  speakerRef: z.string().optional().describe("The speaker as an actor (a person), when named"),
  speaksFor: z.string().nullable().describe("The actor ref the speaker speaks for; null when unattributed or vague"),
  attribution: z
    .enum(["named", "vague", "unattributed"])
    .describe("vague: 'officials said', 'critics say'; unattributed: 'allegedly', no source at all"),
  targets: z.array(z.string()).describe("Actor refs blamed, denied to, conceded to"),
  category: StatementCategory,
  cameo: z.string().optional(),
  intermediary: z.string().optional().describe("Actor ref of who relayed it (Reuters, Al Arabiya)"),
  answers: z.string().optional().describe("Ref of the statement in this text it responds to"),
  answersClaimId: z.string().optional().describe("An existing claim of the dossier it responds to"),
  mutual: z.boolean().optional().describe("'the two sides blamed each other': blame in both directions"),
  confidence: z.number().min(0).max(1),
});
export type ProposedStatement = z.infer<typeof ProposedStatement>;

export const Extraction = z.object({
  actors: z.array(ProposedActor),
  statements: z.array(ProposedStatement),
  extractor: z.object({ name: z.string(), version: z.string() }),
});
export type Extraction = z.infer<typeof Extraction>;

/** What the dossier already knows, so the extractor resolves names to ids and links answers. */
export interface KnownActor {
  actorId: string;
  name: string;
  kind: z.infer<typeof ActorKind>;
  aliases: string[];
  parentId?: string;
}
export interface KnownClaim {
  claimId: string;
  claimantId: string;
  accusedIds: string[];
  allegation: string;
  quote: string;
  speakerId?: string;
}
/** Which extractor reads a text: the offline rules, or a language model where a deployment binds one. */
export const EXTRACTOR_CHOICES = ["rules", "model"] as const;
export type ExtractorChoice = (typeof EXTRACTOR_CHOICES)[number];

export interface ExtractInput {
  text: string;
  title?: string;
  publishedAt?: string;
  known?: { actors: KnownActor[]; claims: KnownClaim[] };
}

/** The largest text extraction accepts, and a source may hold (characters): a long feature is about 60,000. */
export const MAX_EXTRACT_CHARS = 200_000;

/** Control characters other than tab and line breaks, and non-characters: the mark of binary data. */
export const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;
/** A whole text without any of them (for schemas, which want the text matched from end to end). */
export const ONLY_TEXT = new RegExp(`^[^${NOT_TEXT.source.slice(1, -1)}]*$`);
