// Indirect speech: clauses with a reporting verb ("Russia has blamed X of ...", "the United States
// threatened to ...", "Kerry insisted he was ..."), attribution by "according to", relays ("Reuters
// quoted X as saying"), and charges the text makes without a source ("allegedly").
import { classify, contentCue } from "./classify";
import { afterSpeaker, clauseEnd, complementStart, speaks } from "./clause-parts";
import { verbAt } from "./direct";
import type { Document, Speaker } from "./document";
import { type Draft, pronounTarget, targetsIn, tidy } from "./draft";
import { AMBIGUOUS_FORMS, MUTUAL, PERSON_TITLES, type ReportingVerb, TIME_WORDS, VERB_MODIFIERS } from "./lexicon";
import { according, hedged } from "./phrases";
import { type Span, sentenceSpans, type Token } from "./text";

const BOUNDARY =
  /^(?:that|while|whilst|after|before|as|when|although|though|because|since|if|and|but|which|who|whom|where|whereas|said|says|asked|even|until|unless|so)$/;
const AUXILIARY = /^(?:has|have|had|is|are|was|were|will|would|could|should|may|might|did|does|do|been)$/;
const PREPOSITION =
  /^(?:for|with|by|from|about|against|over|in|on|at|to|into|after|before|during|under|across|through|without|like|than)$/;
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|my|your|of|for|to|with|this|that|no|any|some)$/;

interface Clause {
  verb: ReportingVerb;
  verbIndex: number;
  verbLength: number;
  /** Where the clause's words begin (subject, auxiliary or verb) and the connective before it. */
  start: number;
  boundary: number;
  subject?: Span;
  elided: boolean;
  appositive: boolean;
  /** "..., says a State Department spokesman": the words before are what was said. */
  inverted?: Span;
  /** An apposition short enough to quote with its clause ("The commission's chairman, Simon Byabakama,"). */
  shortSubject?: boolean;
  /** "X was accused by Y of ...": Y speaks, X (the subject) is the target. */
  passiveBy?: Span;
}

const inside = (spans: Span[], offset: number) => spans.some((span) => span.start <= offset && offset < span.end);

export function reportedStatements(doc: Document, covered: Span[]): Draft[] {
  const drafts: Draft[] = [];
  for (const sentence of sentenceSpans(doc.text)) {
    const tokens = doc.tokensIn(sentence).filter((token) => !inside(covered, token.start));
    if (tokens.length < 3) continue;
    const before = drafts.length;
    according(doc, sentence, tokens, drafts);
    if (drafts.length === before) clauses(doc, sentence, tokens, drafts);
    if (drafts.length === before) hedged(doc, sentence, drafts);
  }
  return drafts;
}

function clauses(doc: Document, sentence: Span, tokens: Token[], drafts: Draft[]): void {
  const found: Clause[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const verbFound = verbAt(tokens, i);
    if (!verbFound) continue;
    const token = tokens[i] as Token;
    const previousToken = tokens[i - 1];
    if (previousToken && (DETERMINER.test(previousToken.norm) || previousToken.norm === "to")) continue;
    // "attacks", "charges", "report" are verbs only right after a name or a pronoun ("Russia attacks").
    if (
      AMBIGUOUS_FORMS.has(token.norm) &&
      previousToken &&
      !previousToken.capital &&
      !/^(?:he|she|it|they|we)$/.test(previousToken.norm)
    )
      continue;
    if (previousToken?.norm === "as" && /^(?:saying|telling|stating|adding)$/.test(token.norm)) continue;
    // "had added four floors": "add" speaks only before "that", a mark, a name or the sentence's end.
    if (verbFound.verb.lemma === "add" && !speaks(doc, tokens, i + verbFound.length)) continue;
    let group = i;
    while (group > 0 && VERB_MODIFIERS.has(tokens[group - 1]?.norm ?? "")) group--;
    let start = i;
    for (let j = group; j < i; j++)
      if (AUXILIARY.test(tokens[j]?.norm ?? "")) {
        start = j;
        break;
      }
    const previous = tokens[group - 1];
    if (!previous) continue;
    const gap = doc.text.slice(previous.end, tokens[group]?.start ?? token.start);
    const clause: Clause = {
      verb: verbFound.verb,
      verbIndex: i,
      verbLength: verbFound.length,
      start: tokens[start]?.start ?? token.start,
      boundary: previous.end,
      elided: false,
      appositive: false,
    };
    const after = tokens[i + verbFound.length];
    const speakerAfter = after ? afterSpeaker(doc, tokens, i + verbFound.length) : undefined;
    const passive = /^(?:was|were|is|are|been|being|be)$/.test(tokens[i - 1]?.norm ?? "") && after?.norm === "by";
    if (passive && after) {
      let to = i + verbFound.length + 1;
      while (
        to + 1 < tokens.length &&
        !/^(?:of|for|over|after|in|on|with|as)$/.test(tokens[to + 1]?.norm ?? "") &&
        !/[,;:.]/.test(doc.text.slice(tokens[to]?.end ?? 0, tokens[to + 1]?.start ?? 0))
      )
        to++;
      clause.passiveBy = {
        start: tokens[i + verbFound.length + 1]?.start ?? after.end,
        end: tokens[to]?.end ?? after.end,
      };
    }
    if (verbFound.verb.act === "speech" && /[,”"]/.test(gap) && speakerAfter) {
      clause.inverted = { start: sentence.start, end: previous.end };
      clause.subject = speakerAfter;
      clause.boundary = sentence.start;
    } else if (/^(?:and|but|or)$/.test(previous.norm)) {
      clause.elided = true;
      clause.boundary = previous.start;
    } else if (/[,;—–]/.test(gap)) {
      // "Both countries, ..., have accused": the subject is the clause's first phrase.
      clause.appositive = true;
      let from = group - 1;
      while (
        from > 0 &&
        !BOUNDARY.test(tokens[from - 1]?.norm ?? "") &&
        !/[.;:]/.test(doc.text.slice(tokens[from - 1]?.end ?? 0, tokens[from]?.start ?? 0))
      )
        from--;
      // "China, which has close ties with both, urged": past the relative clause to the name before it.
      let relative: number | undefined;
      if (/^(?:which|who)$/.test(tokens[from - 1]?.norm ?? "") && from >= 2) {
        relative = from - 1;
        from -= 2;
        while (
          from > 0 &&
          !BOUNDARY.test(tokens[from - 1]?.norm ?? "") &&
          !/[.;:,]/.test(doc.text.slice(tokens[from - 1]?.end ?? 0, tokens[from]?.start ?? 0))
        )
          from--;
      }
      const first = tokens[from] as Token;
      // The whole subject, apposition included ("The airline, Northstar Air,"): the name may be in it.
      clause.subject = {
        start: first.start,
        end: relative ? (tokens[relative - 1]?.end ?? previous.end) : previous.end,
      };
      clause.shortSubject = group - from <= 8 && relative === undefined;
      clause.boundary = first.start;
      if (token.norm.endsWith("ing")) {
        // ", accusing it of ...": a participle goes with the clause before it, or with the sentence's first phrase.
        clause.appositive = false;
        if (found.length > 0) {
          clause.elided = true;
          clause.boundary = previous.end;
        } else {
          const comma = doc.text.indexOf(",", first.start);
          clause.subject = {
            start: first.start,
            end: comma > first.start && comma < previous.end ? comma : previous.end,
          };
          clause.appositive = true;
          clause.shortSubject = false;
        }
      }
    } else {
      let from = group - 1;
      while (from > 0 && group - from < 10) {
        const earlier = tokens[from - 1] as Token;
        const gapBefore = doc.text.slice(earlier.end, tokens[from]?.start ?? 0);
        // "Armenia and Azerbaijan blamed": a subject of two names joined by "and".
        const joinsNames = earlier.norm === "and" && tokens[from]?.capital && tokens[from - 2]?.capital;
        // "A spokeswoman for the airport said", "a lawyer for the family said": the role's employer.
        const roleOf = /^(?:for|of|at)$/.test(earlier.norm) && PERSON_TITLES.has(tokens[from - 2]?.norm ?? "");
        if (
          !joinsNames &&
          !roleOf &&
          (BOUNDARY.test(earlier.norm) || PREPOSITION.test(earlier.norm) || verbAt(tokens, from - 1))
        )
          break;
        if (/[,;:—–()“”"]/.test(gapBefore)) break;
        from--;
      }
      if (BOUNDARY.test(tokens[from]?.norm ?? "")) from++;
      if (from >= group) continue;
      clause.subject = { start: tokens[from]?.start ?? 0, end: previous.end };
      clause.start = clause.subject.start;
      clause.boundary = tokens[from]?.start ?? clause.start;
    }
    found.push(clause);
    i += verbFound.length - 1;
  }
  // Only clauses with someone speaking count; a verb without a speaker ("the rocket attack") is a noun.
  let lastSpeaker: Speaker | undefined;
  const spoken: { clause: Clause; speaker: Speaker }[] = [];
  for (const [index, clause] of found.entries()) {
    // "Residents said they had warned ...": a pronoun's clause inside another's words is part of them.
    const subjectWords = clause.subject
      ? doc.text.slice(clause.subject.start, clause.subject.end).trim().toLowerCase()
      : "";
    if (index > 0 && /^(?:he|she|they|it|we|i|you)$/.test(subjectWords)) continue;
    // "the company had been warned": a passive with no "by" has no one speaking.
    if (!clause.passiveBy && /^(?:been|was|were|is|are|be|being)$/.test(tokens[clause.verbIndex - 1]?.norm ?? ""))
      continue;
    const speakerSpan = clause.passiveBy ?? clause.subject;
    let speaker = clause.elided ? lastSpeaker : speakerSpan ? doc.resolveSpeaker(speakerSpan) : undefined;
    // "The family of a girl who died after ... has sued": a long subject; its head opens the sentence.
    if (index === 0 && speaker?.attribution === "unattributed" && !clause.passiveBy) {
      // (clause.start is the subject's start by now: the head is looked for up to the verb.)
      const verbStart = tokens[clause.verbIndex]?.start ?? clause.start;
      // A dateline ("CHICAGO — ") may come first.
      const head = /^(?:\p{Lu}[\p{Lu}\s.,'’()-]{2,40}[—–]\s*)?((?:The|A|An) [\p{L}'’-]+)/u.exec(
        doc.text.slice(sentence.start, verbStart),
      );
      const headStart = sentence.start + (head ? head[0].length - (head[1] ?? "").length : 0);
      if (head) speaker = doc.resolveSpeaker({ start: headStart, end: headStart + (head[1] ?? "").length });
      else {
        // "Families of patients who died ... accused": a group phrase opening the sentence (after
        // any dateline) is the subject, however long the words between it and the verb.
        const opening = doc
          .mentionsIn({ start: sentence.start, end: verbStart })
          .find(
            (m) =>
              m.role === "referent" &&
              !/^(?:state|media|person)$/.test(m.kind) &&
              /^(?:[^.!?\n]*?(?:—|–| - )\s*)?$/.test(doc.text.slice(sentence.start, m.start)),
          );
        if (opening) {
          speaker = doc.resolveSpeaker(opening);
          if (speaker.attribution === "named") {
            clause.subject = { start: opening.start, end: tokens[clause.verbIndex - 1]?.end ?? clause.start };
            clause.start = opening.start;
          }
        }
      }
      if (speaker.attribution === "named") {
        clause.subject = { start: headStart, end: tokens[clause.verbIndex - 1]?.end ?? clause.start };
        clause.start = headStart;
      }
    }
    if (!speaker || (speaker.attribution === "unattributed" && !speaker.pair)) continue;
    lastSpeaker = speaker;
    spoken.push({ clause, speaker });
  }
  for (const [index, entry] of spoken.entries()) {
    const { clause } = entry;
    let { speaker } = entry;
    const next = spoken[index + 1]?.clause;
    const verbEnd = tokens[clause.verbIndex + clause.verbLength - 1]?.end ?? clause.start;
    const end = clauseEnd(doc, verbEnd, next ? next.boundary : sentence.end);
    let content = tidy(doc.text, clause.inverted ?? { start: verbEnd, end });
    if (content.end <= content.start) continue;
    let intermediary: string | undefined;
    if (speaker.media && /^(?:quote|cite)$/.test(clause.verb.lemma)) {
      // "Reuters quoted a Saudi official as saying that ...": the official speaks, the agency relays.
      const relayed = /^(.*?)\s+as (?:saying|telling|stating|adding)\s+(?:that\s+)?/.exec(
        doc.text.slice(content.start, content.end),
      );
      const quotedSpeaker = relayed?.[1]
        ? doc.resolveSpeaker({ start: content.start, end: content.start + relayed[1].length })
        : undefined;
      if (relayed && quotedSpeaker && quotedSpeaker.attribution !== "unattributed") {
        intermediary = speaker.media;
        speaker = quotedSpeaker;
        content = { start: content.start + relayed[0].length, end: content.end };
      }
    } else if (clause.verb.lemma === "tell") {
      // "told Reuters that ...": the agency told is the intermediary.
      const told = doc
        .mentionsIn({ start: content.start, end: Math.min(content.end, content.start + 40) })
        .find((m) => m.kind === "media");
      if (told) intermediary = told.key;
    }
    const contentWords = doc.text.slice(content.start, content.end);
    const fromVerb = (clause.appositive && !clause.shortSubject) || clause.elided;
    let start = fromVerb ? clause.start : (clause.subject?.start ?? clause.start);
    if (clause.verb.act === "speech" && speaker.personKey) start = complementStart(doc, content);
    const span = tidy(doc.text, clause.inverted ?? { start, end });
    const sides = doc.sides(speaker.actorKey);
    let targets = targetsIn(doc, objectOf(doc, clause, content), sides);
    if (targets.length === 0) targets = targetsIn(doc, content, sides);
    if (clause.passiveBy && clause.subject) targets = [...targetsIn(doc, clause.subject, sides), ...targets];
    const explicitTarget = targets.length > 0;
    if (!explicitTarget) {
      const pronoun = pronounTarget(doc, content, sides);
      if (pronoun) targets = [pronoun];
    }
    const mutual = MUTUAL.test(contentWords) || speaker.pair !== undefined;
    // Words that only inform ("reported a 12% rise", "announced") need a charge in them to count.
    const informs =
      /^(?:report|announce|post|confirm|describe|predict|signal|comment|remark|observe|note|state|explain|write|tweet)$/.test(
        clause.verb.lemma,
      );
    if (clause.verb.act === "speech" && !contentCue(contentWords) && (informs || !explicitTarget) && !mutual) continue;
    const classified = classify(contentWords, clause.verb);
    const draft: Draft = {
      span,
      mode: "reported",
      speaker,
      targets,
      explicitTarget: explicitTarget || mutual,
      category: classified.category,
      strength: classified.strength,
      context: sentence,
    };
    if (classified.cameo) draft.cameo = classified.cameo;
    if (mutual) mutualSides(doc, draft, sentence, clause);
    if (speaker.media) {
      draft.intermediary = speaker.media;
      draft.speaker = { attribution: "named", actorKey: speaker.media, how: "actor" };
    }
    if (intermediary) draft.intermediary = intermediary;
    drafts.push(draft);
    doc.noteSpeaker(draft.speaker);
  }
}

/** "accused Pakistan of sheltering militants": a blaming verb's object is whom it blames, not what follows "of". */
function objectOf(doc: Document, clause: Clause, content: Span): Span {
  if (clause.verb.act !== "blame" || clause.passiveBy) return content;
  const words = doc.text.slice(content.start, content.end);
  const link = /[\s,]+(?:of|for|over)\s/.exec(words);
  return link ? { start: content.start, end: content.start + link.index } : content;
}

/** "the two sides accused each other": the speaker is one side, the target the other. */
function mutualSides(doc: Document, draft: Draft, sentence: Span, clause: Clause): void {
  let pair = draft.speaker.pair?.filter(Boolean) ?? [];
  if (pair.length < 2) {
    const states = doc.mentions.filter((m) => m.start >= sentence.start && m.end <= clause.start && m.kind === "state");
    pair = [...new Set(states.map((m) => doc.book.top(m.key)))];
  }
  if (pair.length < 2) {
    const recent = [...doc.opponent.entries()].at(-1);
    if (recent) pair = [recent[0], recent[1]];
  }
  if (pair.length < 2 && draft.speaker.actorKey && draft.targets[0])
    pair = [doc.book.top(draft.speaker.actorKey), doc.book.top(draft.targets[0])];
  const [first, second] = pair;
  if (!first || !second) return;
  // The side that blamed the other earlier in the text is the accuser; the other answers.
  const [accuser, accused] =
    doc.opponent.get(second) === first && doc.opponent.get(first) !== second ? [second, first] : [first, second];
  draft.speaker = { attribution: "named", actorKey: accuser, how: "actor" };
  draft.targets = [accused];
  draft.mutual = true;
}
