// Quotation runs: curly, straight, guillemet and single marks; a quote whose paragraph ends
// without a closing mark continues when the next paragraph opens again (the news convention);
// a paragraph after "X said:" with no marks at all is a block quote.
import type { Span } from "./text";

export interface QuoteRun {
  /** The segments inside the marks, one per paragraph the quote runs over. */
  segments: Span[];
  /** From the opening mark to the closing one (or the paragraph's end). */
  outer: Span;
  block: boolean;
}

const OPENERS: Record<string, string> = { "“": "”", "«": "»", "„": "“", '"': '"', "‘": "’" };

/** The quotation runs of the text, in order. */
export function findQuotes(text: string, paragraphs: Span[]): QuoteRun[] {
  const runs: QuoteRun[] = [];
  let open: { run: QuoteRun; closer: string; segmentStart: number } | undefined;
  for (const [index, paragraph] of paragraphs.entries()) {
    let i = paragraph.start;
    if (open) {
      // The quote stays open only if this paragraph opens again with the same kind of mark.
      const first = text[paragraph.start] ?? "";
      if (OPENERS[first] === open.closer || (first === "“" && open.closer === "”")) {
        open.segmentStart = paragraph.start + 1;
        i = paragraph.start + 1;
      } else open = undefined;
    }
    for (; i < paragraph.end; i++) {
      const char = text[i] ?? "";
      if (open) {
        if (char === open.closer && isCloser(text, i, char)) {
          open.run.segments.push({ start: open.segmentStart, end: i });
          open.run.outer.end = i + 1;
          runs.push(open.run);
          open = undefined;
        }
        continue;
      }
      const closer = OPENERS[char];
      if (closer && isOpener(text, i, char, paragraph)) {
        open = { run: { segments: [], outer: { start: i, end: i + 1 }, block: false }, closer, segmentStart: i + 1 };
      }
    }
    if (open) {
      // Unclosed at the paragraph's end: keep what there is; the next paragraph may continue it.
      if (paragraph.end > open.segmentStart) open.run.segments.push({ start: open.segmentStart, end: paragraph.end });
      open.run.outer.end = paragraph.end;
      const next = paragraphs[index + 1];
      const continues = next && OPENERS[text[next.start] ?? ""] !== undefined;
      if (!continues) {
        if (open.run.segments.length > 0) runs.push(open.run);
        open = undefined;
      }
    }
  }
  if (open && open.run.segments.length > 0) runs.push(open.run);
  return runs.filter((run) => run.segments.some((segment) => segment.end > segment.start));
}

function isOpener(text: string, i: number, char: string, paragraph: Span): boolean {
  const before = i > paragraph.start ? (text[i - 1] ?? "") : " ";
  const after = text[i + 1] ?? "";
  if (!after || /\s/.test(after)) return false;
  if (char === "‘" || char === '"') return /[\s(\[—–:,;-]/.test(before) || i === paragraph.start;
  return true;
}

function isCloser(text: string, i: number, char: string): boolean {
  if (char !== "’" && char !== '"') return true;
  // ’ is also the apostrophe: it closes only before a non-letter.
  const after = text[i + 1] ?? "";
  return !/\p{L}/u.test(after);
}

/** Block quotes: a paragraph ending in ":" (after a reporting verb) makes the next, unmarked one a quote. */
export function findBlockQuotes(
  text: string,
  paragraphs: Span[],
  introduces: (paragraph: Span) => boolean,
): QuoteRun[] {
  const runs: QuoteRun[] = [];
  for (let index = 0; index + 1 < paragraphs.length; index++) {
    const paragraph = paragraphs[index] as Span;
    const next = paragraphs[index + 1] as Span;
    if (!text.slice(paragraph.start, paragraph.end).trimEnd().endsWith(":")) continue;
    if (OPENERS[text[next.start] ?? ""] !== undefined) continue;
    if (!introduces(paragraph)) continue;
    runs.push({ segments: [{ ...next }], outer: { ...next }, block: true });
  }
  return runs;
}
