// Indexes over a text's mentions, built once per mentions array and kept beside it (a WeakMap,
// rebuilt if the array grows):
// lookups that would otherwise scan every earlier mention for each word of each statement, and
// so grow with the square of a long text. Only what the text and the mentions' offsets fix is
// indexed (neither changes once the mentions are found); keys and roles, which may change, are
// read by the callers at each lookup.
import type { Mention } from "./mentions";

interface MentionIndex {
  count: number;
  /** Whether the mentions' starts never decrease and no mention ends before it starts (then a range of starts may be searched). */
  inStartOrder: boolean;
  /** The largest `end` among mentions[0..i]: never decreasing, so it may be searched. */
  furthestEnd: number[];
  /** Mention indexes, in array order, by the stem of the lower-case word right before the mention, in `text`. */
  byStemBefore: { text: string; byStem: Map<string, number[]> } | undefined;
}

/** The lower-case word that ends right before a mention (then spaces). */
const WORD_JUST_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+)\s+$/u;

const indexes = new WeakMap<Mention[], MentionIndex>();

function indexOf(mentions: Mention[]): MentionIndex {
  const known = indexes.get(mentions);
  if (known && known.count === mentions.length) return known;
  const furthestEnd: number[] = [];
  let furthest = Number.NEGATIVE_INFINITY;
  let inStartOrder = true;
  for (const [i, m] of mentions.entries()) {
    furthest = Math.max(furthest, m.end);
    furthestEnd.push(furthest);
    // (And no span ends before it starts: callers bound a mention's start by a bound on its end.)
    if (m.end < m.start || (i > 0 && m.start < (mentions[i - 1] as Mention).start)) inStartOrder = false;
  }
  const index: MentionIndex = { count: mentions.length, inStartOrder, furthestEnd, byStemBefore: undefined };
  indexes.set(mentions, index);
  return index;
}

/** The first index i with `below(i)` false, for a predicate true up to some index and false after. */
function firstNot(length: number, below: (i: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (below(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The index of the first mention that ends after `offset` (the length if none): where a scan of
 * the mentions in array order that stops at such a mention stops.
 */
export function firstEndingAfter(mentions: Mention[], offset: number): number {
  const { furthestEnd } = indexOf(mentions);
  return firstNot(furthestEnd.length, (i) => (furthestEnd[i] as number) <= offset);
}

/**
 * Index bounds [from, to) holding every mention whose start is in [start, end]: those exactly when
 * the mentions are in start order, all of them otherwise (callers test the starts themselves).
 */
export function startingBetween(mentions: Mention[], start: number, end: number): [number, number] {
  if (!indexOf(mentions).inStartOrder) return [0, mentions.length];
  const at = (i: number) => (mentions[i] as Mention).start;
  return [firstNot(mentions.length, (i) => at(i) < start), firstNot(mentions.length, (i) => at(i) <= end)];
}

/**
 * The indexes (in array order) of the mentions set right after a lower-case word whose stem is
 * `root` ("Czech brewer Hradek Pivovar": "brew"), the word read within the 30 characters before.
 * (`stem` is always references.ts's: the index is built with the first one given.)
 */
export function mentionsAfterStem(
  mentions: Mention[],
  text: string,
  root: string,
  stem: (word: string) => string,
): number[] {
  const index = indexOf(mentions);
  if (index.byStemBefore?.text !== text) {
    const byStem = new Map<string, number[]>();
    for (const [i, m] of mentions.entries()) {
      const word = WORD_JUST_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1];
      if (!word) continue;
      const list = byStem.get(stem(word));
      if (list) list.push(i);
      else byStem.set(stem(word), [i]);
    }
    index.byStemBefore = { text, byStem };
  }
  return index.byStemBefore.byStem.get(root) ?? [];
}
