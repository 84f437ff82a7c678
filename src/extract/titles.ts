// What the words around a name say about whom a person speaks for: the title's parts ("Foreign
// Minister", "chief executive"), the institution or company a title names, and the short forms
// of company names (so "Green Valley said" is the company, not a person).
import type { ActorBook } from "./actors";
import { actors as gazetteer, institutionOf, titleInstitution } from "./gazetteer";
import { ORGANISATION_SUFFIXES, PERSON_TITLES } from "./lexicon";
import { gazetteerAt } from "./lookup";
import { INSTITUTION_NOUNS } from "./references";
import type { Token } from "./text";

export const TITLE_PARTS = new Set([
  ...PERSON_TITLES,
  "foreign",
  "defence",
  "defense",
  "state",
  "department",
  "ministry",
  "interior",
  "finance",
  "prime",
  "vice",
  "senior",
  "press",
  "white",
  "house",
  "affairs",
  "national",
  "security",
  "of",
  "the",
  "u.s.",
  "deputy",
  "assistant",
  "acting",
  "former",
  "top",
]);

/** The institution a title and the actors named in it speak for ("U.S. Secretary of State" → the State Department). */
export function affiliationOf(
  tokens: Token[],
  from: number,
  to: number,
  text: string,
  book: ActorBook,
): string | undefined {
  const words = tokens
    .slice(from, to)
    .map((token) => token.norm)
    .join(" ");
  for (let i = from; i < to; i++) {
    const found = gazetteerAt(tokens, i, text);
    if (!found) continue;
    const entry = gazetteer.get(found.key);
    if (!entry) continue;
    if (entry.kind === "state") {
      const suffix = titleInstitution(words) ?? "government";
      const institution = institutionOf(entry.id, suffix) ?? institutionOf(entry.id, "government");
      if (institution) {
        book.fromGazetteer(institution.id);
        return institution.id;
      }
    }
    book.fromGazetteer(entry.id);
    return entry.id;
  }
  // "chief executive of Acme Corp": an organisation the gazetteer does not know.
  for (let i = from; i + 1 < to; i++) {
    if (!/^(?:of|at|for)$/.test(tokens[i]?.norm ?? "")) continue;
    // "director of the campaign group Fair Bills": past a few lower-case words to the name.
    let skip = 0;
    while (skip < 4 && i + 1 + skip < to && !tokens[i + 1 + skip]?.capital) skip++;
    if (skip > 0 && skip < 4) i += skip;
    let last = i;
    while (
      last + 1 < to &&
      tokens[last + 1]?.capital &&
      !TITLE_PARTS.has(tokens[last + 1]?.norm ?? "") &&
      text.slice(tokens[last]?.end ?? 0, tokens[last + 1]?.start ?? 0) === " "
    )
      last++;
    if (last === i) continue;
    const name = text.slice(tokens[i + 1]?.start ?? 0, tokens[last]?.end ?? 0).replace(/['’]s$/, "");
    const key = `org-${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-")}`;
    book.add(key, name, "organisation");
    return key;
  }
  // "Harbor Telecom chief executive": capitalised words before the title name the employer ("A" is no name).
  // ("Its spokesman", "Their lawyer": a possessive is no name either.)
  while (from < to && /^(?:a|an|the|its|his|her|their|our)$/.test(tokens[from]?.norm ?? "")) from++;
  let last = from - 1;
  while (last + 1 < to && tokens[last + 1]?.capital && !TITLE_PARTS.has(tokens[last + 1]?.norm ?? "")) last++;
  if (last >= from && last + 1 < to && TITLE_PARTS.has(tokens[last + 1]?.norm ?? "")) {
    // One word before a minister is a portfolio ("Electricity Minister"): a government's, settled later.
    // One common noun before a title is a reference ("Party spokesman": the party's), settled later too.
    const single = last === from;
    if (single && /^(?:minister|secretary|commissioner)$/.test(tokens[last + 1]?.norm ?? "")) return undefined;
    if (single && INSTITUTION_NOUNS.test(tokens[from]?.norm ?? "")) return undefined;
    // "Brunner & Keller's head of sourcing": the employer is named without the possessive.
    const name = text.slice(tokens[from]?.start ?? 0, tokens[last]?.end ?? 0).replace(/['’]s$/, "");
    // "Nordmark's chief executive" after "Nordmark Bank": a shorter form of a name met is that one.
    for (const actor of book.entries.values())
      if (actor.kind === "organisation" && actor.name.startsWith(`${name} `)) return actor.key;
    const key = `org-${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-")}`;
    book.add(key, name, "organisation");
    return key;
  }
  return undefined;
}

/** "Green Valley" after "Green Valley Produce": the shorter forms of the company names the text gives. */
export function organisationPrefixes(text: string, tokens: Token[]): Set<string> {
  const prefixes = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]?.capital) continue;
    let end = i + 1;
    while (
      end < tokens.length &&
      tokens[end]?.capital &&
      text.slice(tokens[end - 1]?.end ?? 0, tokens[end]?.start) === " "
    )
      end++;
    if (end - i >= 2 && ORGANISATION_SUFFIXES.test(tokens[end - 1]?.norm ?? "")) {
      for (let cut = i + 1; cut < end; cut++)
        prefixes.add(
          tokens
            .slice(i, cut)
            .map((t) => t.norm)
            .join(" "),
        );
    }
    i = end - 1;
  }
  return prefixes;
}
