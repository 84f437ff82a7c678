// The optional second extractor: a language model reached through a Workers AI binding, behind the
// same contract as the offline one. The model only proposes; everything it answers is checked here
// against the text before it reaches an editor: a quote that is not the article's own words is
// dropped (never repaired into a paraphrase), offsets are found in the text, refs that point nowhere
// are cut, and the actors resolve to the dossier's as the offline extractor's do. Deployments without
// the binding never load a model; the tests never need one.
import { ActorKind } from "../domain/actor-kind";
import { ApiError } from "../errors";
import { knownResolver } from "./actors";
import { STATEMENT_CATEGORIES } from "./categories";
import type { ExtractInput, Extraction, ProposedActor, ProposedStatement, StatementCategory } from "./contract";
import { paragraphIndex } from "./text";

export const MODEL_EXTRACTOR = { name: "claims-ledger-model", version: "1.0.0" } as const;

/** The model asked when the deployment names none (EXTRACT_MODEL): a large instruction model with JSON mode. */
export const DEFAULT_MODEL = "@cf/meta/llama-3.3-70b-instruct-fp8-fast";

/** The longest text sent to a model (characters): about 8,000 tokens, within the default model's window. */
export const MODEL_MAX_CHARS = 32_000;

/** What the Worker needs of the Workers AI binding (`env.AI`): one call, model name and inputs. */
export interface ModelRunner {
  run(model: string, inputs: Record<string, unknown>): Promise<unknown>;
}

const INSTRUCTIONS = `You read a news article and list every statement in it in which one party blames,
denies, justifies, counter-accuses, concedes to, threatens, makes a demand of, or retracts a charge
against another. Facts, background and neutral remarks are not statements.

For each statement give:
- quote: the article's exact words, copied character for character (direct speech: the words inside
  the quotation marks; reported speech: the reported clause, e.g. "Russia accused the United States of
  sabotaging the talks"). Never paraphrase, never join pieces, never add or drop words.
- speaker: the person who said it as the article names them (null for an institution or a vague source),
  and speakerTitle if the article gives one.
- speaksFor: the ref of the actor the speaker speaks for (a person's state, government, company or
  group); null when the source is vague or unnamed ("officials said", "critics say", "allegedly").
- attribution: "named", "vague" ("officials said", "critics say") or "unattributed" (no source at all).
- targets: refs of the actors blamed, denied to, conceded to, threatened or asked.
- category: one of ${STATEMENT_CATEGORIES.join(", ")}.
- answers: the index (from 0) in your statements list of the statement it responds to, if any.
- mutual: true when the article says the sides blamed each other.
- confidence: 0 to 1.

List the actors the statements use: ref (a1, a2, ...), name (the full name: "Russia", not "Moscow";
"State Department"), kind (one of ${ActorKind.options.join(", ")}), parentRef (the ref of the actor it
belongs to: a ministry's state, a spokesman's government), aliases (the other names the article uses
for it: "Moscow", "the Kremlin", "the company"). Persons are actors of kind person with a parentRef.
Answer with JSON only.`;

/** The JSON schema of the model's answer (Workers AI JSON mode). */
export const MODEL_ANSWER_SCHEMA = {
  type: "object",
  required: ["actors", "statements"],
  properties: {
    actors: {
      type: "array",
      items: {
        type: "object",
        required: ["ref", "name", "kind"],
        properties: {
          ref: { type: "string" },
          name: { type: "string" },
          kind: { type: "string", enum: ActorKind.options },
          parentRef: { type: "string" },
          aliases: { type: "array", items: { type: "string" } },
        },
      },
    },
    statements: {
      type: "array",
      items: {
        type: "object",
        required: ["quote", "category", "targets"],
        properties: {
          quote: { type: "string" },
          speaker: { type: ["string", "null"] },
          speakerTitle: { type: "string" },
          speaksFor: { type: ["string", "null"] },
          attribution: { type: "string", enum: ["named", "vague", "unattributed"] },
          targets: { type: "array", items: { type: "string" } },
          category: { type: "string", enum: STATEMENT_CATEGORIES },
          answers: { type: ["integer", "null"] },
          mutual: { type: "boolean" },
          confidence: { type: "number" },
        },
      },
    },
  },
} as const;

/** Asks the model for the text's statements and checks its answer against the text. */
export async function extractWithModel(ai: ModelRunner, model: string, input: ExtractInput): Promise<Extraction> {
  if (input.text.length > MODEL_MAX_CHARS) {
    throw new ApiError("payload_too_large", `the model extractor reads at most ${MODEL_MAX_CHARS} characters`, {
      limit: MODEL_MAX_CHARS,
      received: input.text.length,
    });
  }
  const heading = [
    input.title ? `Title: ${input.title}` : "",
    input.publishedAt ? `Published: ${input.publishedAt}` : "",
  ]
    .filter(Boolean)
    .join("\n");
  let answer: unknown;
  try {
    answer = await ai.run(model, {
      messages: [
        { role: "system", content: INSTRUCTIONS },
        { role: "user", content: `${heading ? `${heading}\n\n` : ""}${input.text}` },
      ],
      response_format: { type: "json_schema", json_schema: MODEL_ANSWER_SCHEMA },
      temperature: 0,
      max_tokens: 4096,
    });
  } catch (error) {
    throw new ApiError("unavailable", "the language model did not answer; try again, or use the rules extractor", {
      model,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  const parsed = modelAnswerOf(answer);
  if (!parsed) {
    throw new ApiError("unavailable", "the language model's answer was not the JSON asked for; try again", { model });
  }
  return groundModelAnswer(input, parsed);
}

/** Workers AI answers `{ response }`, an object in JSON mode or a string some models fence in ```json. */
function modelAnswerOf(answer: unknown): Record<string, unknown> | null {
  let body = answer && typeof answer === "object" && "response" in answer ? answer.response : answer;
  if (typeof body === "string") {
    const unfenced = body.replace(/^\s*```(?:json)?\s*|\s*```\s*$/g, "");
    try {
      body = JSON.parse(unfenced);
    } catch {
      return null;
    }
  }
  return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
}

const asString = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/**
 * The model's answer made into the contract, or less: only what the text bears out survives. Pure,
 * so every rule here is tested without a model.
 */
export function groundModelAnswer(input: ExtractInput, answer: Record<string, unknown>): Extraction {
  const { text } = input;
  const actors = groundActors(asArray(answer.actors), input);
  const refs = new Set(actors.map((actor) => actor.ref));
  const actorRef = (value: unknown) => {
    const ref = asString(value);
    return ref && refs.has(ref) ? ref : null;
  };
  const paragraphOf = paragraphIndex(text);
  const locate = quoteLocator(text);
  const kept: { statement: ProposedStatement; answersIndex: number | undefined }[] = [];
  const keptIndexOf = new Map<number, number>();
  asArray(answer.statements).forEach((raw, index) => {
    const item = asRecord(raw);
    const category = STATEMENT_CATEGORIES.find((known) => known === item.category) as StatementCategory | undefined;
    if (!category) return;
    const span = locate(typeof item.quote === "string" ? item.quote : "");
    if (!span) return;
    if (kept.some(({ statement }) => statement.start === span.start && statement.end === span.end)) return;
    const speaksFor = actorRef(item.speaksFor);
    const said = asString(item.attribution);
    const speakerName = asString(item.speaker);
    const speakerTitle = asString(item.speakerTitle);
    const speakerRef = speakerName ? personRef(actors, speakerName) : undefined;
    const targets = [...new Set(asArray(item.targets).map(actorRef))].filter(
      (ref): ref is string => ref !== null && ref !== speaksFor,
    );
    const statement: ProposedStatement = {
      ref: "",
      quote: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      paragraph: paragraphOf(span.start),
      mode: /["“”«»]/.test(text[span.start - 1] ?? "") ? "direct" : "reported",
      speaker: speakerName ? { name: speakerName, ...(speakerTitle ? { title: speakerTitle } : {}) } : null,
      speaksFor,
      // Nobody is pinned on a guessed actor: without a side, a "named" source is unattributed.
      attribution: speaksFor ? "named" : said === "vague" ? "vague" : "unattributed",
      targets,
      category,
      confidence: Math.min(1, Math.max(0, typeof item.confidence === "number" ? item.confidence : 0.5)),
    };
    if (speakerRef) statement.speakerRef = speakerRef;
    if (item.mutual === true) statement.mutual = true;
    keptIndexOf.set(index, kept.length);
    kept.push({ statement, answersIndex: typeof item.answers === "number" ? item.answers : undefined });
  });
  kept.forEach(({ statement }, i) => {
    statement.ref = `s${i + 1}`;
  });
  for (const [i, { statement, answersIndex }] of kept.entries()) {
    const answered = answersIndex === undefined ? undefined : keptIndexOf.get(answersIndex);
    if (answered !== undefined && answered !== i) statement.answers = `s${answered + 1}`;
  }
  const statements = kept.map(({ statement }) => statement);
  return { actors: usedActors(actors, statements), statements, extractor: { ...MODEL_EXTRACTOR } };
}

/** The model's actors with valid refs, kinds and parents (a parent that loops or is missing is cut). */
function groundActors(raw: unknown[], input: ExtractInput): ProposedActor[] {
  const actors: ProposedActor[] = [];
  for (const item of raw.map(asRecord)) {
    const ref = asString(item.ref);
    const name = asString(item.name);
    if (!ref || !name || actors.some((actor) => actor.ref === ref)) continue;
    const kind = ActorKind.safeParse(item.kind);
    const aliases = [...new Set(asArray(item.aliases).flatMap((alias) => asString(alias) ?? []))].filter(
      (alias) => alias !== name,
    );
    const actor: ProposedActor = { ref, name, kind: kind.success ? kind.data : "organisation", aliases };
    const parentRef = asString(item.parentRef);
    if (parentRef && parentRef !== ref) actor.parentRef = parentRef;
    actors.push(actor);
  }
  const byRef = new Map(actors.map((actor) => [actor.ref, actor]));
  for (const actor of actors) {
    const seen = new Set([actor.ref]);
    for (let parent = actor.parentRef; parent; parent = byRef.get(parent)?.parentRef) {
      if (!byRef.has(parent) || seen.has(parent)) {
        delete actor.parentRef;
        break;
      }
      seen.add(parent);
    }
  }
  const resolve = knownResolver(input.known?.actors ?? []);
  for (const actor of actors) {
    const actorId = resolve([actor.name, ...actor.aliases], actor.name);
    if (actorId) actor.actorId = actorId;
  }
  return actors;
}

/** The actors a statement uses, with their parents, in the order the model gave them. */
function usedActors(actors: ProposedActor[], statements: ProposedStatement[]): ProposedActor[] {
  const byRef = new Map(actors.map((actor) => [actor.ref, actor]));
  const used = new Set<string>();
  const use = (ref: string | null | undefined) => {
    for (let at = ref ?? undefined; at && !used.has(at); at = byRef.get(at)?.parentRef) used.add(at);
  };
  for (const statement of statements) {
    use(statement.speaksFor);
    use(statement.speakerRef);
    for (const target of statement.targets) use(target);
  }
  return actors.filter((actor) => used.has(actor.ref));
}

const personRef = (actors: ProposedActor[], name: string) =>
  actors.find((actor) => actor.kind === "person" && (actor.name === name || actor.aliases.includes(name)))?.ref;

// Marks and spaces a model may write differently from the article: compared as one character each.
const FOLD: Record<string, string> = {
  "“": '"',
  "”": '"',
  "„": '"',
  "«": '"',
  "»": '"',
  "‘": "'",
  "’": "'",
  "–": "-",
  "—": "-",
};
const fold = (char: string) => (/\s/.test(char) ? " " : (FOLD[char] ?? char));

/**
 * Finds a quote in the text: exactly, or with quotation marks, dashes and runs of spaces compared
 * loosely (the span answered is always the article's own characters). Repeated words are found in
 * order: each lookup starts after the last one found, then wraps around.
 */
function quoteLocator(text: string): (quote: string) => { start: number; end: number } | null {
  // The folded text, with runs of spaces as one, and for each of its characters the offset it came from.
  let folded = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = fold(text[i] as string);
    if (char === " " && folded.endsWith(" ")) continue;
    folded += char;
    origin.push(i);
  }
  let cursor = 0;
  return (quote) => {
    const wanted = [...quote.trim().replace(/^["“”'‘’«»]+|["“”'‘’«»,]+$/g, "")]
      .map(fold)
      .join("")
      .replace(/ +/g, " ")
      .trim();
    if (wanted.length < 8) return null;
    let at = folded.indexOf(wanted, cursor);
    if (at < 0) at = folded.indexOf(wanted);
    if (at < 0) return null;
    cursor = at + 1;
    const start = origin[at] as number;
    const end = (origin[at + wanted.length - 1] as number) + 1;
    return { start, end };
  };
}
