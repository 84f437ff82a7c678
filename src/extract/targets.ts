// Targets the words around a statement settle after it was read: a rejection of "that charge"
// says whom the statement before it blamed.
import type { Document } from "./document";
import type { Draft } from "./draft";

/** The categories that blame another side. */
export const BLAME = new Set(["accusation", "counter-accusation", "threat", "demand"]);

/** "X rejected that charge", "dismissed the suggestion": a rejection of words said just before. */
const REJECTS_THAT =
  /\b(?:rejected|rejects|dismissed|dismisses|denied|denies|disputed|disputes|refuted|rebuffed|contested)\s+(?:(?:that|this|the|those|these)\s+(?:charge|claim|suggestion|account|accusation|allegation|version|assertion|criticism|charges|claims|accusations|allegations)\b|(?:that|this)\s*(?:[.;]|,\s+saying\b|\bas\b|$))/i;

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

/** A name's words, for comparing two names of one body ("The" and possessives dropped). */
const nameWords = (name: string) =>
  name
    .replace(/^the\s+/i, "")
    .replace(/['’]s\b/g, "")
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);

/**
 * Whether `target` is the speaker's own body under a longer or a shorter name the naming passes
 * left as two actors: one name's words open or close the other's ("Coral Coast" and "Coral Coast
 * Civil Works Ltd", "Vía Norte" and "Vía Norte Concesiones", "Commission" and "European
 * Commission"). A side does not blame itself; not "Democratic Party" and "Democratic Renewal
 * Party" (a word between), nor a state ("Bank of Ghana" and Ghana).
 */
export function ownBodyRenamed(doc: Document, side: string | undefined, target: string): boolean {
  if (!side) return false;
  const other = doc.book.get(target);
  if (!other || other.kind === "state" || other.kind === "person") return false;
  const b = nameWords(other.name);
  for (const key of new Set([side, doc.book.top(side)])) {
    const own = doc.book.get(key);
    if (!own || own.kind === "state" || own.kind === "person" || own.key === other.key) continue;
    const a = nameWords(own.name);
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    if (short.length === 0 || short.length === long.length) continue;
    const opens = short.every((word, i) => long[i] === word);
    const closes = short.every((word, i) => long[long.length - short.length + i] === word);
    if (opens || closes) return true;
  }
  return false;
}
