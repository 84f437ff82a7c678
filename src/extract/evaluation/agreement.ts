// Inter-annotator agreement: a second, independent labelling of a text read as if it were an
// extraction, so that the scorer the extractor is judged by also says how far two careful people
// agree on the same text. Their agreement is the ceiling an extractor can be expected to reach
// against either one's labels.
import type { Extraction, ProposedStatement } from "../contract";
import type { GoldText } from "./gold";

/**
 * A labelling as proposals: actors keep their ids as refs and their parents; each statement keeps
 * its span, speaker, side, accused and its labeller's first category; answers point at the answered
 * statement's ref. Mutual blame arrives already expanded into both directions (goldFromLabelled),
 * so each direction is one proposal here.
 */
export function extractionFromGold(gold: GoldText): Extraction {
  const actors = gold.actors.map((actor) => ({
    ref: actor.id,
    name: actor.name,
    kind: actor.kind as Extraction["actors"][number]["kind"],
    ...(actor.parentId ? { parentRef: actor.parentId } : {}),
    aliases: actor.aliases ?? [],
    ...(actor.code ? { code: actor.code } : {}),
  }));
  const byId = new Map(gold.actors.map((actor) => [actor.id, actor]));
  const statements: ProposedStatement[] = gold.statements.map((statement, i) => {
    const speaker = statement.speaker ? byId.get(statement.speaker) : undefined;
    return {
      ref: `s${i}`,
      quote: gold.text.slice(statement.start, statement.end),
      start: statement.start,
      end: statement.end,
      paragraph: gold.text.slice(0, statement.start).split(/\n\s*\n/).length,
      mode: "reported",
      speaker: speaker ? { name: speaker.name } : null,
      ...(speaker ? { speakerRef: speaker.id } : {}),
      speaksFor: statement.speaksFor,
      attribution: statement.speaksFor ? "named" : "vague",
      targets: statement.targets,
      category: statement.categories[0] ?? "accusation",
      ...(statement.answers !== undefined ? { answers: `s${statement.answers}` } : {}),
      confidence: 1,
    };
  });
  return { actors, statements, extractor: { name: "second-labeller", version: "1" } };
}
