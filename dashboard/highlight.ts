// Where the proposed quotes stand in a source's text, as the pieces the review screen draws: the
// text cut into paragraphs (the store's rule: non-empty lines), and each paragraph into runs of
// characters covered by the same set of quotes, so overlapping quotes need no nesting. Pure.
import { paragraphStarts } from "../src/domain/paragraphs";

export interface Span {
  id: string;
  start: number;
  end: number;
}

/** A run of the text and the quotes covering all of it (none: plain text). */
export interface Run {
  start: number;
  end: number;
  ids: string[];
}

export interface Paragraph {
  /** 1-based, as proposals and quotes number them. */
  index: number;
  start: number;
  /** Up to the next paragraph's start: the line breaks after a paragraph belong to it. */
  end: number;
  runs: Run[];
}

/** Runs of [from, to) split wherever a quote starts or ends. Quotes outside the text are clipped. */
export function runs(from: number, to: number, spans: Span[]): Run[] {
  const inside = spans.filter((span) => span.end > from && span.start < to && span.end > span.start);
  const cuts = new Set<number>([from, to]);
  for (const span of inside) {
    cuts.add(Math.max(from, span.start));
    cuts.add(Math.min(to, span.end));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const result: Run[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] as number;
    const end = sorted[i + 1] as number;
    const ids = inside.filter((span) => span.start <= start && span.end >= end).map((span) => span.id);
    const previous = result[result.length - 1];
    // Neighbouring runs with the same quotes are one run (a cut from a clipped quote, say).
    if (previous && previous.ids.join(" ") === ids.join(" ")) previous.end = end;
    else result.push({ start, end, ids });
  }
  return result;
}

/** The text as paragraphs of runs; the text before the first paragraph goes with the first. */
export function layout(text: string, spans: Span[]): Paragraph[] {
  const starts = paragraphStarts(text);
  if (starts.length === 0) return [];
  return starts.map((start, i) => {
    const from = i === 0 ? 0 : start;
    const end = starts[i + 1] ?? text.length;
    return { index: i + 1, start: from, end, runs: runs(from, end, spans) };
  });
}

/** The paragraph (1-based) an offset falls in. */
export function paragraphOf(paragraphs: Paragraph[], offset: number): number {
  const found = paragraphs.find((paragraph) => offset >= paragraph.start && offset < paragraph.end);
  return found?.index ?? paragraphs[paragraphs.length - 1]?.index ?? 1;
}
