// Direct quotes: each quotation run with its attribution before it (`Kirby said: "..."`), after it
// (`"...," Kirby said.`) or between two halves (`"...," he said, "..."`), as one or more statements.
import { classify, contentCue } from "./classify";
import { FINITE } from "./clause-parts";
import type { Document, Speaker } from "./document";
import { type Draft, focus, pronounTarget, targetsIn, tidy } from "./draft";
import { AMBIGUOUS_FORMS, LONGER_FORM_STARTS, REPORTING_FORMS, type ReportingVerb } from "./lexicon";
import { startingBetween } from "./mention-index";
import { findBlockQuotes, type QuoteRun } from "./quotes";
import { normsOf, type Span, sentenceSpans, type Token, wordCount } from "./text";

/**
 * Words before a noun: "the charge", "that claim", "its report". Not clauses.ts's DETERMINER, which
 * also holds the prepositions that make the next word no verb ("of", "to") and lacks "these", "those".
 */
const NOUN_DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|no|any)$/;

/** A quote longer than this is split into its sentences, each its own statement. */
const SPLIT_CHARS = 250;

interface Attribution {
  speaker: Speaker;
  verb?: ReportingVerb;
  intermediary?: string;
  /** The attribution sits right against the quote ("," said X / X said:), so even a short quote is one. */
  adjacent: boolean;
  /** Where the attribution's words are, so the reported-speech pass leaves them alone. */
  span?: Span;
  /** Where the reporting verb starts and ends, when its subject comes before it. */
  verbStart?: number;
  verbEnd?: number;
}

/** The reporting verb among tokens: index and verb (forms of two words, "pointed out", and of four, "pointed the finger at", included). */
export function verbAt(tokens: Token[], i: number): { verb: ReportingVerb; length: number } | undefined {
  const token = tokens[i];
  // Reporting verbs are written in lower case: "States" in "United States" is no verb.
  if (!token || token.capital) return undefined;
  // ("pointed the finger at": a form of four words.)
  if (LONGER_FORM_STARTS.has(token.norm)) {
    const four = tokens[i + 3] ? REPORTING_FORMS.get(normsOf(tokens, i, i + 4)) : undefined;
    if (four) return { verb: four, length: 4 };
    const two = tokens[i + 1] ? REPORTING_FORMS.get(`${token.norm} ${tokens[i + 1]?.norm}`) : undefined;
    if (two) return { verb: two, length: 2 };
  }
  const one = REPORTING_FORMS.get(token.norm);
  return one ? { verb: one, length: 1 } : undefined;
}

export function attributionIn(doc: Document, window: Span, side: "after" | "before"): Attribution | undefined {
  const tokens = doc.tokensIn(window);
  const gapText = doc.text.slice(window.start, window.end);
  const according = /according to\s+/i.exec(gapText);
  if (according) {
    const start = window.start + according.index + according[0].length;
    const end = window.start + (gapText.slice(according.index).search(/[,.;:“"]/) + according.index || gapText.length);
    const speaker = doc.resolveSpeaker({ start, end: Math.max(start, end) });
    return { speaker, adjacent: true, span: window };
  }
  // ("called the decision “a gift to a monopoly” and said it would sue": a verb "and" or "but" joins
  // after the mark is the sentence's subject going on, no attribution of the quoted words.)
  if (side === "after" && /^(?:and|but)$/.test(tokens[0]?.norm ?? "")) return undefined;
  const order = side === "after" ? tokens.map((_, i) => i) : tokens.map((_, i) => tokens.length - 1 - i);
  for (const i of order) {
    if (side === "after" && i > 14) break;
    const found = verbAt(tokens, i);
    if (!found) continue;
    const verbToken = tokens[i] as Token;
    // ("Colin Ferreira, called that charge “a shameful ...”", "called the charge "an insult ..."": a
    // form that is also a noun, right after a determiner or someone's, is the noun, as the reported
    // pass reads it.)
    const previousToken = tokens[i - 1];
    if (
      AMBIGUOUS_FORMS.has(verbToken.norm) &&
      previousToken &&
      (NOUN_DETERMINER.test(previousToken.norm) || previousToken.possessive)
    )
      continue;
    const afterVerb = tokens[i + found.length];
    let subject: Span | undefined;
    if (i > 0) {
      // The subject before the verb, back to a clause break.
      let from = i - 1;
      while (from > 0 && !/[.;:“”"]/.test(doc.text.slice(tokens[from - 1]?.end ?? 0, tokens[from]?.start ?? 0))) from--;
      // "Asked whether he meant Belarus, he said:": a pronoun set off by a comma is the subject alone.
      const pronoun =
        /^(?:he|she|they|we|it)$/.test(tokens[i - 1]?.norm ?? "") &&
        /,/.test(doc.text.slice(tokens[i - 2]?.end ?? 0, tokens[i - 1]?.start ?? 0));
      const clauseStart = pronoun ? i - 1 : side === "before" ? from : 0;
      subject = { start: tokens[clauseStart]?.start ?? window.start, end: tokens[i - 1]?.end ?? verbToken.start };
    }
    if (!subject || doc.resolveSpeaker(subject).attribution === "unattributed") {
      // (Only a verb that speaks inverts: after "and accused Lithuanian officials of", the name is whom
      // it blames.)
      if (afterVerb && (found.verb.act === "speech" || side === "after")) {
        // Inversion: "said Kirby", "reports Al Arabiya", "pointed out Toner the following day".
        let to = i + found.length;
        while (
          to < tokens.length &&
          to < i + found.length + 6 &&
          !/[,.;:(]/.test(doc.text.slice(tokens[to - 1]?.end ?? 0, tokens[to]?.start ?? 0))
        )
          to++;
        // "said the company's managing director, Vinoj Kumar": the name after the comma belongs to it.
        const named = tokens[to];
        if (named?.capital && /^,\s*$/.test(doc.text.slice(tokens[to - 1]?.end ?? 0, named.start))) {
          while (to < tokens.length && tokens[to]?.capital && to < i + found.length + 10) to++;
        }
        const inverted = { start: afterVerb.start, end: tokens[to - 1]?.end ?? afterVerb.end };
        const speaker = doc.resolveSpeaker(inverted);
        // ("it said Turkey had released “...”": a name with a finite verb after it is what was said.)
        const finite = tokens.slice(i + found.length, to + 1).some((token) => FINITE.test(token.norm));
        if ((speaker.attribution !== "unattributed" && !(finite && subject)) || !subject)
          return withChannel(
            doc,
            { speaker, verb: found.verb, adjacent: i < 3 || side === "before", span: window },
            tokens,
            i + found.length,
          );
      }
    }
    if (!subject) continue;
    const speaker = doc.resolveSpeaker(subject);
    const adjacent = side === "after" ? i < 8 : tokens.length - i < 4;
    const verbEnd = tokens[i + found.length - 1]?.end ?? verbToken.end;
    return withChannel(
      doc,
      { speaker, verb: found.verb, adjacent, span: window, verbStart: verbToken.start, verbEnd },
      tokens,
      i + found.length,
    );
  }
  return undefined;
}

/** "told Reuters", "told a Russia Today reporter": the news organisation becomes the intermediary. */
function withChannel(doc: Document, attribution: Attribution, tokens: Token[], from: number): Attribution {
  if (attribution.speaker.media) return attribution;
  const rest = tokens.slice(from, from + 5);
  const first = rest[0];
  if (!first) return attribution;
  // (Only mentions starting inside the attribution may lie inside it: those are searched, in order.)
  const [inFrom, inTo] = startingBetween(doc.mentions, first.start, rest.at(-1)?.end ?? 0);
  const media = doc.mentions
    .slice(inFrom, inTo)
    .find(
      (mention) =>
        mention.start >= first.start &&
        mention.end <= (rest.at(-1)?.end ?? 0) &&
        doc.book.get(mention.key)?.kind === "media",
    );
  if (media) attribution.intermediary = media.key;
  return attribution;
}

/** The direct statements of the text; also returns the spans they cover, which reported speech skips. */
export function directStatements(doc: Document): { drafts: Draft[]; covered: Span[] } {
  const { text } = doc;
  const runs = doc.quoteRuns;
  const blocks = findBlockQuotes(text, doc.paragraphs, (paragraph) => {
    const tokens = doc.tokensIn(paragraph);
    return tokens.some((_, i) => verbAt(tokens, i) !== undefined);
  });
  const all = [...runs, ...blocks].sort((a, b) => a.outer.start - b.outer.start);
  const drafts: Draft[] = [];
  const covered: Span[] = [];
  let previousEnd = 0;
  let previous: { run: QuoteRun; attribution: Attribution | undefined } | undefined;
  for (const run of all) {
    const paragraph = doc.paragraphs.find((p) => p.start <= run.outer.start && run.outer.start < p.end) ?? run.outer;
    const lastParagraph =
      doc.paragraphs.find((p) => p.start <= run.outer.end - 1 && run.outer.end - 1 < p.end) ?? paragraph;
    let attribution: Attribution | undefined;
    let beforeOf: Attribution | undefined;
    if (run.block) {
      const intro = doc.paragraphs[doc.paragraphs.indexOf(paragraph) - 1];
      if (intro) attribution = attributionIn(doc, intro, "before");
    } else {
      const afterEnd = nextStop(text, run.outer.end, lastParagraph.end);
      const beforeStart = Math.max(previousEnd, lastSentenceStart(text, paragraph.start, run.outer.start));
      const after = attributionIn(doc, { start: run.outer.end, end: afterEnd }, "after");
      const before =
        beforeStart < run.outer.start
          ? attributionIn(doc, { start: beforeStart, end: run.outer.start }, "before")
          : undefined;
      // ("said the company and the authorities were “arguing ... on the beach.” It demanded ...": a
      // quote closed on a full stop is over; the next sentence is no attribution of it.)
      // (Nor when no named attribution comes before: '... called the charge "an insult ...." Its
      // director, X, said ...' is the next sentence's own.)
      const closed = /\.["”’]?$/.test(text.slice(run.outer.start, run.outer.end));
      const nextSentence = closed && /^\s+["“]?\p{Lu}/u.test(text.slice(run.outer.end, run.outer.end + 3));
      attribution =
        closed && before && before.speaker.attribution !== "unattributed"
          ? before
          : pick(nextSentence ? undefined : after, before);
      beforeOf = before;
    }
    const words = run.segments.reduce((sum, segment) => sum + wordCount(text.slice(segment.start, segment.end)), 0);
    // A few quoted words inside a sentence are a fragment of reported speech, not a quote of its own.
    const opensSentence =
      /(?:^|[.!?:]\s*)$/.test(text.slice(paragraph.start, run.outer.start).trimEnd()) ||
      run.outer.start === paragraph.start;
    // "... ," council registrar X said. "Nobody acted.": a short sentence quoted whole right after
    // another quote in the same paragraph goes on with that quote's speaker.
    const sentenceWhole =
      opensSentence &&
      /[.!?]$/.test(text.slice(run.outer.start, run.outer.end - 1).trimEnd()) &&
      /^(?:\s*$|\s+[“"\p{Lu}])/u.test(text.slice(run.outer.end, Math.min(lastParagraph.end, run.outer.end + 2)));
    const followsQuote =
      sentenceWhole &&
      !attribution &&
      previous?.attribution !== undefined &&
      previous.attribution.speaker.attribution !== "unattributed" &&
      previous.run.outer.end >= paragraph.start;
    // "... accused management of “using robots as a threat” to ...", "said it would not accept results
    // it called “cooked in the back room.”": quoted words inside a reported sentence, its verb and
    // some of its words before them, are part of that reported statement (the reported pass reads
    // the whole sentence, marks included), not a quote of their own.
    // (Whatever verb comes after the quote in the same sentence, "... said it was “too early to point
    // fingers” and urged X to wait", "... had been operating “in waters under its jurisdiction”, a
    // phrase ..., and demanded ...": only a verb that speaks right after the mark, “...,” said X,
    // takes the quote from the reported words before it.)
    const afterTakes = attribution !== beforeOf && attribution?.verb?.act === "speech" && attribution.adjacent;
    // (And quoted words inside a sentence that name no speaker of their own, "called the decision “a
    // gift to a monopoly” and said ...", "withdrew that statement, saying in a note that the check
    // had been “a routine session”": the sentence's reported words, which the reported pass reads.)
    const unattributed = !attribution || attribution.speaker.attribution === "unattributed";
    if (!run.block && !opensSentence && !afterTakes && (inReported(doc, run, beforeOf) || unattributed)) continue;
    if (!run.block && words < 5 && (!attribution?.adjacent || !opensSentence) && !followsQuote) continue;
    if (words < 5 && !run.block && !attribution && !followsQuote) continue;
    // Speaker continuity: a quote that opens a paragraph, or follows another's attribution in the
    // same paragraph, goes on with the last quote's speaker.
    const sameParagraph = previous !== undefined && previous.run.outer.end >= paragraph.start;
    const opensParagraph = run.outer.start === paragraph.start;
    if (unattributed && previous?.attribution && (opensParagraph || sameParagraph)) {
      attribution = { ...previous.attribution, speaker: { ...previous.attribution.speaker, how: "reference" } };
    }
    previous = { run, attribution };
    previousEnd = run.outer.end;
    covered.push(run.outer);
    if (attribution?.span) covered.push(attribution.span);
    const speaker = attribution?.speaker ?? { attribution: "unattributed" as const, how: "none" as const };
    doc.noteSpeaker(speaker);
    for (const segment of run.segments) {
      for (const piece of pieces(text, segment)) {
        const draft = makeDraft(doc, piece, speaker, attribution, paragraph, segment.start);
        if (draft) drafts.push(draft);
      }
    }
  }
  return { drafts, covered };
}

/** The quote sits inside reported words: its attribution comes before it, in the same sentence, with
 * words of the verb's own between the verb and the mark, and the quote ends in that sentence. */
function inReported(doc: Document, run: QuoteRun, attribution: Attribution | undefined) {
  if (!attribution?.verbEnd) return false;
  const text = doc.text;
  // ("... and accused officials of “...”": a verb whose subject "and" elides speaks for the sentence's.)
  // (And "the foreign ministry said the boats had been operating “in waters ...”": a subject the
  // reported pass reads, a definite noun phrase right before the verb.)
  if (
    attribution.speaker.attribution === "unattributed" &&
    !/\b(?:and|but)\s*$/.test(text.slice(0, attribution.verbStart ?? 0)) &&
    !/(?:^|[,.;]\s+)(?:the\s+(?:\p{L}+\s+){0,3}\p{L}+|it|he|she|they)\s*$/iu.test(
      text.slice(Math.max(0, (attribution.verbStart ?? 0) - 60), attribution.verbStart ?? 0),
    )
  )
    return false;
  const gap = text.slice(attribution.verbEnd, run.outer.start);
  // ('accused “some people in the village” of refusing access ...', 'accused "certain NGOs funded
  // from abroad" of encouraging ...': the quoted words right after a verb of blame are whom it
  // blames, its charge after them, "of ...", "for ...": all the reported words of one clause.)
  const blamedQuoted =
    attribution.verb?.act === "blame" &&
    /^\s*$/.test(gap) &&
    /^[,]?\s+(?:of|for)\s+\p{Ll}/u.test(text.slice(run.outer.end, run.outer.end + 12));
  if (blamedQuoted) return true;
  if (!/\p{L}/u.test(gap) || /[:]\s*$/.test(gap)) return false;
  const inner = text.slice(run.outer.start + 1, run.outer.end - 1);
  // Not a quote of sentences of its own ("... said: the company “ignored us. We will sue.”").
  if (/[.!?]["”’]?\s+["“‘]?\p{Lu}/u.test(inner) || inner.length > 250) return false;
  return true;
}

function pick(after: Attribution | undefined, before: Attribution | undefined): Attribution | undefined {
  const good = (a: Attribution | undefined) => a && a.speaker.attribution !== "unattributed";
  if (good(after) && after?.adjacent) return after;
  if (good(before)) return before;
  if (good(after)) return after;
  return after ?? before;
}

function nextStop(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const char = text[i] ?? "";
    if (char === "“" || char === '"' || char === "«") return i;
    if ((char === "." || char === "!" || char === "?") && /\s|$/.test(text[i + 1] ?? "")) return i;
  }
  return limit;
}

function lastSentenceStart(text: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) {
    if (/[.!?]/.test(text[i] ?? "") && /\s/.test(text[i + 1] ?? "")) return i + 1;
  }
  return from;
}

/** A quote as statements: whole, or sentence by sentence when long; each tidied to the claim. */
function pieces(text: string, segment: Span): Span[] {
  const whole = tidy(text, segment);
  if (whole.end - whole.start <= SPLIT_CHARS) return [tidy(text, focus(text, whole))];
  const sentences = sentenceSpans(text, segment.start, segment.end);
  const groups: Span[] = [];
  for (const sentence of sentences) {
    const words = text.slice(sentence.start, sentence.end);
    const last = groups.at(-1);
    // "And ...", "That said, ...": the sentence goes on with the one before.
    if (last && /^(?:And|Also|That said|Moreover|Furthermore|In addition|What's more|Even)\b/.test(words))
      last.end = sentence.end;
    else groups.push({ ...sentence });
  }
  return groups.map((group) => tidy(text, focus(text, tidy(text, group))));
}

function makeDraft(
  doc: Document,
  span: Span,
  speaker: Speaker,
  attribution: Attribution | undefined,
  paragraph: Span,
  quoteStart: number,
): Draft | undefined {
  if (span.end - span.start < 2) return undefined;
  const words = doc.text.slice(span.start, span.end);
  const sides = doc.sides(speaker.actorKey);
  let targets = targetsIn(doc, span, sides, false, true);
  const explicitTarget = targets.length > 0;
  const classified = classify(words, undefined);
  const cue = contentCue(words);
  // Without cue or target only a named side's words can blame: whether they do is for the
  // answers pass, which knows the disputes the side is in.
  const weak = !cue && !explicitTarget;
  if (weak && (speaker.attribution !== "named" || !speaker.actorKey || speaker.plural)) return undefined;
  if (!explicitTarget && !weak) {
    const pronoun = pronounTarget(doc, span, sides);
    if (pronoun) targets = [pronoun];
  }
  const draft: Draft = {
    span,
    mode: "direct",
    speaker,
    targets,
    explicitTarget,
    category: classified.category,
    strength: Math.max(classified.strength, explicitTarget ? 0.3 : 0),
    context: paragraph,
  };
  if (weak) draft.weak = true;
  if (classified.cameo) draft.cameo = classified.cameo;
  const intermediary = speaker.media ?? attribution?.intermediary;
  if (intermediary) draft.intermediary = intermediary;
  if (speaker.media) relayedSpeaker(doc, draft, quoteStart);
  return draft;
}

/** "..., reports Al Arabiya": the agency relays; the side is the subject of what it reports. */
function relayedSpeaker(doc: Document, draft: Draft, quoteStart: number): void {
  const sentence = doc.paragraphs.find((p) => p.start <= draft.span.start && draft.span.start < p.end);
  if (!sentence) return;
  const subject = doc.mentions.find(
    (m) => m.start >= sentence.start && m.role === "referent" && doc.book.get(m.key)?.kind !== "media",
  );
  // A person whose doings the agency reports speaks for their side; otherwise the agency itself.
  const opening = { start: quoteStart, end: Math.min(draft.span.end, quoteStart + 80) };
  const named = doc.mentionsIn(opening).find((m) => m.kind === "person");
  const person = named ? doc.people.byKey.get(named.key) : subject ? doc.people.byKey.get(subject.key) : undefined;
  const speaker: Speaker = {
    attribution: "named",
    how: "description",
    actorKey: person?.affiliation ?? (draft.intermediary as string),
  };
  draft.speaker = speaker;
  const sides = doc.sides(speaker.actorKey);
  draft.targets = targetsIn(doc, draft.span, sides);
  draft.explicitTarget = draft.targets.length > 0;
}
