// The text's geometry: paragraphs (non-empty lines, as the store numbers them), word tokens with
// their offsets, and sentence boundaries. Every span here is [start, end) into the text as given.
import { paragraphStarts } from "../domain/paragraphs";

export interface Span {
  start: number;
  end: number;
}

/** A word with its place in the text; `norm` is lower-case with typographic apostrophes made plain. */
export interface Token extends Span {
  text: string;
  norm: string;
  /** Ended in 's / ’s (the possessive), which `norm` leaves out. */
  possessive: boolean;
  /** Starts with a capital letter. */
  capital: boolean;
}

/** 1-based paragraph of an offset, by the store's rule, answered by binary search over the starts. */
export function paragraphIndex(text: string): (offset: number) => number {
  const starts = paragraphStarts(text);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    let found = 0;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((starts[mid] ?? 0) <= offset) {
        found = mid + 1;
        low = mid + 1;
      } else high = mid - 1;
    }
    return Math.max(1, found);
  };
}

/** The non-empty lines as spans. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = /[^\r\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].trim()) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "gen",
  "sen",
  "rep",
  "lt",
  "col",
  "capt",
  "sgt",
  "maj",
  "gov",
  "prof",
  "no",
  "jr",
  "sr",
  "vs",
  "inc",
  "corp",
  "ltd",
  "co",
  "jan",
  "feb",
  "aug",
  "sept",
  "oct",
  "nov",
  "dec",
]);

export const normalize = (word: string): string => word.toLowerCase().replace(/[’‘`]/g, "'");

/**
 * A word opening with a capital; a single capital letter. (Module constants, not literals in
 * tokenize and makeToken: a bundle for an older target, node20's for one, rebuilds a literal with
 * a Unicode property from its source each time it is reached, here at each word.)
 */
const CAPITALISED = /^\p{Lu}/u;
const ONE_CAPITAL = /^\p{Lu}$/u;

/** Words: letters and digits joined by inner dots, hyphens and apostrophes ("U.S.", "al-Assad", "don’t"). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const pattern = /[\p{L}\p{N}]+(?:[.'’\-&][\p{L}\p{N}]+)*\.?/gu;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    let word = match[0];
    if (match.index + word.length > to) word = word.slice(0, to - match.index);
    if (word.endsWith(".")) {
      const bare = word.slice(0, -1);
      const keepDot = bare.includes(".") || ONE_CAPITAL.test(bare) || ABBREVIATIONS.has(bare.toLowerCase());
      if (!keepDot) word = bare;
    }
    if (!word) continue;
    const start = match.index;
    // "Iranian-backed", "Assad-controlled": the name and its compound modifier are two tokens.
    const compound =
      /^(.+)-(backed|led|supported|sponsored|allied|aligned|funded|armed|trained|based|controlled|held|occupied|administered|run|listed|flagged|registered|owned|headquartered)$/i.exec(
        word,
      );
    if (compound?.[1] && compound[2] && CAPITALISED.test(compound[1])) {
      tokens.push(makeToken(compound[1], start));
      tokens.push(makeToken(compound[2], start + compound[1].length + 1));
      pattern.lastIndex = start + word.length;
      continue;
    }
    tokens.push(makeToken(word, start));
    pattern.lastIndex = start + word.length;
  }
  return tokens;
}

function makeToken(word: string, start: number): Token {
  {
    let norm = normalize(word);
    let possessive = false;
    if (/'s$/.test(norm) && norm.length > 2) {
      norm = norm.slice(0, -2);
      possessive = true;
    } else if (/s'$/.test(norm)) {
      norm = norm.slice(0, -1);
      possessive = true;
    }
    return { text: word, norm, possessive, capital: CAPITALISED.test(word), start, end: start + word.length };
  }
}

const SENTENCE_STARTERS = /^(?:The|He|She|It|They|We|I|But|And|This|That|A|An|In|On|At|His|Her|Its|Their)\b/;

/**
 * Sentences of a span: break after . ! ? (and any closing quote or bracket) when a capital, a
 * digit or an opening quote follows, but not after "Mr." or an initial, and after "U.S." only
 * before a word that usually starts a sentence. Line breaks always end a sentence.
 */
export function sentenceSpans(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    const char = text[i] ?? "";
    if (char === "\n" || char === "\r") {
      push(i);
      start = i + 1;
      continue;
    }
    if (char !== "." && char !== "!" && char !== "?") continue;
    let end = i + 1;
    while (end < to && /[”"’')\]»]/.test(text[end] ?? "")) end++;
    if (end < to && !/\s/.test(text[end] ?? "")) continue;
    let next = end;
    while (next < to && (text[next] === " " || text[next] === "\t")) next++;
    if (next >= to) continue;
    const following = text.slice(next, next + 12);
    if (!/^[\p{Lu}\p{N}“"‘'(\[«]/u.test(following)) continue;
    if (char === ".") {
      const wordStart = text.lastIndexOf(" ", i - 1) + 1;
      const word = text.slice(Math.max(wordStart, start), i).replace(/^[“"‘'(\[]+/, "");
      if (/^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase())) continue;
      if (word.includes(".") && !SENTENCE_STARTERS.test(following)) continue;
    }
    push(end);
    start = end;
  }
  push(to);
  return spans;
}

/** Shrinks a span past surrounding white space and the given characters. */
export function trimSpan(text: string, span: Span, chars = /[\s]/): Span {
  let { start, end } = span;
  while (start < end && chars.test(text[start] ?? "")) start++;
  while (end > start && chars.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

/** Whether two tokens stand as words of one name: one space between, maybe after an apostrophe ("Workers' Union"). */
export const spacedInName = (text: string, left: Token | undefined, right: Token | undefined): boolean =>
  !!left && !!right && /^['’]? $/.test(text.slice(left.end, right.start));

/** The tokens from `from` up to `to` as one phrase of their normal forms ("the liberal front"), for a lookup by phrase. */
export const normsOf = (tokens: Token[], from: number, to: number): string =>
  tokens
    .slice(from, to)
    .map((t) => t.norm)
    .join(" ");

/** A word from the text as a literal inside a pattern ("u.s." must not match "uxs"). */
export const literal = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
