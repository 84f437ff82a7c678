// What the words around a name say about whom a person speaks for: the title's parts ("Foreign
// Minister", "chief executive"), the institution or company a title names, and the short forms
// of company names (so "Green Valley said" is the company, not a person).
import type { ActorBook } from "./actors";
import { actors as gazetteer, institutionOf, titleInstitution } from "./gazetteer";
import { ORGANISATION_NOUNS, ORGANISATION_SUFFIXES, PERSON_TITLES, townOfficeInTwoLevels } from "./lexicon";
import { gazetteerAt } from "./lookup";
import { acronymOf, organisationKey } from "./names";
import { INSTITUTION_NOUNS } from "./references";
import { normsOf, spacedInName, type Token } from "./text";

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

/**
 * "Minister for Transport", "Minister of State for Petroleum Resources": the capitalised words after
 * a minister's "for" or "of" (token `at`) name a portfolio, part of the title, not a body of its own
 * (the minister is the story's state's, settled with the other ministers).
 */
export function portfolioOpens(tokens: Token[], at: number): boolean {
  if (!/^(?:for|of)$/.test(tokens[at]?.norm ?? "")) return false;
  const before = tokens[at - 1]?.norm;
  return (
    before === "minister" ||
    (before === "state" && tokens[at - 2]?.norm === "of" && tokens[at - 3]?.norm === "minister")
  );
}

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
    // "a cooperative of cocoa farmers in western Ivory Coast": a place only says where they are.
    if (entry.kind === "state" && locativeBefore(tokens, i, from)) continue;
    // "deputy at the Polish Teachers' Union": a country opening an organisation's name is part of it.
    if (entry.kind === "state" && opensName(tokens, i + found.length, to, text)) continue;
    // "the Federation of German Consumer Organisations": a country inside a body's name is part of it.
    const named = tokens[i - 2];
    if (
      entry.kind === "state" &&
      i - 2 >= from &&
      tokens[i - 1]?.norm === "of" &&
      named?.capital &&
      !TITLE_PARTS.has(named.norm) &&
      tokens[i + found.length]?.capital
    )
      continue;
    // "Quito's mayor" in a story of two levels of government: a town's office, whose holder the
    // capital's name only places; the town's government is not the national one it is set against.
    if (entry.kind === "state" && townOfficeInTwoLevels(words, text)) continue;
    if (entry.kind === "state") {
      const suffix = titleInstitution(words) ?? "government";
      const institution = institutionOf(entry.id, suffix) ?? institutionOf(entry.id, "government");
      if (institution) {
        book.fromGazetteer(institution.id);
        return institution.id;
      }
    }
    // "EU Competition Commissioner X", "the EU's trade commissioner": a commissioner of the EU sits
    // in its Commission, a side of its own.
    if (entry.id === "european-union" && /\bcommissioners?\b/.test(words)) {
      book.fromGazetteer("european-commission");
      return "european-commission";
    }
    book.fromGazetteer(entry.id);
    return entry.id;
  }
  // "chief executive of Acme Corp": an organisation the gazetteer does not know.
  for (let i = from; i + 1 < to; i++) {
    const from_ = tokens[i]?.norm === "from";
    if (!from_ && !/^(?:of|at|for)$/.test(tokens[i]?.norm ?? "")) continue;
    if (portfolioOpens(tokens, i)) continue;
    // "director of the campaign group Fair Bills": past a few lower-case words to the name.
    let skip = 0;
    while (skip < 4 && i + 1 + skip < to && !tokens[i + 1 + skip]?.capital) skip++;
    // ("general manager for distribution in the Free State": a place after "in" is where one works,
    // not for whom.)
    if (skip < 4 && tokens.slice(i + 1, i + 1 + skip).some((token) => LOCATIVES.test(token.norm))) continue;
    if (skip > 0 && skip < 4) i += skip;
    // ("chief executive of Surabaya-based installer PT Mentari Energi": a place that bases the body
    // only says where it is; the name is after the place's modifier and the body's noun.)
    if (tokens[i + 2]?.norm === "based" && text.slice(tokens[i + 1]?.end ?? 0, tokens[i + 2]?.start) === "-") {
      let named = i + 3;
      while (named < to && named < i + 5 && !tokens[named]?.capital) named++;
      if (named < to && tokens[named]?.capital) i = named - 1;
    }
    let last = i;
    // ("the leader of the National Unity Platform": a title's word inside the name is part of it,
    // but a name is not made of them alone: "Secretary of State".)
    // ("the Federation of German Consumer Organisations": an "of" between capitalised words goes on.)
    while (last + 1 < to) {
      const next = tokens[last + 1];
      const spaced = spacedInName(text, tokens[last], next);
      if (next?.norm === "of" && last > i && spaced && tokens[last + 2]?.capital && last + 2 < to) {
        last += 2;
        continue;
      }
      // ("the governor of Sistan and Baluchestan province": two names joined by "and" before a
      // province's noun are one province's.)
      if (next?.norm === "and" && last > i && spaced && tokens[last + 2]?.capital && last + 3 < to) {
        let end = last + 2;
        while (end + 1 < to && tokens[end + 1]?.capital && end < last + 4) end++;
        if (PROVINCE_NOUNS.test(tokens[end + 1]?.norm ?? "") && !tokens[end + 1]?.capital) {
          last = end;
          continue;
        }
      }
      if (!next?.capital || PERSON_TITLES.has(next.norm) || !spaced) break;
      last++;
    }
    while (last > i && TITLE_PARTS.has(tokens[last]?.norm ?? "")) last--;
    if (last === i) continue;
    // "a senator from the Civic Dawn party": after "from" only an organisation's name (a place is where one is from).
    const partyNoun = tokens[last + 1];
    const withNoun =
      !!partyNoun && !partyNoun.capital && last + 1 < to && ORGANISATION_NOUNS.test(partyNoun.norm) && from_;
    if (from_ && !withNoun && !ORGANISATION_SUFFIXES.test(tokens[last]?.norm ?? "")) continue;
    if (withNoun) last++;
    // ("president of the San Miguel neighbourhood committee": a body's lower-case noun after the
    // capitals, with a word before it or none, ends the body's name; the capitals alone are a place.)
    const runOn =
      from_ || ORGANISATION_SUFFIXES.test(tokens[last]?.norm ?? "")
        ? undefined
        : ([1, 2].find(
            (k) =>
              last + k < to &&
              tokens.slice(last + 1, last + k + 1).every((token) => /^\p{Ll}+$/u.test(token.text)) &&
              RUN_ON_BODIES.test(tokens[last + k]?.norm ?? ""),
          ) ??
          // ("the governor of Gaza province": a province's lower-case noun right after the capitals
          // is the name's; its government is the province named so.)
          (last + 1 < to &&
          /^\p{Ll}+$/u.test(tokens[last + 1]?.text ?? "") &&
          PROVINCE_NOUNS.test(tokens[last + 1]?.norm ?? "")
            ? 1
            : undefined));
    if (runOn) last += runOn;
    const name = text.slice(tokens[i + 1]?.start ?? 0, tokens[last]?.end ?? 0).replace(/['’]s$/, "");
    const key = organisationKey(name);
    book.add(key, name, "organisation");
    return key;
  }
  // "Harbor Telecom chief executive": capitalised words before the title name the employer ("A" is no name).
  // ("Its spokesman", "Their lawyer": a possessive is no name either.)
  while (from < to && /^(?:a|an|the|its|his|her|their|our)$/.test(tokens[from]?.norm ?? "")) from++;
  let last = from - 1;
  // ("Punjab’s Agriculture Minister": a possessive ends the name; the capitalised words after it are a portfolio.)
  while (
    last + 1 < to &&
    tokens[last + 1]?.capital &&
    !TITLE_PARTS.has(tokens[last + 1]?.norm ?? "") &&
    !(last >= from && tokens[last]?.possessive)
  )
    last++;
  // "Pasok party spokesman": the institution's noun after the name is part of it.
  const noun = tokens[last + 1];
  if (
    last >= from &&
    noun &&
    !noun.capital &&
    INSTITUTION_NOUNS.test(noun.norm) &&
    last + 2 < to &&
    TITLE_PARTS.has(tokens[last + 2]?.norm ?? "")
  ) {
    const name = text.slice(tokens[from]?.start ?? 0, noun.end);
    const key = organisationKey(name);
    book.add(key, name, "organisation");
    return key;
  }
  // "Mombasa County's public works officer": a possessive name, a few common words and a title
  // name the employer.
  if (last > from && tokens[last]?.possessive) {
    let j = last + 1;
    while (j < to && j <= last + 3 && !tokens[j]?.capital && !PERSON_TITLES.has(tokens[j]?.norm ?? "")) j++;
    if (j > last + 1 && j < to && PERSON_TITLES.has(tokens[j]?.norm ?? "")) {
      const name = text.slice(tokens[from]?.start ?? 0, tokens[last]?.end ?? 0).replace(/['’]s$/, "");
      const key = organisationKey(name);
      return (book.get(key) ?? book.add(key, name, "organisation")).key;
    }
  }
  if (last >= from && last + 1 < to && TITLE_PARTS.has(tokens[last + 1]?.norm ?? "")) {
    // One word before a minister is a portfolio ("Electricity Minister"): a government's, settled later.
    // One common noun before a title is a reference ("Party spokesman": the party's), settled later too.
    const single = last === from;
    if (single && /^(?:minister|secretary|commissioner)$/.test(tokens[last + 1]?.norm ?? "")) return undefined;
    // ("Rural Affairs Minister", "Home Affairs Secretary": a portfolio's affairs, a government's too.)
    if (single && tokens[last + 1]?.norm === "affairs" && /^(?:minister|secretary)$/.test(tokens[last + 2]?.norm ?? ""))
      return undefined;
    // Two such words are a portfolio too ("Public Works Secretary"), unless the second is a body's head.
    if (portfolioAt(tokens, from, last)) return undefined;
    if (single && INSTITUTION_NOUNS.test(tokens[from]?.norm ?? "")) return undefined;
    // "Brunner & Keller's head of sourcing": the employer is named without the possessive.
    const name = text.slice(tokens[from]?.start ?? 0, tokens[last]?.end ?? 0).replace(/['’]s$/, "");
    // "Nordmark's chief executive" after "Nordmark Bank": a shorter form of a name met is that one.
    for (const actor of book.entries.values())
      if (actor.kind === "organisation" && actor.name.startsWith(`${name} `)) return actor.key;
    // "GFP chairman" after "Green Farmers Party": an acronym of a name met is that one.
    const acronym = single ? acronymOf(book, name) : undefined;
    if (acronym) return acronym;
    const key = organisationKey(name);
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
      for (let cut = i + 1; cut < end; cut++) prefixes.add(normsOf(tokens, i, cut));
    }
    i = end - 1;
  }
  return prefixes;
}

const LOCATIVES = /^(?:in|near|across|outside|inside|around|throughout)$/;
/** A province's, a region's or a district's lower-case noun ("Gaza province", "Jhang district"). */
const PROVINCE_NOUNS = /^(?:province|region|district|county|prefecture|governorate|oblast|department)$/;
/** A civil body's nouns that may end its name in lower case ("the San Miguel neighbourhood committee"). */
const RUN_ON_BODIES = /^(?:committee|association|cooperative|council|federation|union|club|society|collective|forum)$/;
const COMPASS =
  /^(?:north|south|east|west|northern|southern|eastern|western|central|rural|coastal|northeastern|northwestern|southeastern|southwestern)$/;

/** A preposition of place before token `at`, past a compass word ("in western Ivory Coast"). */
function locativeBefore(tokens: Token[], at: number, from: number): boolean {
  let back = at - 1;
  if (back >= from && COMPASS.test(tokens[back]?.norm ?? "")) back--;
  return back >= from && LOCATIVES.test(tokens[back]?.norm ?? "");
}

/** Capitalised words from `at` that end a name in an organisation's word ("Teachers' Union"), not a title's. */
function opensName(tokens: Token[], at: number, to: number, text: string): boolean {
  let last = at - 1;
  let own = false;
  while (last + 1 < to && tokens[last + 1]?.capital && spacedInName(text, tokens[last], tokens[last + 1])) {
    last++;
    if (!TITLE_PARTS.has(tokens[last]?.norm ?? "")) own = true;
  }
  return last >= at && own && ORGANISATION_SUFFIXES.test(tokens[last]?.norm ?? "");
}

/** Heads that make the words before a secretary or minister a body ("Dockers Union Secretary"), not a portfolio. */
const BODY_HEADS =
  /^(?:union|unions|association|party|group|company|council|federation|league|club|front|movement|committee|corp|corporation|inc|ltd|plc|bank|trust|cooperative|alliance|coalition|society|institute|foundation)$/;

/**
 * "Public Works Secretary", "Home Affairs Minister": two capitalised words before a government's
 * title, neither a name the gazetteer knows nor ending as a body's name, are a portfolio of the
 * story's state (settled with the other ministers), not an organisation of their own.
 */
export function portfolioAt(tokens: Token[], from: number, last: number): boolean {
  if (last !== from + 1) return false;
  const title = tokens[last + 1];
  if (!title || !/^(?:minister|secretary)$/.test(title.norm)) return false;
  const words = tokens.slice(from, last + 1);
  return (
    words.every((t) => t.capital && !t.possessive && /^\p{Lu}\p{Ll}+$/u.test(t.text)) &&
    !BODY_HEADS.test(tokens[last]?.norm ?? "")
  );
}
