// Paragraphs of a source's text, the one rule every quote's `paragraph` follows: the store checks it,
// the extractor numbers by it, and the review screen places each card beside the paragraph it names.

/** Offsets where each paragraph starts: paragraphs are the non-empty lines, numbered from 1. */
export function paragraphStarts(text: string): number[] {
  const starts: number[] = [];
  let inParagraph = false;
  for (let i = 0; i < text.length; i++) {
    const isBreak = text[i] === "\n" || text[i] === "\r";
    if (!isBreak && !inParagraph) starts.push(i);
    inParagraph = !isBreak;
  }
  return starts;
}

/** The 1-based paragraph an offset falls in (0 before the first). */
export function paragraphAt(text: string, offset: number): number {
  let paragraph = 0;
  let inParagraph = false;
  for (let i = 0; i <= offset && i < text.length; i++) {
    const isBreak = text[i] === "\n" || text[i] === "\r";
    if (!isBreak && !inParagraph) paragraph++;
    inParagraph = !isBreak;
  }
  return paragraph;
}
