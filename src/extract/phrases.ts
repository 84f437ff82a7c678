// Attribution by phrase ("According to Ukraine's defence ministry, ...") and charges the text
// makes without a source ("... allegedly from both sides"), kept unattributed.
import { classify, contentCue } from "./classify";
import type { Document } from "./document";
import { type Draft, targetsIn, tidy } from "./draft";
import { HEDGES } from "./lexicon";
import type { Span, Token } from "./text";

/** "According to X, ..." / "..., according to X": X speaks; the sentence is the quote. */
export function according(doc: Document, sentence: Span, tokens: Token[], drafts: Draft[]): void {
  const words = doc.text.slice(sentence.start, sentence.end);
  const match = /\baccording to\s+/i.exec(words);
  if (!match) return;
  const sourceStart = sentence.start + match.index + match[0].length;
  const rest = doc.text.slice(sourceStart, sentence.end);
  const stop = rest.search(/[,.;:]\s|[,.;:]$/);
  const source = { start: sourceStart, end: sourceStart + (stop >= 0 ? stop : rest.length) };
  const speaker = doc.resolveSpeaker(source);
  if (speaker.attribution === "unattributed" || !tokens.length) return;
  const content = [
    { start: sentence.start, end: sentence.start + match.index },
    { start: source.end, end: sentence.end },
  ];
  const sides = doc.sides(speaker.actorKey ?? speaker.media);
  const targets = content.flatMap((part) => targetsIn(doc, part, sides));
  const contentWords = content.map((part) => doc.text.slice(part.start, part.end)).join(" ");
  if (!contentCue(contentWords) && targets.length === 0) return;
  // "Ghana's maternal mortality ratio has fallen ..., according to the WHO", "at least 50 people
  // were wounded, according to Doctors Without Borders": a source's account charges no one unless
  // it names a doer ("Russian forces shelled ...", "a farm run by X"): a name, not the possessor of
  // the figures, nor a body only a description points to.
  // ("According to the coastguard, the crew ignored repeated orders ...": a side's account set
  // before what it says, its source a party's body, not a medium, charges the doer it describes.)
  const opening = match.index === 0 && !speaker.media && speaker.actorKey !== undefined;
  if (!opening && !content.some((part) => namesDoer(doc, part, targets))) return;
  // "France accounted for about a third of Europe's delays in 2024, according to Eurocontrol",
  // "Sweden had about 2,600 dairy farms ..., according to the Swedish Board of Agriculture": set
  // after the writer's own sentence, a source with no word of blame in it only backs a fact.
  if (!opening && !contentCue(contentWords)) return;
  const classified = classify(contentWords, undefined);
  const draft: Draft = {
    span: tidy(doc.text, sentence),
    mode: "reported",
    speaker,
    targets,
    explicitTarget: targets.length > 0,
    category: classified.category,
    strength: Math.max(classified.strength, 0.3),
    context: sentence,
  };
  if (classified.cameo) draft.cameo = classified.cameo;
  if (speaker.media) {
    draft.intermediary = speaker.media;
    draft.speaker = { attribution: "named", actorKey: speaker.media, how: "actor" };
  }
  drafts.push(draft);
  doc.noteSpeaker(draft.speaker);
}

/** The span names one of the targets by name, not as the possessor of what follows ("Ghana's ratio"). */
function namesDoer(doc: Document, part: Span, targets: string[]): boolean {
  return doc
    .mentionsIn(part)
    .some(
      (m) =>
        m.role === "referent" &&
        targets.includes(m.key) &&
        !doc.tokens[m.last]?.possessive &&
        !/['’]s?$/.test(doc.text.slice(m.start, m.end)),
    );
}

/** "... allegedly from both sides": a charge the text makes without a source, kept unattributed. */
export function hedged(doc: Document, sentence: Span, drafts: Draft[]): void {
  const words = doc.text.slice(sentence.start, sentence.end);
  if (!HEDGES.test(words)) return;
  const cue = contentCue(words);
  if (!cue) return;
  const targets = targetsIn(doc, sentence, new Set());
  const classified = classify(words, undefined);
  const draft: Draft = {
    span: tidy(doc.text, sentence),
    mode: "reported",
    speaker: { attribution: "unattributed", how: "none" },
    targets,
    explicitTarget: targets.length > 0,
    category: classified.category,
    strength: classified.strength,
    context: sentence,
  };
  if (classified.cameo) draft.cameo = classified.cameo;
  drafts.push(draft);
}
