// Labelled texts for the evaluation: a dossier's seed stream read as gold statements, and the
// hand-labelled texts of events/eval/ (quotes written out, offsets found here).
import type { StatementCategory } from "../contract";

export interface GoldActor {
  id: string;
  name: string;
  kind: string;
  code?: string;
  parentId?: string;
  aliases?: string[];
}

export interface GoldStatement {
  start: number;
  end: number;
  speaker: string | null;
  speaksFor: string | null;
  targets: string[];
  /** The categories accepted (a claim that is also a rebuttal may be either). */
  categories: StatementCategory[];
  /** Index of the statement it answers. */
  answers?: number;
  /** An answer link that is right but not required (a counter-claim to what its rebuttal answers). */
  optionalAnswers?: number;
}

export interface GoldText {
  id: string;
  set:
    | "article"
    | "patterns"
    | "held-out"
    | "blind"
    | "dev-2"
    | "blind-2"
    | "dev-3"
    | "blind-3"
    | "dev-4"
    | "blind-4"
    | "dev-5"
    | "blind-5"
    | "dev-6"
    | "blind-6"
    | "dev-7"
    | "blind-7"
    | "dev-8"
    | "blind-8"
    | "dev-9"
    | "blind-9"
    | "dev-10"
    | "blind-10"
    | "dev-11"
    | "blind-11"
    | "blind-12"
    | "dev-12"
    | "blind-13"
    | "blind-14"
    | "dev-13"
    | "blind-15"
    | "dev-14"
    | "blind-16"
    | "dev-15"
    | "dev-16"
    | "blind-17"
    | "dev-17"
    | "blind-18"
    | "blind-19"
    | "dev-18"
    | "dev-20"
    | "dev-19"
    | "dev-21"
    | "blind-20"
    | "dev-22"
    | "blind-21"
    | "blind-22"
    | "dev-23"
    | "dev-24"
    | "dev-25"
    | "dev-26"
    | "dev-27"
    | "blind-23";
  text: string;
  actors: GoldActor[];
  statements: GoldStatement[];
}

interface SeedEvent {
  type: string;
  data: Record<string, unknown> & {
    quote?: { text: string; start: number; end: number };
  };
}

const THREAT = /^13/;

/** The seed stream as gold: claims, rebuttals and concessions as statements; a rebuttal inside its own claim's quote merged into it. */
export function goldFromSeed(id: string, text: string, events: SeedEvent[]): GoldText {
  const actors: GoldActor[] = [];
  type Raw = GoldStatement & {
    claimId?: string;
    answersClaim?: string;
    counterClaimId?: string;
    optionalAnswersClaim?: string;
    kind: string;
  };
  const raws: Raw[] = [];
  for (const event of events) {
    const d = event.data as Record<string, unknown>;
    if (event.type === "actor.identified") {
      actors.push({
        id: d.actorId as string,
        name: d.name as string,
        kind: d.kind as string,
        ...(d.code ? { code: d.code as string } : {}),
        ...(d.parentId ? { parentId: d.parentId as string } : {}),
        aliases: (d.aliases as string[] | undefined) ?? [],
      });
      continue;
    }
    const quote = event.data.quote;
    if (!quote) continue;
    const base = { start: quote.start, end: quote.end, speaker: (d.speakerId as string | undefined) ?? null };
    if (event.type === "claim.made") {
      const threat = d.category === "threat" || THREAT.test((d.cameo as string | undefined) ?? "");
      raws.push({
        ...base,
        kind: "claim",
        claimId: d.claimId as string,
        speaksFor: d.claimantId as string,
        targets: d.accusedIds as string[],
        categories: [threat ? "threat" : "accusation"],
      });
    } else if (event.type === "claim.rebutted" || event.type === "claim.conceded") {
      const kind = event.type === "claim.conceded" ? "concession" : (d.kind as StatementCategory);
      const raw: Raw = {
        ...base,
        kind,
        speaksFor: d.byActorId as string,
        targets: [],
        categories: [kind as StatementCategory],
        answersClaim: d.claimId as string,
      };
      if (d.counterClaimId) raw.counterClaimId = d.counterClaimId as string;
      raws.push(raw);
    }
  }
  const claim = (claimId: string | undefined) => raws.find((raw) => raw.kind === "claim" && raw.claimId === claimId);
  for (const raw of raws) {
    if (raw.kind === "claim") continue;
    const answered = claim(raw.answersClaim);
    const counter = claim(raw.counterClaimId);
    raw.targets =
      raw.kind === "counter-accusation" && counter ? counter.targets : answered ? [answered.speaksFor as string] : [];
  }
  // A rebuttal whose words lie inside a claim of the same actor is that claim answering: one statement.
  const merged = new Set<Raw>();
  for (const raw of raws) {
    if (raw.kind === "claim") continue;
    const host = raws.find(
      (other) =>
        other.kind === "claim" && other.speaksFor === raw.speaksFor && other.start <= raw.start && raw.end <= other.end,
    );
    if (!host) continue;
    host.categories = [
      ...new Set([...host.categories, raw.categories[0] as StatementCategory, "counter-accusation" as const]),
    ];
    host.answersClaim = raw.answersClaim;
    merged.add(raw);
  }
  for (const raw of raws) {
    if (raw.kind !== "counter-accusation" || merged.has(raw)) continue;
    const counter = claim(raw.counterClaimId);
    if (counter && !merged.has(counter)) {
      counter.categories = [...new Set([...counter.categories, "counter-accusation" as const])];
      counter.optionalAnswersClaim = raw.answersClaim;
    }
  }
  const kept = raws.filter((raw) => !merged.has(raw));
  const indexOfClaim = (claimId: string | undefined) =>
    kept.findIndex((raw) => raw.kind === "claim" && raw.claimId === claimId);
  const statements = kept.map((raw) => {
    const statement: GoldStatement = {
      start: raw.start,
      end: raw.end,
      speaker: raw.speaker,
      speaksFor: raw.speaksFor,
      targets: raw.targets,
      categories: raw.categories,
    };
    const answers = indexOfClaim(raw.answersClaim);
    if (answers >= 0) statement.answers = answers;
    const optional = indexOfClaim(raw.optionalAnswersClaim);
    if (optional >= 0) statement.optionalAnswers = optional;
    return statement;
  });
  return { id, set: "article", text, actors, statements };
}

/** A labelled text as written in events/eval/: quotes as text (with `occurrence` when repeated). */
export interface LabelledFile {
  id: string;
  set: "patterns" | "held-out" | "blind" | "dev-2" | "blind-2" | "dev-3" | "blind-3";
  text: string;
  actors: GoldActor[];
  statements: {
    quote: string;
    occurrence?: number;
    speaker?: string | null;
    speaksFor: string | null;
    targets: string[];
    category: StatementCategory | StatementCategory[];
    answers?: number;
    mutual?: boolean;
  }[];
}

export function goldFromLabelled(file: LabelledFile): GoldText {
  const statements: GoldStatement[] = [];
  const indexOf: number[] = [];
  for (const [i, labelled] of file.statements.entries()) {
    let at = -1;
    for (let n = 0; n <= (labelled.occurrence ?? 0); n++) at = file.text.indexOf(labelled.quote, at + 1);
    if (at < 0) throw new Error(`${file.id}: statement ${i} quote not in text: ${labelled.quote}`);
    const categories = Array.isArray(labelled.category) ? labelled.category : [labelled.category];
    const statement: GoldStatement = {
      start: at,
      end: at + labelled.quote.length,
      speaker: labelled.speaker ?? null,
      speaksFor: labelled.speaksFor,
      targets: labelled.targets,
      categories,
    };
    indexOf.push(statements.length);
    statements.push(statement);
    // Mutual blame is blame both ways: the other side's charge answers the first.
    if (labelled.mutual && labelled.speaksFor && labelled.targets[0]) {
      statements.push({
        ...statement,
        speaker: null,
        speaksFor: labelled.targets[0],
        targets: [labelled.speaksFor],
        categories: ["counter-accusation"],
        answers: statements.length - 1,
      });
    }
  }
  for (const [i, labelled] of file.statements.entries()) {
    const own = statements[indexOf[i] as number];
    if (own && labelled.answers !== undefined) own.answers = indexOf[labelled.answers] as number;
  }
  return { id: file.id, set: file.set, text: file.text, actors: file.actors, statements };
}
