// Finding a sentence's reported clauses: each reporting verb with its subject (before it, inverted
// after it, elided, set off by an apposition, or the agent of a passive) and where its words begin.
import { afterSpeaker, speaks } from "./clause-parts";
import { verbAt } from "./direct";
import type { Document } from "./document";
import { AMBIGUOUS_FORMS, MUTUAL, PERSON_TITLES, type ReportingVerb, TIME_WORDS, VERB_MODIFIERS } from "./lexicon";
import type { Span, Token } from "./text";

const LAWYERS = /^(?:lawyers?|attorneys?|solicitors?|counsel)$/;
const BOUNDARY =
  /^(?:that|while|whilst|after|before|as|when|although|though|because|since|if|and|but|which|who|whom|where|whereas|said|says|asked|even|until|unless|so)$/;
const AUXILIARY = /^(?:has|have|had|is|are|was|were|will|would|could|should|may|might|did|does|do|been)$/;
const PREPOSITION =
  /^(?:for|with|by|from|about|against|over|in|on|at|to|into|after|before|during|under|across|through|without|like|than)$/;
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|my|your|of|for|to|with|this|that|no|any|some)$/;

export interface Clause {
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
  /** The subject carries a relative clause (", which ...,", ", whose ...,"). */
  relative?: boolean;
  /** ", blaming X for ...", ", citing ...": a participle after the sentence's own clause, its subject that clause's. */
  participle?: boolean;
  /** "X was accused by Y of ...": Y speaks, X (the subject) is the target. */
  passiveBy?: Span;
  /** "said it had ordered the port to ...": what the speaker says it did itself, the act its words report. */
  ownAct?: ReportingVerb;
}

const PRONOUN_SUBJECT = /^(?:he|she|they|it|we|i)$/;

/**
 * The act a pronoun's clause inside a speaker's words reports the speaker did ("said it had ordered
 * the port to suspend ...", "said they had warned managers ..."): not a passive ("had been warned"),
 * not what it will do ("would sue"), and not more speech.
 */
export function ownAct(doc: Document, tokens: Token[], clause: Clause): ReportingVerb | undefined {
  if (clause.verb.act === "speech" || clause.passiveBy || !clause.subject) return undefined;
  if (!PRONOUN_SUBJECT.test(doc.text.slice(clause.subject.start, clause.subject.end).trim().toLowerCase()))
    return undefined;
  for (let j = clause.verbIndex - 1; j >= 0 && VERB_MODIFIERS.has(tokens[j]?.norm ?? ""); j--) {
    const norm = tokens[j]?.norm ?? "";
    if (/^(?:will|would|could|should|may|might|shall|can)$/.test(norm)) return undefined;
    if (j === clause.verbIndex - 1 && /^(?:been|was|were|is|are|be|being)$/.test(norm)) return undefined;
  }
  return clause.verb;
}

/**
 * ", noting that ...", ", saying ...", ", telling lawmakers that ...", ", charging that ...": a
 * participle after a comma that reports more words of the clause before it (a verb that only
 * speaks, or a verb of blame with "that"). Such words go on with that clause, whatever its verb
 * (the quote-span convention: 31 labels, none against); a participle of blame with an object
 * (", blaming dams upstream for ...") is an act of its own.
 */
function continuesWords(doc: Document, tokens: Token[], i: number, verb: ReportingVerb, verbLength: number): boolean {
  const token = tokens[i] as Token;
  if (!token.norm.endsWith("ing")) return false;
  if (!/,\s*$/.test(doc.text.slice(tokens[i - 1]?.end ?? token.start, token.start))) return false;
  return verb.act === "speech" || (verb.act === "blame" && tokens[i + verbLength]?.norm === "that");
}

const CALLED: ReportingVerb = { lemma: "call", act: "blame", cameo: "111" };

/** The words that open the thing a quoted label is put on: a determiner, a pronoun or someone's. */
const LABELLED_OPENING = /^(?:the|that|this|these|those|its|his|her|their|our|it|them)$/;

/**
 * "called the premier's comments "political point-scoring"", "called the suspension "a coup"",
 * "called the cuts "collective punishment"": putting a quoted label on another's words or acts
 * disparages them (all eleven such labels of the dev sets are blame or its denial). The thing
 * labelled opens with a determiner, a pronoun or someone's ("the", "that", "its", "Ottawa's"),
 * runs to at most five words of lower case with no break, and the mark follows it; the label's
 * noun, the word before the mark, is no verb of its own. Not "what he called the "inhumane"
 * treatment" (the mark right after the determiner: the label is the treatment's adjective), nor
 * "what it called the government's "..."".
 */
function calledQuoted(
  doc: Document,
  tokens: Token[],
  i: number,
): { verb: ReportingVerb; length: number; noun: number } | undefined {
  if (!/^(?:called|calls|call|calling)$/.test(tokens[i]?.norm ?? "")) return undefined;
  // ("to explain what it called the government's "conflict of interest"": a label inside an object
  // clause is part of the words around it.)
  if ([tokens[i - 1], tokens[i - 2]].some((token) => token?.norm === "what")) return undefined;
  const first = tokens[i + 1];
  if (!first || !(LABELLED_OPENING.test(first.norm) || (first.capital && first.possessive))) return undefined;
  for (let j = i + 1; j < i + 6 && j < tokens.length; j++) {
    const token = tokens[j] as Token;
    const next = tokens[j + 1];
    if (/[.,;:!?"“”]/.test(doc.text.slice(tokens[j - 1]?.end ?? 0, token.start))) return undefined;
    if (j > i + 1 && token.capital && !token.possessive) return undefined;
    const gap = doc.text.slice(token.end, next?.start ?? token.end);
    if (!/^\s*[“"]$/.test(gap)) continue;
    // (The mark right after the opening word, "called the "inhumane" treatment", labels no noun;
    // a pronoun is the thing labelled itself, "called it "a coup"".)
    if (j === i + 1 && !/^(?:it|them)$/.test(token.norm)) return undefined;
    return { verb: CALLED, length: 1, noun: j };
  }
  return undefined;
}

/** Whether "asked" / "requested" at `next` asks something of someone: "X to <verb>", "for ...", "that ...". */
function asksFor(doc: Document, tokens: Token[], next: number): boolean {
  const first = tokens[next];
  if (!first) return false;
  if (/^(?:for|that)$/.test(first.norm)) return true;
  for (let j = next; j < next + 7 && j + 1 < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (/[,.;:!?"“”]/.test(doc.text.slice(tokens[j - 1]?.end ?? token.start, token.start))) return false;
    if (/^(?:why|whether|if|how|what|when|where|who|about)$/.test(token.norm)) return false;
    if (j > next && token.norm === "to" && /^\p{Ll}/u.test(tokens[j + 1]?.text ?? "")) return true;
  }
  return false;
}

/**
 * Nouns for words someone said: what "withdraw" can take back ("withdrew his claim", "withdrew that
 * statement") and what a "that" clause after them reports ("its claim that the ministry had ...").
 */
const WORDS_SAID = /^(?:claims?|statements?|remarks?|comments?|allegations?|accusations?|charges?|assertions?|words)$/;

/** Whether "withdraw" at `next` takes back words: a determiner or possessive, then a noun for words. */
function withdrawsWords(tokens: Token[], next: number): boolean {
  const first = tokens[next];
  const noun =
    first && /^(?:the|that|this|those|these|its|his|her|their|our|my)$/.test(first.norm) ? tokens[next + 1] : first;
  return noun !== undefined && WORDS_SAID.test(noun.norm);
}

/**
 * "A port official, who asked not to be named, said", "The Patients' Forum, which says it represents
 * 40,000 people, said": the comma before the verb closes a relative clause opened after the comma
 * before it, whatever verbs and connectives it holds; the token right after its pronoun (so the
 * subject's walk starts past the pronoun, and the relative clause goes with its subject).
 */
function relativeAfterComma(doc: Document, tokens: Token[], group: number): number | undefined {
  for (let k = group - 1; k >= 2 && k > group - 30; k--) {
    const gap = doc.text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0);
    if (/[.;:!?—–()“”"]|\s-\s/.test(gap)) return undefined;
    if (!/,\s/.test(gap)) continue;
    // ("The fisheries association of X province, where the boats are registered, said": "where" too.)
    return /^(?:which|who|whose|where)$/.test(tokens[k]?.norm ?? "") && k + 1 < group ? k + 1 : undefined;
  }
  return undefined;
}

/** Whether a comma-set capitalised name of at most four words ends right before `group` (", Hawa Ndiaye,"). */
function nameBefore(doc: Document, tokens: Token[], group: number): boolean {
  for (let k = group - 1; k >= 1 && k >= group - 4; k--) {
    if (!tokens[k]?.capital) break;
    if (/,\s/.test(doc.text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0))) return true;
  }
  // ("A patients' group, the Movement for the Rights of Patients, urged": one name, "the" before it.)
  for (let k = group - 1; k >= 1 && k >= group - 9; k--) {
    if (!/,\s/.test(doc.text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0))) continue;
    const from = tokens[k]?.norm === "the" ? k + 1 : k;
    const start = tokens[from]?.start ?? 0;
    const end = tokens[group - 1]?.end ?? 0;
    return doc.mentions.some((m) => m.role === "referent" && m.start <= start && m.end >= end && m.kind !== "person");
  }
  return false;
}

/**
 * Where a short title phrase set off by a comma before a name starts ("The environment minister, |Rutendo
 * Mashingaidze, who ..."), when tokens[from, relative) are the name; undefined when there is none.
 */
function titleBefore(doc: Document, tokens: Token[], from: number, relative: number): number | undefined {
  const name = tokens.slice(from, relative);
  if (name.length === 0 || name.length > 4 || !name.every((t) => t.capital)) return undefined;
  if (!/^,\s/.test(doc.text.slice(tokens[from - 1]?.end ?? 0, tokens[from]?.start ?? 0))) return undefined;
  let at = from - 1;
  while (
    at > 0 &&
    from - at < 7 &&
    !BOUNDARY.test(tokens[at - 1]?.norm ?? "") &&
    !/[.;:,!?—–()“”"]|\s-\s/.test(doc.text.slice(tokens[at - 1]?.end ?? 0, tokens[at]?.start ?? 0))
  )
    at--;
  const phrase = tokens.slice(at, from);
  const opensSentence =
    at === 0 || /[.;:—–]|\s-\s/.test(doc.text.slice(tokens[at - 1]?.end ?? 0, tokens[at]?.start ?? 0));
  if (!opensSentence && !BOUNDARY.test(tokens[at - 1]?.norm ?? "")) return undefined;
  return /^(?:the|a|an)$/.test(phrase[0]?.norm ?? "") && phrase.some((t) => PERSON_TITLES.has(t.norm)) ? at : undefined;
}

/** Whether `at` is inside quoted words whose opening mark comes after `from`. */
function quotedAfter(doc: Document, at: number, from: number): boolean {
  return doc.quoteRuns.some((run) => run.outer.start >= from && run.outer.start < at && at < run.outer.end);
}

/**
 * The clause before whose words a verb "and" joins may go on with: the last one found, or, when
 * that is a clause of a speaking verb's words ("said it regretted ... and had asked ...", "said its
 * members had complained ... and had written to ..."), the speaking clause whose words it is (right
 * after that verb or its "that", neither elided nor an apposition).
 */
function speakingClauseBefore(doc: Document, tokens: Token[], found: Clause[]): Clause | undefined {
  let outer = found.at(-1);
  for (let k = found.length - 1; k > 0 && outer?.verb.act !== "speech"; k--) {
    const speaking = found[k - 1] as Clause;
    const inner = found[k] as Clause;
    const between = doc.text.slice(tokens[speaking.verbIndex + speaking.verbLength - 1]?.end ?? 0, inner.boundary);
    if (speaking.verb.act !== "speech" || inner.elided || inner.appositive || !/^\s*(?:that\s+)?$/.test(between)) break;
    outer = speaking;
  }
  return outer;
}

/** The nouns a charge is named by in "a charge the government denies". */
const CHARGE_NOUNS = /^(?:claims?|charges?|accusations?|allegations?|assertions?)$/;

/**
 * ", a charge the government denies", ", a claim the ministry disputes", ", a charge Rwanda denies":
 * a charge the writer names by its noun, its denier's clause a relative one after it with no
 * pronoun. The offset where the statement starts (its "a"), when the verb at `i` ends such a phrase
 * after a comma: the labels take it from the noun (3 of 3, dev-14, dev-19, dev-20).
 */
export function nominalDenial(doc: Document, tokens: Token[], i: number): number | undefined {
  for (let k = i - 1; k >= 2 && k >= i - 5; k--) {
    if (!CHARGE_NOUNS.test(tokens[k]?.norm ?? "")) continue;
    const article = tokens[k - 1];
    if (!article || !/^(?:a|an)$/.test(article.norm)) return undefined;
    if (!/,\s*$/.test(doc.text.slice(tokens[k - 2]?.end ?? 0, article.start))) return undefined;
    // (Only the denier's name between the noun and the verb: no comma, no verb, no "that".)
    const between = doc.text.slice(tokens[k]?.end ?? 0, tokens[i]?.start ?? 0);
    if (/[,.;:"“”]|\bthat\b/.test(between)) return undefined;
    return article.start;
  }
  return undefined;
}

/**
 * The words that keep a source's name back, after "who" or "speaking": "asked not to be named",
 * "declined to be identified", "spoke on condition of anonymity", "was not authorised to speak".
 */
const ANONYMITY =
  /^(?:(?:asked|declined|requested|refused|did not want|did not wish|does not want|wished|preferred) (?:not )?to be (?:named|identified|quoted)\b|(?:spoke |was speaking |speaking )?on (?:the )?condition of anonymity\b|(?:requested|asked for|was granted) anonymity\b|spoke anonymously\b|(?:is|was|were|are) not authori[sz]ed to (?:speak|talk|comment)\b)/;

/** Whether the words from `at` keep a source's name back (ANONYMITY). */
function keepsNameBack(tokens: Token[], at: number): boolean {
  const words = tokens
    .slice(at, at + 8)
    .map((t) => t.norm)
    .join(" ");
  return ANONYMITY.test(words);
}

/**
 * "A diplomat who declined to be named said", "A police official who asked not to be named because
 * he was not authorised to speak said", "A source speaking on condition of anonymity said": the
 * clause that keeps a source's name back, set off by no comma, is part of the subject; the index of
 * its first word ("who", "speaking") when one runs, with its reason, up to `group`.
 */
function anonymityBefore(doc: Document, tokens: Token[], group: number): number | undefined {
  for (let k = group - 1; k >= 1 && k > group - 30; k--) {
    const gap = doc.text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0);
    if (/[.;:!?,—–()“”"]|\s-\s/.test(gap)) return undefined;
    const norm = tokens[k]?.norm ?? "";
    if (norm === "who") return keepsNameBack(tokens, k + 1) ? k : undefined;
    if (norm === "speaking") return keepsNameBack(tokens, k) ? k : undefined;
  }
  return undefined;
}

/** The sentence's clauses with a reporting verb, in order. */
export function findClauses(doc: Document, sentence: Span, tokens: Token[]): Clause[] {
  const found: Clause[] = [];
  // The noun a quoted label names ("called the minister's remarks "..."") is no verb of its own.
  let labelled = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (i <= labelled) continue;
    const listed = verbAt(tokens, i);
    const called = listed ? undefined : calledQuoted(doc, tokens, i);
    if (called) labelled = called.noun;
    const verbFound = listed ?? called;
    if (!verbFound) continue;
    const token = tokens[i] as Token;
    const previousToken = tokens[i - 1];
    if (previousToken && (DETERMINER.test(previousToken.norm) || previousToken.norm === "to")) continue;
    // "said the advice had been "considered and noted" but that ...": a form inside quoted words
    // that open after the clause before's verb is part of those words, no verb of the sentence's.
    const last = found.at(-1);
    if (last && quotedAfter(doc, token.start, tokens[last.verbIndex + last.verbLength - 1]?.end ?? 0)) continue;
    // "Lithuania's state gas company", "the union's claim": a word after a possessive is a noun.
    if (previousToken?.possessive) continue;
    // "warned the bank in writing": a form in "-ing" after "in" is a noun.
    if (previousToken?.norm === "in" && token.norm.endsWith("ing")) continue;
    // "attacks", "charges", "report" are verbs only right after a name or a pronoun ("Russia attacks").
    // (Or a denial's subject after a charge named by its noun: "a claim the ministry disputes".)
    if (
      AMBIGUOUS_FORMS.has(token.norm) &&
      previousToken &&
      !previousToken.capital &&
      !/^(?:he|she|it|they|we)$/.test(previousToken.norm) &&
      !(verbFound.verb.act === "denial" && nominalDenial(doc, tokens, i) !== undefined)
    )
      continue;
    if (previousToken?.norm === "as" && /^(?:saying|telling|stating|adding)$/.test(token.norm)) continue;
    // ("An official who asked not to be named said", "who declined to be identified": the words
    // that keep a source's name back are no act of their own.)
    if (previousToken?.norm === "who" && keepsNameBack(tokens, i)) continue;
    // "a ship, which he said had tried to ram ...": the attribution inside a relative clause is
    // part of the words reported around it, not a statement of its own.
    if (
      verbFound.verb.act === "speech" &&
      /^(?:he|she|it|they|we)$/.test(previousToken?.norm ?? "") &&
      /^(?:which|who|whom)$/.test(tokens[i - 2]?.norm ?? "")
    )
      continue;
    // "demanded that clubs pay wages it says are up to four months overdue": a reduced relative
    // clause's attribution ("wages it says are", "the debts they said had") is part of the words
    // around it too.
    if (
      verbFound.verb.act === "speech" &&
      /^(?:he|she|it|they|we)$/.test(previousToken?.norm ?? "") &&
      /^\p{Ll}+$/u.test(tokens[i - 2]?.text ?? "") &&
      !BOUNDARY.test(tokens[i - 2]?.norm ?? "") &&
      !AUXILIARY.test(tokens[i - 2]?.norm ?? "") &&
      !verbAt(tokens, i - 2) &&
      /^\s+$/.test(doc.text.slice(tokens[i - 2]?.end ?? 0, previousToken?.start ?? 0)) &&
      /^(?:is|are|was|were|had|has|have|would|will|could)$/.test(tokens[i + verbFound.length]?.norm ?? "")
    )
      continue;
    // "rejected the charge, saying ...", "accused the regulator of ..., noting that ...", "said it
    // would file a complaint, charging that ...": more words of the clause before, not a clause of
    // their own. (Not after an inverted attribution, '"...," Valente said, adding that ...': there
    // the participle's words are the first said after the verb.)
    const before = found.at(-1);
    if (before && !before.inverted && continuesWords(doc, tokens, i, verbFound.verb, verbFound.length)) {
      i += verbFound.length - 1;
      continue;
    }
    // "asked the ministry to hand over ...", "asked for an inquiry", "requested that ...": a demand;
    // not "asked why ...", "asked about ...".
    if (/^(?:ask|request)$/.test(verbFound.verb.lemma) && !asksFor(doc, tokens, i + verbFound.length)) continue;
    // "withdrew his claim that ...", "withdrew that statement": "withdraw" retracts only words (not
    // "withdrew its troops", "withdrew from the talks").
    if (verbFound.verb.lemma === "withdraw" && !withdrawsWords(tokens, i + verbFound.length)) continue;
    // "took it back", "took back his remark": "take" retracts only with "back" (not "took a
    // different line", "took two of its three units offline").
    if (verbFound.verb.lemma === "take" && ![0, 1, 2, 3].some((k) => tokens[i + verbFound.length + k]?.norm === "back"))
      continue;
    // "had added four floors": "add" speaks only before "that", a mark, a name or the sentence's end.
    if (verbFound.verb.lemma === "add" && !speaks(doc, tokens, i + verbFound.length)) continue;
    let group = i;
    // (Not a modifier set off by a comma: "went further, accusing the board of ...", "went further,
    // warning that ...": "further" is the act's, and the participle after an act that is no speech
    // is the statement, from the participle.)
    while (
      group > 0 &&
      VERB_MODIFIERS.has(tokens[group - 1]?.norm ?? "") &&
      !/[,;:]/.test(doc.text.slice(tokens[group - 1]?.end ?? 0, tokens[group]?.start ?? 0))
    )
      group--;
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
      // "said it would hold the owner liable and had asked the attorney general to ...", "said they
      // had hired lawyers and would sue": after a verb that only speaks (with no auxiliary of its
      // own), a verb "and" joins with a backshifted auxiliary (had, would, could) goes on with what
      // was said; it is no second act of the subject ("said ... and accused X").
      const outer = speakingClauseBefore(doc, tokens, found);
      if (
        outer?.verb.act === "speech" &&
        !outer.inverted &&
        previous.norm === "and" &&
        /^(?:had|would|could)$/.test(tokens[start]?.norm ?? "") &&
        !AUXILIARY.test(tokens[outer.verbIndex - 1]?.norm ?? "")
      ) {
        i += verbFound.length - 1;
        continue;
      }
      clause.elided = true;
      clause.boundary = previous.start;
    } else if (/[,;—–]/.test(gap)) {
      // "Both countries, ..., have accused": the subject is the clause's first phrase.
      clause.appositive = true;
      const afterRelative = relativeAfterComma(doc, tokens, group);
      let from = afterRelative ?? group - 1;
      let relative: number | undefined;
      // (Not past a dateline's spaced dash: "VILNIUS (Reuters) - The Green Farmers Party, a member ...,".)
      // ("X, whose members include ..., rejected": a relative "whose" after a comma stops it too.)
      const opensRelative = (at: number) =>
        tokens[at]?.norm === "whose" && /,\s*$/.test(doc.text.slice(tokens[at - 1]?.end ?? 0, tokens[at]?.start ?? 0));
      // ("The African Union's special envoy for Sudan and South Sudan, X,": "and" between two names joins them.)
      const joins = (at: number) =>
        /^(?:and|of|&)$/.test(tokens[at]?.norm ?? "") && tokens[at - 1]?.capital && tokens[at + 1]?.capital;
      // ("The agency, known as INPEC, rejected": "as" after "known" names, it opens no clause.)
      const names = (at: number) =>
        tokens[at]?.norm === "as" && /^(?:known|called|named)$/.test(tokens[at - 1]?.norm ?? "");
      while (
        from > 0 &&
        (!BOUNDARY.test(tokens[from - 1]?.norm ?? "") || joins(from - 1) || names(from - 1)) &&
        !opensRelative(from - 1) &&
        !/[.;:—–]|\s-\s/.test(doc.text.slice(tokens[from - 1]?.end ?? 0, tokens[from]?.start ?? 0))
      )
        from--;
      // "China, which has close ties with both, urged": past the relative clause to the name before it.
      const opener = afterRelative === undefined ? /^(?:which|who|whose)$/ : /^(?:which|who|whose|where)$/;
      if (opener.test(tokens[from - 1]?.norm ?? "") && from >= 2) {
        relative = from - 1;
        from -= 2;
        // ("Ivory Coast's Coffee and Cocoa Council, whose ...": "and" between two names joins them.)
        while (
          from > 0 &&
          (!BOUNDARY.test(tokens[from - 1]?.norm ?? "") || joins(from - 1)) &&
          !/[.;:,]/.test(doc.text.slice(tokens[from - 1]?.end ?? 0, tokens[from]?.start ?? 0))
        )
          from--;
        // "The environment minister, Rutendo Mashingaidze, who visited ..., accused": a title phrase
        // set before the name goes with it.
        const titled = titleBefore(doc, tokens, from, relative);
        if (titled !== undefined) from = titled;
      }
      const first = tokens[from] as Token;
      // The whole subject, apposition included ("The airline, Northstar Air,"): the name may be in it.
      clause.subject = {
        start: first.start,
        end: relative ? (tokens[relative - 1]?.end ?? previous.end) : previous.end,
      };
      // A relative clause is part of its subject ("Austral Grid, whose largest shareholder is ..., said"):
      // the statement runs from the name; a long apposition ("X, a senator from ..., accused") sets it off.
      // ("The African Union's special envoy for Sudan and South Sudan, Hawa Ndiaye, demanded": a name
      // set off after the head is short too.)
      clause.shortSubject =
        relative !== undefined || group - from <= 8 || (group - from <= 16 && nameBefore(doc, tokens, group));
      if (relative !== undefined) clause.relative = true;
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
          clause.participle = true;
        }
      }
    } else {
      let from = group - 1;
      const mutualVerb = MUTUAL.test(doc.text.slice(token.start, tokens[i + verbFound.length + 1]?.end ?? token.end));
      // "South Korea's regulator on Tuesday accused": the day between subject and verb is no boundary.
      if (
        from >= 3 &&
        TIME_WORDS.test(tokens[from]?.norm ?? "") &&
        /^(?:on|last|this|late|early)$/.test(tokens[from - 1]?.norm ?? "")
      )
        from -= 2;
      // ("A diplomat who declined to be named said": the subject is the noun phrase before "who".)
      const anonymity = anonymityBefore(doc, tokens, group);
      if (anonymity !== undefined) from = anonymity;
      const reach = anonymity ?? group;
      let bracketed = false;
      while (from > 0 && reach - from < 10) {
        const earlier = tokens[from - 1] as Token;
        const gapBefore = doc.text.slice(earlier.end, tokens[from]?.start ?? 0);
        // "The Honduran Private Enterprise Council (COHEP) said", "The UN Assistance Mission for Iraq
        // (UNAMI) urged": an abbreviation in brackets after a name is part of the subject, and the
        // walk goes on before it (past the name the text has found, whatever its words).
        const abbreviation = tokens[from] as Token;
        if (
          gapBefore === " (" &&
          abbreviation.capital &&
          earlier.capital &&
          doc.text.slice(abbreviation.end, abbreviation.end + 2) === ") "
        ) {
          const name = doc.mentions.find((m) => m.end === earlier.end && m.start < earlier.start);
          const at = name ? tokens.findIndex((t) => t.start === name.start) : -1;
          from = at >= 0 && at < from - 1 ? at : from - 1;
          bracketed = true;
          continue;
        }
        // (The name so abbreviated may join its words by "for": "Mission for Iraq".)
        if (bracketed && earlier.norm === "for" && tokens[from - 2]?.capital && tokens[from]?.capital) {
          from--;
          continue;
        }
        // "Armenia and Azerbaijan blamed": a subject of two names joined by "and".
        // ("the workers' union and the terminal operator blamed each other": any two phrases, when
        // the verb's words are blame both ways.)
        const joinsNames =
          earlier.norm === "and" && ((tokens[from]?.capital && tokens[from - 2]?.capital) || mutualVerb);
        // "A spokeswoman for the airport said", "a lawyer for the family said": the role's employer.
        // ("Lawyers for 112 families from Chizungu said": a plural title, and where the clients are from.)
        const title = tokens[from - 2]?.norm ?? "";
        const roleOf =
          (/^(?:for|of|at|in)$/.test(earlier.norm) &&
            (PERSON_TITLES.has(title) || PERSON_TITLES.has(title.replace(/s$/, "")))) ||
          (/^(?:from|in|of|at)$/.test(earlier.norm) &&
            tokens
              .slice(Math.max(0, from - 6), from - 1)
              .some((t, k, run) => LAWYERS.test(t.norm) && /^(?:for|representing)$/.test(run[k + 1]?.norm ?? "")));
        if (
          !joinsNames &&
          !roleOf &&
          (BOUNDARY.test(earlier.norm) ||
            PREPOSITION.test(earlier.norm) ||
            (verbAt(tokens, from - 1) && !tokens[from - 2]?.possessive))
        )
          break;
        // (a dateline's spaced hyphen, "MANCHESTER, England (Reuters) - Parents ...", ends it too;
        // not a comma inside one name, "the Ministry of Environment, Urbanisation and Climate Change")
        // (The document's mentions are searched only for a comma, the one gap they decide.)
        const withinName = () =>
          doc.mentions.some((m) => m.start <= earlier.start && m.end >= (tokens[from]?.end ?? 0));
        if (/[,;:—–()“”"]|\s-\s/.test(gapBefore) && !(gapBefore === ", " && withinName())) break;
        from--;
      }
      if (BOUNDARY.test(tokens[from]?.norm ?? "")) from++;
      if (from >= group) continue;
      // "said it would go to court if the city did not respond by Friday": a verb inside a condition
      // of the words before is part of them (what the other must do), no clause of its own.
      if (found.length > 0 && /^(?:if|unless|until)$/.test(tokens[from - 1]?.norm ?? "")) {
        i += verbFound.length - 1;
        continue;
      }
      // (The subject's name ends before the clause that keeps it back, as a relative clause's does.)
      const subjectEnd = anonymity !== undefined && anonymity > from ? tokens[anonymity - 1]?.end : undefined;
      clause.subject = { start: tokens[from]?.start ?? 0, end: subjectEnd ?? previous.end };
      clause.start = clause.subject.start;
      clause.boundary = tokens[from]?.start ?? clause.start;
      // "The opposition was in power until 2017, he said, and had signed ...": an attribution set
      // between commas inside the words said; the statement is the sentence.
      const verbEnd = tokens[i + verbFound.length - 1]?.end ?? token.end;
      if (
        verbFound.verb.act === "speech" &&
        found.length === 0 &&
        from > 2 &&
        group - from <= 4 &&
        /,\s*$/.test(doc.text.slice(tokens[from - 1]?.end ?? 0, tokens[from]?.start ?? 0)) &&
        /^,\s+\p{Ll}/u.test(doc.text.slice(verbEnd, verbEnd + 3))
      ) {
        clause.inverted = { start: sentence.start, end: sentence.end };
        clause.boundary = sentence.start;
      }
      // "Anyone found to have falsified a death certificate would be prosecuted, he warned.", "One of
      // the dead ... had been shot in the back as he ran, it said.": a pronoun's verb that ends the
      // sentence after a comma, no marks around the words, says the words before the comma.
      if (
        /^(?:speech|threat)$/.test(verbFound.verb.act) &&
        found.length === 0 &&
        from > 2 &&
        group - from === 1 &&
        PRONOUN_SUBJECT.test(tokens[from]?.norm ?? "") &&
        /^,\s*$/.test(doc.text.slice(tokens[from - 1]?.end ?? 0, tokens[from]?.start ?? 0)) &&
        /^\s*(?:on\s+\p{Lu}\p{Ll}+)?\s*[.!?]\s*$/u.test(doc.text.slice(verbEnd, sentence.end)) &&
        !/["“”]/.test(doc.text.slice(sentence.start, tokens[from]?.start ?? 0))
      ) {
        clause.inverted = { start: sentence.start, end: tokens[from - 1]?.end ?? sentence.start };
        clause.boundary = sentence.start;
      }
    }
    found.push(clause);
    i += verbFound.length - 1;
  }
  // Clauses that are part of the words of the clause before, not statements of their own: one after
  // a noun for words and "that" (below), and "The commission said Baemin had threatened ...", a
  // clause right after a verb that only speaks, which is what was said.
  for (let k = found.length - 1; k > 0; k--) {
    const outer = found[k - 1] as Clause;
    const inner = found[k] as Clause;
    if (outer.inverted || inner.elided || inner.appositive) continue;
    const outerEnd = tokens[outer.verbIndex + outer.verbLength - 1]?.end ?? outer.start;
    // "withdrew its claim that the ministry had ordered ...": a clause after a noun for words and
    // "that" is what those words said, part of the clause that names them.
    const between = doc.text.slice(outerEnd, inner.boundary);
    const noun = /\b(\p{L}+)\s+that\s*$/u.exec(between)?.[1]?.toLowerCase();
    if (noun && WORDS_SAID.test(noun) && !/[.;:,]/.test(between)) {
      found.splice(k, 1);
      continue;
    }
    // "saying a main had been leaking for a year and that residents had reported it": a clause after
    // "and that" (or "but that") is more of the words before, whatever their verb.
    if (/\s(?:and|but)\s+that\s*$/.test(between) && !/[.;:]/.test(between)) {
      found.splice(k, 1);
      continue;
    }
    if (outer.verb.act !== "speech") continue;
    if (/^\s*(?:that\s+)?$/.test(between)) {
      outer.ownAct = ownAct(doc, tokens, inner) ?? inner.ownAct;
      found.splice(k, 1);
    }
  }
  return found;
}
