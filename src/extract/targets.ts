// Targets the words around a statement settle after it was read: a rejection of "that charge"
// says whom the statement before it blamed.
import type { Document } from "./document";
import type { Draft } from "./draft";

/** The categories that blame another side. */
export const BLAME = new Set(["accusation", "counter-accusation", "threat", "demand"]);

/** "X rejected that charge", "dismissed the suggestion": a rejection of words said just before. */
const REJECTS_THAT =
  /\b(?:rejected|rejects|dismissed|dismisses|denied|denies|disputed|disputes|refuted|rebuffed|contested)\s+(?:that|this|the|those|these)\s+(?:charge|claim|suggestion|account|accusation|allegation|version|assertion|criticism|charges|claims|accusations|allegations)\b/i;

/**
 * "Dizon blamed local governments for ..." then "The League of Cities rejected that charge": a
 * side that rejects "that charge" though no one has charged it was the one the statement just
 * before blamed, when that statement named no target of its own (its target was only the
 * speaker's last opponent, or its accuser). Returns the index of the statement retargeted.
 */
export function rejectedCharge(
  doc: Document,
  drafts: Draft[],
  index: number,
  sideOf: (draft: Draft) => string | undefined,
): number | undefined {
  const draft = drafts[index];
  const side = draft ? sideOf(draft) : undefined;
  if (!draft || !side || !REJECTS_THAT.test(doc.text.slice(draft.span.start, draft.span.end))) return undefined;
  const earlier = drafts.slice(0, index);
  const charged = earlier.some(
    (e) => !e.drop && BLAME.has(e.category) && e.targets.some((target) => doc.book.top(target) === side),
  );
  if (charged) return undefined;
  for (let i = index - 1; i >= 0 && i >= index - 2; i--) {
    const before = drafts[i] as Draft;
    if (before.drop) continue;
    const accuser = sideOf(before);
    if (!accuser || accuser === side) return undefined;
    if (before.explicitTarget || doc.paragraphOf(draft.span.start) - doc.paragraphOf(before.span.start) > 1)
      return undefined;
    before.targets = [side];
    if (!BLAME.has(before.category))
      before.category = before.answers !== undefined ? "counter-accusation" : "accusation";
    return i;
  }
  return undefined;
}
