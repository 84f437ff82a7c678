// Scores an extraction against a labelled text: quote spans (matched when they overlap by at
// least 80% of the longer of the two), then speaker, actor spoken for and accused actors
// (rolled up to states and organisations), category, answer links, and accuser → accused edges.
import type { Extraction, ProposedStatement } from "../contract";
import type { GoldActor, GoldText } from "./gold";

export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}
export interface Score {
  quotes: Counts;
  speaker: Counts;
  speakerAgreement: { agree: number; matched: number };
  speaksFor: Counts;
  accused: Counts;
  category: Counts;
  answers: Counts;
  edges: Counts;
}

/** The scored fields in the order the evaluation prints them, each with its label. */
export const SCORE_METRICS: [keyof Score, string][] = [
  ["quotes", "quote spans"],
  ["speaker", "speaker"],
  ["speaksFor", "speaks for (rolled up)"],
  ["accused", "accused (rolled up)"],
  ["category", "category"],
  ["answers", "answer links"],
  ["edges", "edges accuser → accused"],
];

export const emptyScore = (): Score => ({
  quotes: { tp: 0, predicted: 0, gold: 0 },
  speaker: { tp: 0, predicted: 0, gold: 0 },
  speakerAgreement: { agree: 0, matched: 0 },
  speaksFor: { tp: 0, predicted: 0, gold: 0 },
  accused: { tp: 0, predicted: 0, gold: 0 },
  category: { tp: 0, predicted: 0, gold: 0 },
  answers: { tp: 0, predicted: 0, gold: 0 },
  edges: { tp: 0, predicted: 0, gold: 0 },
});

export function addScores(into: Score, more: Score): Score {
  for (const key of Object.keys(into) as (keyof Score)[]) {
    const a = into[key] as unknown as Record<string, number>;
    const b = more[key] as unknown as Record<string, number>;
    for (const field of Object.keys(a)) a[field] = (a[field] ?? 0) + (b[field] ?? 0);
  }
  return into;
}

export const prf = (c: Counts) => {
  const precision = c.predicted ? c.tp / c.predicted : c.gold ? 0 : 1;
  const recall = c.gold ? c.tp / c.gold : c.predicted ? 0 : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
};

const nameKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");

const EDGE_CLAIMS = new Set(["accusation", "counter-accusation", "threat", "demand"]);

/**
 * One proposal as an editor meets it: its confidence, whether its quote is a gold statement's, and
 * whether it is right as proposed (speaker, side, accused and category all agree), so that it could
 * be accepted without an edit. Pooled by confidence, they say what a confidence figure is worth.
 */
export interface ProposalOutcome {
  confidence: number;
  quote: boolean;
  asProposed: boolean;
}

/**
 * The edges had one field of every matched statement been the gold's (its side, its accused, or
 * both): how many edges each field costs, so that a round works on the field that loses most.
 */
export interface OracleEdges {
  side: Counts;
  targets: Counts;
  sideAndTargets: Counts;
}

/** One text's score, with which edges were lost or wrongly made and why, and each proposal's outcome. */
export type Scored = Score & {
  edgeDetail?: { missed: string[]; extra: string[] };
  edgeCauses?: EdgeCauses;
  proposals?: ProposalOutcome[];
  oracle?: OracleEdges;
};

interface Predicted {
  start: number;
  end: number;
  speakerName: string | null;
  speaksFor: string | null;
  targets: string[];
  category: string;
  confidence: number;
  answers?: number;
}

export function score(gold: GoldText, extraction: Extraction): Scored {
  const result: Scored = emptyScore();
  const goldById = new Map(gold.actors.map((actor) => [actor.id, actor]));
  const goldTop = (id: string) => {
    let current = id;
    for (let i = 0; i < 10; i++) {
      const parent = goldById.get(current)?.parentId;
      if (!parent) break;
      current = parent;
    }
    return current;
  };
  const namesOfGold = (actor: GoldActor) => [actor.name, actor.id, ...(actor.aliases ?? [])].map(nameKey);
  const byRef = new Map(extraction.actors.map((actor) => [actor.ref, actor]));
  const predictedTop = (ref: string) => {
    let current = ref;
    for (let i = 0; i < 10; i++) {
      const parent = byRef.get(current)?.parentRef;
      if (!parent) break;
      current = parent;
    }
    return current;
  };
  // A predicted top actor is a gold one when a name, alias or state code agrees.
  const mapped = new Map<string, string>();
  const mapTop = (ref: string): string => {
    const top = predictedTop(ref);
    const cached = mapped.get(top);
    if (cached) return cached;
    const actor = byRef.get(top);
    let found = `unmatched:${actor?.name ?? top}`;
    if (actor) {
      const names = [actor.name, ...actor.aliases].map(nameKey);
      for (const candidate of gold.actors) {
        if (candidate.parentId) continue;
        const sameCode =
          actor.kind === "state" && candidate.kind === "state" && actor.code && candidate.code === actor.code;
        if (sameCode || namesOfGold(candidate).some((name) => names.includes(name))) {
          found = candidate.id;
          break;
        }
      }
      if (found.startsWith("unmatched:")) {
        for (const candidate of gold.actors)
          if (namesOfGold(candidate).some((name) => names.includes(name))) found = goldTop(candidate.id);
      }
    }
    mapped.set(top, found);
    return found;
  };
  const goldSpeakerNames = (id: string | null) => {
    const actor = id ? goldById.get(id) : undefined;
    return actor ? namesOfGold(actor) : [];
  };

  // Mutual blame is blame both ways: the other side's charge answers the first.
  const predicted: Predicted[] = [];
  for (const statement of extraction.statements) predicted.push(...expand(statement, extraction, predicted.length));
  const refIndex = new Map<string, number>();
  let cursor = 0;
  for (const statement of extraction.statements) {
    refIndex.set(statement.ref, cursor);
    cursor += statement.mutual && statement.speaksFor && statement.targets[0] ? 2 : 1;
  }
  for (const [i, statement] of extraction.statements.entries()) {
    const at = refIndex.get(statement.ref) as number;
    const own = predicted[at];
    if (own && statement.answers) own.answers = refIndex.get(statement.answers);
    void i;
  }

  // One-to-one matching of quotes, best overlaps first, preferring the same actor spoken for.
  const pairs: { p: number; g: number; weight: number }[] = [];
  for (const [p, pred] of predicted.entries()) {
    for (const [g, goldStatement] of gold.statements.entries()) {
      const shared = Math.min(pred.end, goldStatement.end) - Math.max(pred.start, goldStatement.start);
      const overlap = shared / Math.max(pred.end - pred.start, goldStatement.end - goldStatement.start);
      if (overlap < 0.8) continue;
      const sameSide =
        pred.speaksFor && goldStatement.speaksFor && mapTop(pred.speaksFor) === goldTop(goldStatement.speaksFor);
      pairs.push({ p, g, weight: overlap + (sameSide ? 0.5 : 0) });
    }
  }
  pairs.sort((a, b) => b.weight - a.weight);
  const goldOf = new Map<number, number>();
  const predOf = new Map<number, number>();
  for (const pair of pairs) {
    if (goldOf.has(pair.p) || predOf.has(pair.g)) continue;
    goldOf.set(pair.p, pair.g);
    predOf.set(pair.g, pair.p);
  }
  result.quotes = { tp: goldOf.size, predicted: predicted.length, gold: gold.statements.length };

  result.proposals = [];
  for (const [p, pred] of predicted.entries()) {
    if (pred.speakerName) result.speaker.predicted++;
    if (pred.speaksFor) result.speaksFor.predicted++;
    result.accused.predicted += new Set(pred.targets.map(mapTop)).size;
    result.category.predicted++;
    if (pred.answers !== undefined) result.answers.predicted++;
    const g = goldOf.get(p);
    const goldStatement = g === undefined ? undefined : gold.statements[g];
    if (!goldStatement) {
      result.proposals.push({ confidence: pred.confidence, quote: false, asProposed: false });
      continue;
    }
    const speakerRight =
      pred.speakerName !== null && goldSpeakerNames(goldStatement.speaker).includes(nameKey(pred.speakerName));
    if (speakerRight) result.speaker.tp++;
    result.speakerAgreement.matched++;
    if (speakerRight || (pred.speakerName === null && goldStatement.speaker === null)) result.speakerAgreement.agree++;
    if (pred.speaksFor && goldStatement.speaksFor && mapTop(pred.speaksFor) === goldTop(goldStatement.speaksFor))
      result.speaksFor.tp++;
    const goldTargets = new Set(goldStatement.targets.map(goldTop));
    const predictedTargets = new Set(pred.targets.map(mapTop));
    for (const target of predictedTargets) if (goldTargets.has(target)) result.accused.tp++;
    const categoryRight = (goldStatement.categories as string[]).includes(pred.category);
    if (categoryRight) result.category.tp++;
    const sideRight = pred.speaksFor
      ? goldStatement.speaksFor !== null && mapTop(pred.speaksFor) === goldTop(goldStatement.speaksFor)
      : goldStatement.speaksFor === null;
    const targetsRight =
      predictedTargets.size === goldTargets.size && [...predictedTargets].every((target) => goldTargets.has(target));
    const speakerAgrees = speakerRight || (pred.speakerName === null && goldStatement.speaker === null);
    result.proposals.push({
      confidence: pred.confidence,
      quote: true,
      asProposed: speakerAgrees && sideRight && targetsRight && categoryRight,
    });
    if (pred.answers !== undefined) {
      const answeredGold = goldOf.get(pred.answers);
      // A link the gold allows but does not require counts neither way.
      if (answeredGold !== undefined && goldStatement.answers === answeredGold) result.answers.tp++;
      else if (answeredGold !== undefined && goldStatement.optionalAnswers === answeredGold) result.answers.predicted--;
    }
  }
  for (const goldStatement of gold.statements) {
    if (goldStatement.speaker) result.speaker.gold++;
    if (goldStatement.speaksFor) result.speaksFor.gold++;
    result.accused.gold += new Set(goldStatement.targets.map(goldTop)).size;
    result.category.gold++;
    if (goldStatement.answers !== undefined) result.answers.gold++;
  }

  const goldEdges = new Set<string>();
  for (const statement of gold.statements) {
    // The first category is the labeller's reading; the others are only accepted.
    if (!statement.speaksFor || !EDGE_CLAIMS.has(statement.categories[0] ?? "")) continue;
    for (const target of statement.targets)
      if (goldTop(target) !== goldTop(statement.speaksFor))
        goldEdges.add(`${goldTop(statement.speaksFor)}>${goldTop(target)}`);
  }
  const predictedEdges = new Set<string>();
  for (const pred of predicted) {
    if (!pred.speaksFor || !EDGE_CLAIMS.has(pred.category)) continue;
    for (const target of pred.targets)
      if (mapTop(target) !== mapTop(pred.speaksFor)) predictedEdges.add(`${mapTop(pred.speaksFor)}>${mapTop(target)}`);
  }
  const edgeCounts = (edges: Set<string>): Counts => {
    let tp = 0;
    for (const edge of edges) if (goldEdges.has(edge)) tp++;
    return { tp, predicted: edges.size, gold: goldEdges.size };
  };
  result.edges = edgeCounts(predictedEdges);
  // The same edges with the gold's side, accused or both put on every statement whose quote matched.
  const oracleEdges = (goldSide: boolean, goldTargets: boolean) => {
    const edges = new Set<string>();
    for (const [p, pred] of predicted.entries()) {
      const g = goldOf.get(p);
      const goldStatement = g === undefined ? undefined : gold.statements[g];
      const side =
        goldSide && goldStatement
          ? goldStatement.speaksFor && goldTop(goldStatement.speaksFor)
          : pred.speaksFor && mapTop(pred.speaksFor);
      const targets =
        goldTargets && goldStatement ? goldStatement.targets.map(goldTop) : pred.targets.map((ref) => mapTop(ref));
      if (!side || !EDGE_CLAIMS.has(pred.category)) continue;
      for (const target of targets) if (target !== side) edges.add(`${side}>${target}`);
    }
    return edgeCounts(edges);
  };
  result.oracle = {
    side: oracleEdges(true, false),
    targets: oracleEdges(false, true),
    sideAndTargets: oracleEdges(true, true),
  };
  result.edgeDetail = {
    missed: [...goldEdges].filter((edge) => !predictedEdges.has(edge)),
    extra: [...predictedEdges].filter((edge) => !goldEdges.has(edge)),
  };

  // Why each edge was lost or wrongly made, by the closest statement that could have carried it.
  const causes: EdgeCauses = { missed: {}, extra: {} };
  const count = (into: Record<string, number>, cause: string) => {
    into[cause] = (into[cause] ?? 0) + 1;
  };
  for (const edge of result.edgeDetail.missed) {
    const [from, to] = edge.split(">");
    let best = 0;
    for (const [g, statement] of gold.statements.entries()) {
      if (!statement.speaksFor || goldTop(statement.speaksFor) !== from) continue;
      if (!EDGE_CLAIMS.has(statement.categories[0] ?? "")) continue;
      if (!statement.targets.some((target) => goldTop(target) === to)) continue;
      const p = predOf.get(g);
      const pred = p === undefined ? undefined : predicted[p];
      // Ranked: the further a statement got, the more it tells about what to fix.
      const reached = !pred
        ? 1
        : !pred.speaksFor
          ? 2
          : mapTop(pred.speaksFor) !== from
            ? 3
            : !EDGE_CLAIMS.has(pred.category)
              ? 4
              : pred.targets.length === 0
                ? 5
                : 6;
      best = Math.max(best, reached);
    }
    count(causes.missed, MISSED_CAUSES[best] ?? "unknown");
  }
  for (const edge of result.edgeDetail.extra) {
    const [from, to] = edge.split(">");
    let best = 0;
    for (const [p, pred] of predicted.entries()) {
      if (!pred.speaksFor || mapTop(pred.speaksFor) !== from || !EDGE_CLAIMS.has(pred.category)) continue;
      if (!pred.targets.some((target) => mapTop(target) === to)) continue;
      const g = goldOf.get(p);
      const goldStatement = g === undefined ? undefined : gold.statements[g];
      const reached = !goldStatement
        ? 1
        : !goldStatement.speaksFor || goldTop(goldStatement.speaksFor) !== from
          ? 2
          : !EDGE_CLAIMS.has(goldStatement.categories[0] ?? "")
            ? 3
            : 4;
      best = Math.max(best, reached);
    }
    count(causes.extra, EXTRA_CAUSES[best] ?? "unknown");
  }
  result.edgeCauses = causes;
  return result;
}

/** For each lost and each wrong edge, the count of each cause (see MISSED_CAUSES, EXTRA_CAUSES). */
export interface EdgeCauses {
  missed: Record<string, number>;
  extra: Record<string, number>;
}
const MISSED_CAUSES = [
  "unknown",
  "statement not proposed",
  "no side for the speaker",
  "wrong side for the speaker",
  "not proposed as blame (category)",
  "no target",
  "wrong target",
];
const EXTRA_CAUSES = [
  "unknown",
  "statement not in the gold",
  "wrong side for the speaker",
  "not blame in the gold (category)",
  "wrong target",
];

function expand(statement: ProposedStatement, extraction: Extraction, at: number): Predicted[] {
  const speakerActor = statement.speakerRef
    ? extraction.actors.find((actor) => actor.ref === statement.speakerRef)
    : undefined;
  const own: Predicted = {
    start: statement.start,
    end: statement.end,
    speakerName: speakerActor?.name ?? null,
    speaksFor: statement.speaksFor,
    targets: statement.targets,
    category: statement.category,
    confidence: statement.confidence,
  };
  const other = statement.targets[0];
  if (!statement.mutual || !statement.speaksFor || !other) return [own];
  return [
    own,
    {
      ...own,
      speakerName: null,
      speaksFor: other,
      targets: [statement.speaksFor],
      category: "counter-accusation",
      answers: at,
    },
  ];
}
