// References the gazetteer cannot settle alone: "the government" or "the army" of a story about one
// country, "the company" or "the regulator" named earlier, a spokeswoman whose employer the
// previous sentence named, a minister whose country is the story's.
import type { ActorBook, BookActor } from "./actors";
import { actors as gazetteer, institutionOf, lookupPhrase, titleInstitution } from "./gazetteer";
import { ORGANISATION_SUFFIXES, PUBLIC_BODY_HEADS, townOfficeInTwoLevels } from "./lexicon";
import { firstEndingAfter, mentionsAfterStem, startingBetween } from "./mention-index";
import type { Mention } from "./mentions";
import type { People, Person } from "./people";
import { literal, tokenize } from "./text";

/** Nouns a definite description uses for an institution named before ("the ministry", "the company"). */
export const INSTITUTION_NOUNS =
  /^(?:hospital|school|university|club|federation|airport|mine|factory|refinery|smelter|league|team|ministry|department|directorate|government|regime|authorities|embassy|agency|military|army|company|firm|group|office|administration|organisation|organization|regulator|watchdog|council|court|bank|police|commission|authority|union|party|airline|operator|board|carrier|manufacturer|automaker|carmaker|insurer|lender|utility|miner|producer|grower|retailer|developer|contractor|builder|maker|owner|trust|association|confederation|collective|coalition|cooperative|alliance|committee|foundation|network|chain|platform|supplier|distributor|corporation|consortium|charity|chamber|institute|tribunal|congress|body|app)$/;

/** What the name of the institution a noun refers to looks like ("the regulator": an Authority, a Commission). */
const NAME_FITS: Record<string, RegExp> = {
  regulator: /\b(?:authority|commission|agency|board|office|regulator|administration|council)\b/i,
  watchdog: /\b(?:authority|commission|agency|board|office|regulator|watch)\b/i,
  union: /\b(?:union|workers|federation|confederation|guild)\b/i,
  ministry: /\bministry\b/i,
  department: /\bdepartment\b/i,
  // "the mine" is the mining company, not the mineworkers' union.
  mine: /\b(?:mine|mines|mining)\b/i,
};
const BUSINESS_NOUNS =
  /^(?:party|union|hospital|school|university|club|federation|airport|mine|factory|refinery|smelter|league|team|company|firm|group|airline|operator|carrier|manufacturer|automaker|carmaker|insurer|lender|utility|miner|producer|grower|retailer|developer|contractor|builder|maker|owner|bank|trust|cooperative|chain|platform|supplier|distributor|corporation|consortium|app)$/;

const STATE_NOUNS: Record<string, string> = {
  government: "government",
  regime: "government",
  authorities: "government",
  administration: "government",
  police: "government",
  // (Read only in an unnamed source's description, sources.ts: "a senior gendarmerie officer", "a federal official".)
  gendarmerie: "government",
  federal: "government",
  army: "military",
  military: "military",
};

const GOVERNMENT_TITLE =
  /\b(?:presidential|minister|president|prime minister|premier|chancellor|governor|ambassador|senator|mayor|king|emir|dictator|lawmaker|spokesman for the government|government spokes\w+)\b/i;
const PORTFOLIO_TITLE = /^(?:\p{Lu}\p{Ll}+ ){1,2}Secretary$/u;
const MILITARY_TITLE =
  /\b(?:(?<!(?:secretary|director|attorney|surgeon|auditor|inspector|solicitor|consul)[\s-])general(?![\s-](?:secretary|manager|counsel))|commander|colonel|admiral|army spokes\w+|military spokes\w+)\b/i;
const EMPLOYEE_TITLE =
  /\b(?:spokes\w+|chief|executive|director|chairman|chairwoman|chair|official|adviser|advisor|manager|head|president|founder|owner|lawyer|attorney)\b/i;

/** Bodies of a state: "the ministry" unnamed is the story's country's. */
/** Nouns of public bodies, which introduce only a public body's name. */
const PUBLIC_BODIES =
  /^(?:committee|commission|court|council|tribunal|board|agency|authority|ministry|department|office|government|administration|congress|body|institute|regulator|watchdog)$/;
const PUBLIC_BODY_WORDS =
  /\b(?:ministry|department|office|agency|authority|commission|committee|council|board|court|tribunal|inspectorate|directorate|administration|service|bureau|institute|government|assembly|parliament|senate|congress|municipality|regulator|police)\b/i;
const STATE_BODIES = /^(?:ministry|department|government|administration|presidency)$/;
/** Organisations that are never "the company" or "the firm". */
/** Nouns of BUSINESS_NOUNS that may name a union or a party as well as a business. */
const NOT_BUSINESS_NOUNS = /^(?:party|union|federation|league|trust|cooperative)$/;
const NOT_BUSINESS =
  /\b(?:union|party|association|federation|confederation|council|ministry|league|coalition|committee|movement|front|government|department|administration|assembly|parliament|senate|congress|court|tribunal|commission|authority|agency|inspectorate|forum|society|church|police|army|navy)\b/i;

/** A noun's stem, for a description in another form ("brewer" and "the brewery"). */
const stem = (noun: string) => noun.replace(/(?:ery|ers|er|ry|ies|y|s)$/, "");

/**
 * "Czech brewer Hradek Pivovar" ... "the brewery": a noun the text set right before a name (in
 * any of its forms) refers back to that name, the latest one, though no list knows the noun.
 */
export function describedBefore(
  noun: string,
  offset: number,
  mentions: Mention[],
  text: string,
  exclude: Set<string>,
  book: ActorBook,
): string | undefined {
  const root = stem(noun);
  if (root.length < 4) return undefined;
  // The latest mention ending by `offset` (before the first that ends after it, as the mentions
  // come in text order) set right after a word of the noun's stem, that is an organisation's.
  const reached = firstEndingAfter(mentions, offset);
  const candidates = mentionsAfterStem(mentions, text, root, stem);
  for (let c = candidates.length - 1; c >= 0; c--) {
    const at = candidates[c] as number;
    if (at >= reached) continue;
    const m = mentions[at] as Mention;
    if (m.role === "referent" && m.key.startsWith("org-") && !exclude.has(book.top(m.key))) return m.key;
  }
  return undefined;
}

/**
 * "The prefecture later acknowledged ..." after "The Argentine Naval Prefecture, the coastguard,
 * said ...", "The patients' forum said ..." after "The Pakistan Diabetes Patients' Forum ...", "The
 * collective said ..." after "Mamadou Gueye, who heads the Bargny fishermen's collective": news
 * writing shortens a body's name to its last noun (with any of its other words), whatever that noun
 * is, so no list of institution nouns holds every one. The body is the latest named before `offset`
 * (or known before it only as a person's body) whose name of two words or more ends in the noun
 * and holds the other words given.
 */
export function namedByHead(
  noun: string,
  words: string[],
  offset: number,
  mentions: Mention[],
  book: ActorBook,
  people: People,
): string | undefined {
  if (noun.length < 4 || !/^\p{Ll}+$/u.test(noun)) return undefined;
  const ends = new RegExp(`\\s${literal(noun)}$`, "i");
  const held = words.filter((word) => word.length >= 3).map((word) => new RegExp(`\\b${literal(word)}`, "i"));
  const fits = (key: string | undefined) => {
    const name = (key && book.get(key)?.name) || "";
    return ends.test(name) && held.every((word) => word.test(name));
  };
  // (The same few bodies are mentioned again and again: each key's name is tested once.)
  const fitting = new Map<string, boolean>();
  const keyFits = (key: string) => {
    const known = fitting.get(key);
    if (known !== undefined) return known;
    const fitsNow = fits(key);
    fitting.set(key, fitsNow);
    return fitsNow;
  };
  // The latest body mentioned by `offset`: the first that fits, going back from where a scan in
  // text order would stop (the first mention ending after `offset`).
  let found: { key: string; at: number } | undefined;
  for (let i = firstEndingAfter(mentions, offset) - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.role !== "referent" || !m.key.startsWith("org-") || m.kind === "media") continue;
    if (keyFits(m.key)) {
      found = { key: m.key, at: m.start };
      break;
    }
  }
  for (const person of people.byKey.values()) {
    if (person.at >= offset || !fits(person.affiliation)) continue;
    if (!found || person.at > found.at) found = { key: person.affiliation as string, at: person.at };
  }
  return found?.key ?? (SUB_NATIONAL_UNIT.test(noun) ? regionOfOfficeHolders(book, people) : undefined);
}

/** A sub-national unit's noun, which a report uses for its government: "suing the province", "the region blames the ministry". */
const SUB_NATIONAL_UNIT = /^(?:province|region|canton|governorate)$/;
/** A sub-national government's office, whose holder speaks for the unit ("Premier", "Murcia's regional president"); not a town's. */
const UNIT_OFFICE = /\b(?:premier|governor|minister|(?:regional|provincial|state|cantonal) president)\b/i;
const TOWN_OFFICE = /\b(?:mayor|councillor|councilor|alderman|warden)\b/i;

/**
 * "the province" (no body named "... Province" before): the one body, no state's institution, that
 * the text's sub-national office-holders speak for ("Premier Dana Kowalchuk" of Alberta, "Nova
 * Scotia's minister of fisheries", "Murcia's regional president"), as a reader takes it: a state's
 * own government is its ministers', a party is no office's.
 */
function regionOfOfficeHolders(book: ActorBook, people: People): string | undefined {
  const units = new Set<string>();
  for (const person of people.byKey.values()) {
    const title = person.title ?? "";
    if (!person.affiliation || !UNIT_OFFICE.test(title) || TOWN_OFFICE.test(title)) continue;
    const actor = book.get(person.affiliation);
    if (!actor || actor.kind === "person" || actor.kind === "state" || !actor.key.startsWith("org-")) continue;
    if (book.topIsState(actor.key) || NOT_BUSINESS_NOUNS.test(actor.name.split(/\s+/).at(-1)?.toLowerCase() ?? ""))
      continue;
    units.add(book.resolve(actor.key));
  }
  return units.size === 1 ? [...units][0] : undefined;
}

/** The state the story is mostly about: the one named most often (by name, capital, demonym or institution). */
export function dominantState(mentions: Mention[], book: ActorBook): string | undefined {
  const counts = new Map<string, number>();
  for (const mention of mentions) {
    if (mention.kind === "person" || mention.role === "backer") continue;
    const top = book.top(mention.key);
    if (book.get(top)?.kind !== "state") continue;
    // The dateline's city says where the story is filed: it counts twice (and wins a tie, being first).
    const dateline = mention.role === "place" && mention.start < 120 && mention === mentions[0];
    counts.set(top, (counts.get(top) ?? 0) + (dateline ? 2 : 1));
  }
  let best: string | undefined;
  let most = 0;
  for (const [state, count] of counts) {
    if (count > most) {
      best = state;
      most = count;
    }
  }
  return best;
}

/** How far ahead (characters) a definite description may find the name it stands for. */
const LOOKAHEAD = 400;

/** A state body's nouns that a place may set in a state ("In Hanoi, the foreign ministry", "the ministry in Dakar"). */
const PLACED_NOUNS = /^(?:ministry|department|government|administration|presidency|authorities|embassy)$/;

/**
 * The state a place names for a state body's noun at `offset`: "In Hanoi, the foreign ministry
 * said", "The ministry in Dakar said" (a state's name or its capital's, the gazetteer's). A report
 * of two states often moves to the other capital so, and the body is that state's, not the
 * story's.
 */
function placedState(
  noun: string,
  offset: number,
  mentions: Mention[],
  book: ActorBook,
  text: string,
): string | undefined {
  if (!PLACED_NOUNS.test(noun)) return undefined;
  const stateAt = (at: number) => {
    const m = mentions.find((x) => x.start === at);
    return m && book.topIsState(m.key) ? book.top(m.key) : undefined;
  };
  const before = PLACED_BEFORE.exec(text.slice(Math.max(0, offset - 60), offset));
  if (before?.[1]) {
    const at = offset - before[0].length + before[0].indexOf(before[1], before[0].indexOf("In") + 2);
    const state = stateAt(at);
    if (state) return state;
  }
  const after = placedAfter(noun).exec(text.slice(offset, offset + 60));
  return after ? stateAt(offset + after[0].length) : undefined;
}

/** "In Hanoi, the foreign ministry": placedState's regex for the words before the noun. */
const PLACED_BEFORE =
  /(?:^|\n|[.!?]["”’]?\s+)In\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?),\s+(?:[Tt]he\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/** "The ministry in Dakar": placedState's regex for each of PLACED_NOUNS, built once (a few nouns). */
const PLACED_AFTER = new Map<string, RegExp>();
function placedAfter(noun: string): RegExp {
  let found = PLACED_AFTER.get(noun);
  if (!found) {
    found = new RegExp(`^(?:[Tt]he\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?${noun}\\s+in\\s+(?=\\p{Lu})`, "u");
    PLACED_AFTER.set(noun, found);
  }
  return found;
}

/** What reading "the <noun>" needs besides the noun and where it stands. */
export interface DefiniteContext {
  mentions: Mention[];
  book: ActorBook;
  /** The sides the noun may not resolve to (the speaker's own, for a target). */
  exclude: Set<string>;
  /** The state the story is about, if one. */
  dominant: string | undefined;
  text: string;
  /** A description that introduces its actor, named after it ("the operator of the port of Durres"). */
  introduced?: boolean;
  /** The description's other words ("state", "oil" in "the state oil company"). */
  modifiers?: string[];
  /** Inside a speaker's own quoted words. */
  quoted?: boolean;
}

/** Unions of states, never "the union" of a story's workers. */
const STATES_UNION = /^(?:European|African|Eurasian(?: Economic)?) Union$/;

/**
 * The latest body among `before` that the text set `noun` after as an apposition: "Kontra, the
 * union that represents ...", "the Rural Coordination of the South-West (CRSO), a union strong
 * among ..." (a few words of description before the noun, none of a phrase after it, and the noun
 * the head: "the basin authority, an agency of the ministry," or ", the ministry body that manages
 * the river," is no ministry).
 */
function appositionOf(noun: string, before: Mention[], text: string): Mention | undefined {
  if (!/^\p{Ll}+$/u.test(noun)) return undefined;
  const after = new RegExp(
    `^\\)?(?:\\s*\\([^()]{1,40}\\))?,\\s+(?:the|a|an)\\s+(?:(?!(?:of|for|at|in|to|by|with|from|that|which|who|and)\\s)[\\p{L}'’-]+\\s+){0,3}?${noun}\\b(?!['’]|[\\s-]+(?:body|unit|arm|subsidiary|division|branch|agency|office|wing|department|authority|company|group|regulator)\\b)`,
    "u",
  );
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i] as Mention;
    if (!m.key.startsWith("org-") || m.kind === "media") continue;
    if (after.test(text.slice(m.end, m.end + 80))) return m;
  }
  return undefined;
}

/** The actor "the <noun>" refers to at `offset`, not on the excluded sides. */
export function resolveDefinite(noun: string, offset: number, context: DefiniteContext): string | undefined {
  const { mentions, book, exclude, text } = context;
  // "In Hanoi, the foreign ministry said": that state's body, from its mentions only.
  const placed = text ? placedState(noun, offset, mentions, book, text) : undefined;
  if (placed && !exclude.has(placed)) {
    const own = mentions.filter((m) => book.top(m.key) === placed);
    return resolveDefiniteIn(noun, offset, { ...context, mentions: own, dominant: placed });
  }
  return resolveDefiniteIn(noun, offset, context);
}

/** The words that make "the <word> government" a region's, province's, federated state's, county's or town's. */
const LEVEL_WORDS = "regional|provincial|state|municipal|city|county|district|town|prefectural|cantonal";
const SUB_NATIONAL_LEVEL = new RegExp(`^(?:${LEVEL_WORDS})$`);
/** What the name of a government of each level holds ("the county government": "Mombasa County"). */
const LEVEL_NAMES: Record<string, RegExp> = {
  regional: /\bregion(?:al)?\b/i,
  provincial: /\bprovinc(?:e|ial)\b/i,
  state: /\bstate\b/i,
  municipal: /\b(?:municipal(?:ity)?|city|town)\b/i,
  city: /\b(?:municipal(?:ity)?|city)\b/i,
  town: /\b(?:municipal(?:ity)?|town)\b/i,
  county: /\bcounty\b/i,
  district: /\bdistrict\b/i,
  prefectural: /\bprefect(?:ure|ural)\b/i,
  cantonal: /\bcanton(?:al)?\b/i,
};
/** A name that is a level's word alone ("Regional", "the Provincial"): no place's. */
export const LEVEL_WORD_ONLY = new RegExp(`^(?:the\\s)?(${LEVEL_WORDS}|local)$`, "i");
/** A place's name as a text writes it: up to four capitalised words. */
export const PLACE_NAME = String.raw`(\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,3})`;

/**
 * "The regional government dismissed ...", "accused the provincial government of ...": the
 * government of a region, province, federated state, county or town that a noun with its level
 * names. The place the text named with the same words ("the regional government of Murcia",
 * "Murcia's regional government", "the Selangor state government") when it is no state's own
 * place; else the last body named before whose name says its level ("Mombasa County"); else a
 * government of its own by those words, with no parent: never the state's national government,
 * which a bare "the government" of a story about one country would be.
 */
function subNationalGovernment(
  level: string,
  offset: number,
  before: Mention[],
  book: ActorBook,
  text: string,
  exclude: Set<string>,
): string | undefined {
  // (Its words in either case, a place's name in capitals: "the Selangor state government".)
  const words = String.raw`[${level[0]}${level[0]?.toUpperCase()}]${level.slice(1)}\s+[Gg]overnment`;
  const phrase = new RegExp(
    String.raw`\b${words}\s+(?:of|in)\s+${PLACE_NAME}|\b${PLACE_NAME}(?:['’]s)?\s+${words}\b`,
    "gu",
  );
  for (const match of text.matchAll(phrase)) {
    const name = match[1] ?? match[2];
    if (!name || !/^\p{Lu}/u.test(name)) continue;
    const at = (match.index ?? 0) + match[0].indexOf(name);
    // (The place's own mention, else the body the text names by that name elsewhere: "the regional
    // government of Murcia", then "Murcia threatened ...".)
    const key =
      before.find((m) => m.start <= at && at < m.end)?.key ??
      [...book.entries.values()].find(
        (actor) => actor.name === name && actor.key.startsWith("org-") && actor.kind !== "person",
      )?.key;
    if (!key || book.topIsState(key) || exclude.has(book.top(key))) continue;
    return key;
  }
  // (A name that is the level's word alone, "Regional", names no place: no government's.)
  const levelName = LEVEL_NAMES[level];
  const fits = (actor: BookActor | undefined) =>
    actor !== undefined &&
    (actor.kind === "government" || actor.key.startsWith("org-")) &&
    actor.kind !== "person" &&
    (levelName?.test(actor.name) ?? false) &&
    !LEVEL_WORD_ONLY.test(actor.name) &&
    !exclude.has(book.top(actor.key));
  const named = before.filter((m) => fits(book.get(m.key))).at(-1);
  if (named) return named.key;
  // (A government an office's title named, "The governor of the South Moravian Region", which the
  // text never names again by itself.)
  const titled = [...book.entries.values()].filter(
    (actor) => fits(actor) && actor.kind === "government" && !actor.parentKey,
  );
  if (titled.length === 1 && titled[0]) return titled[0].key;
  const key = `org-${level}-government`;
  if (exclude.has(key)) return undefined;
  const actor = book.add(key, `${level[0]?.toUpperCase()}${level.slice(1)} government`, "government");
  book.addAlias(actor, `the ${level} government`);
  return actor.key;
}

/**
 * resolveDefinite's reading among `mentions` with `dominant` as the story's state: all the text's,
 * or only a placed state's (placedState) with that state as the dominant one.
 */
function resolveDefiniteIn(
  noun: string,
  offset: number,
  { mentions, book, exclude, dominant, text, introduced = false, modifiers = [], quoted = false }: DefiniteContext,
): string | undefined {
  // "the operator of the port of Durres", "the engine's maker", "a contract manufacturer": a
  // description that introduces its actor; the name comes after it ("Adriatic Terminals, ... said").
  if (introduced) {
    const seen = new Set(mentions.filter((m) => m.end <= offset).map((m) => m.key));
    // "A company that earns its profits from patients ...", "accused the company of “negligence”":
    // a business's noun never introduces a union, a forum, an agency or a ministry named next.
    const business = BUSINESS_NOUNS.test(noun) && !NOT_BUSINESS_NOUNS.test(noun);
    // (Built once, not for each mention, and only for a public body's noun, a plain word: what it
    // asks of the name it introduces.)
    const publicBody = PUBLIC_BODIES.test(noun);
    const nounJustBefore = publicBody ? new RegExp(`\\b${noun}\\b[^.;]{0,3}$`, "i") : undefined;
    const descriptionWords = publicBody
      ? [noun, ...modifiers].filter((word) => word.length >= 3).map((word) => new RegExp(`\\b${word}`, "i"))
      : [];
    // (Only the mentions starting in the window may be candidates: those are searched, in text order.)
    const [windowFrom, windowTo] = startingBetween(mentions, offset, offset + 2 * LOOKAHEAD);
    const candidates = mentions.slice(windowFrom, windowTo).filter(
      (m) =>
        m.start > offset &&
        m.start - offset < 2 * LOOKAHEAD &&
        m.role === "referent" &&
        m.key.startsWith("org-") &&
        m.kind !== "media" &&
        !seen.has(m.key) &&
        !exclude.has(book.top(m.key)) &&
        // "the education ministry" introduces a ministry, never a parents' association named next.
        (NAME_FITS[noun]?.test(book.get(m.key)?.name ?? "") ?? true) &&
        // ("the marine authority", "the regional transport authority": a public body's noun
        // introduces a body's name, "the weather office" a Department of Meteorology, never a
        // ship's or a party's name that happens to come next.)
        (!publicBody ||
          PUBLIC_BODY_WORDS.test(book.get(m.key)?.name ?? "") ||
          // ("a labour agency" ... "The labour agency, Balkan Staffing,": the noun set right before it.)
          nounJustBefore?.test(text.slice(Math.max(0, m.start - 30), m.start)) ||
          descriptionWords.some((word) => word.test(book.get(m.key)?.name ?? ""))) &&
        !(business && NOT_BUSINESS.test(book.get(m.key)?.name ?? "")),
    );
    // "the county government" ... "Mombasa County's": a later name sharing the description's
    // words before its noun is the one it introduces, ahead of an earlier name that shares none
    // (and a little further on: sharing words is the stronger sign).
    const words = modifiers.filter((word) => word.length >= 3).map((word) => new RegExp(`\\b${word}\\b`, "i"));
    const named =
      candidates.find((m) => words.some((word) => word.test(book.get(m.key)?.name ?? ""))) ??
      candidates.find((m) => m.start - offset < LOOKAHEAD);
    if (named) return named.key;
  }
  const before = mentions.filter(
    (m) =>
      m.end <= offset &&
      m.role === "referent" &&
      m.kind !== "person" &&
      m.kind !== "media" &&
      m.kind !== "state" &&
      !exclude.has(book.top(m.key)),
  );
  const suffix = STATE_NOUNS[noun];
  // "The regional government dismissed ...", "accused the provincial government of ...": a
  // sub-national government's noun is never the state's national government.
  const level = noun === "government" ? modifiers.find((word) => SUB_NATIONAL_LEVEL.test(word)) : undefined;
  if (level) return subNationalGovernment(level, offset, before, book, text, exclude);
  if (suffix) {
    const own = before
      .filter(
        (m) => m.key.endsWith(`-${suffix}`) || (suffix === "government" && book.get(m.key)?.kind === "government"),
      )
      .at(-1);
    if (own) return own.key;
    if (dominant && !exclude.has(dominant)) return institutionOf(dominant, suffix)?.id;
    return undefined;
  }
  const fits = NAME_FITS[noun] ?? new RegExp(`\\b${noun}`, "i");
  // "Kontra, the union that represents most of the miners,", "the Rural Coordination of the
  // South-West (CRSO), a union strong among ...": a name the text set the noun after, as an
  // apposition, is what "the union" stands for, unless a body named since fits the noun better.
  const apposed = appositionOf(noun, before, text);
  // "the players' union" is a Union the text names, before or after, ahead of a federation named before.
  if (noun === "union") {
    const union = (m: Mention) =>
      m.role === "referent" &&
      m.key.startsWith("org-") &&
      !exclude.has(book.top(m.key)) &&
      /\bunion\b/i.test(book.get(m.key)?.name ?? "") &&
      // (A union of states, "the European Union", is "the bloc", never "the union" of a story's workers.)
      !STATES_UNION.test(book.get(m.key)?.name ?? "");
    const own = before.filter(union).at(-1);
    if (apposed && (!own || own.start < apposed.start)) return apposed.key;
    const found = own ?? mentions.find((m) => m.start > offset && union(m));
    if (found) return found.key;
  }
  // ("the water ministry" after "Turkey's foreign ministry": a portfolio's word the name lacks is
  // another ministry, the story's own state's, not the one named before.)
  const portfolio = /^(?:ministry|department)$/.test(noun)
    ? modifiers.filter((word) => word.length >= 3).map((word) => new RegExp(`\\b${word}`, "i"))
    : [];
  const named = before
    .filter((m) => fits.test(book.get(m.key)?.name ?? ""))
    .filter((m) => portfolio.length === 0 || portfolio.some((word) => word.test(book.get(m.key)?.name ?? "")))
    .at(-1);
  if (apposed && (!named || named.start < apposed.start)) return apposed.key;
  if (named) return named.key;
  // "consumer group Codacons", "carrier SkyBridge": a name the text gave that noun before is the one.
  const noun_ = new RegExp(`\\b${noun}s?['’]?\\s+$`, "i");
  // ("Brazilian airline Voa Brasil", "the company, Vestfjord Sjømat AS,": a name set right after the
  // noun is the body it names, even one read as a person's; not "a spokesman for the company, X,".)
  const setAfter = new RegExp(`(?<!\\b(?:for|of|at|from|with|by)\\s+(?:the|a|an)\\s+)\\b${noun}(?:,\\s+|\\s+)$`, "i");
  // (Not in the words of a person left speaking for no body: a name read as a person's has often cost
  // its own staff their body too, "Vestfjord Sjømat rejected the findings. Its chief executive, ...".
  // Nor in a speaker's own words: the writer's apposition ties the writer's noun to the name, not a
  // speaker's "The mayor says he warned the contractor".)
  const selfSided = exclude.size > 0 && [...exclude].every((key) => book.get(key)?.kind === "person");
  const namedAfter = (m: Mention) =>
    !selfSided &&
    !quoted &&
    m.kind === "person" &&
    m.end <= offset &&
    m.role === "referent" &&
    !exclude.has(book.top(m.key)) &&
    setAfter.test(text.slice(Math.max(0, m.start - 40), m.start));
  const earlier = new Set(before);
  const described = mentions
    .filter((m) => (earlier.has(m) ? noun_.test(text.slice(Math.max(0, m.start - 30), m.start)) : namedAfter(m)))
    .at(-1);
  // (The body's own entry when the text also has one by that name: "Voa Brasil chief executive ...".)
  const personName = described?.kind === "person" ? book.get(described.key)?.name : undefined;
  const body = personName
    ? [...book.entries.values()].find((actor) => actor.kind !== "person" && actor.name === personName)?.key
    : undefined;
  if (body && exclude.has(book.top(body))) return undefined;
  if (described) return body ?? described.key;
  // A lead often says "the hospital" and names it in the next sentence: the first name that fits soon after.
  const [laterFrom, laterTo] = startingBetween(mentions, offset, offset + LOOKAHEAD);
  const later = mentions
    .slice(laterFrom, laterTo)
    .find(
      (m) =>
        m.start > offset &&
        m.start - offset < LOOKAHEAD &&
        m.role === "referent" &&
        m.kind !== "person" &&
        m.kind !== "media" &&
        m.kind !== "state" &&
        !exclude.has(book.top(m.key)) &&
        fits.test(book.get(m.key)?.name ?? ""),
    );
  if (later) return later.key;
  // "the justice ministry" of a story about one country, named nowhere: that country's government.
  if (STATE_BODIES.test(noun)) {
    if (dominant && !exclude.has(dominant)) return institutionOf(dominant, "government")?.id;
    return undefined;
  }
  if (!BUSINESS_NOUNS.test(noun)) return undefined;
  // "the company": the business the story has named most (a name the gazetteer lacks), the latest on a tie.
  const counts = new Map<string, number>();
  // "the company" is no union nor party; "the union" or "the party" may be either.
  const business = !NOT_BUSINESS_NOUNS.test(noun);
  for (const m of before)
    if (m.key.startsWith("org-") && !(business && NOT_BUSINESS.test(book.get(m.key)?.name ?? "")))
      counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  let best: string | undefined;
  let most = 0;
  for (const [key, count] of counts) {
    if (count >= most) {
      best = key;
      most = count;
    }
  }
  return best;
}

/**
 * "Adriatic Terminals, a Dutch-Albanian joint venture that runs the port", "Aridos del Pichincha,
 * the company that runs the quarry": a place of work the text said a body runs, which "the port" or
 * "the quarry's licence" later stands for: the body named right before such a clause (set off by a
 * comma, with or without a description) before `offset`, the latest, not on the excluded sides.
 */
export function runnerOf(
  noun: string,
  offset: number,
  mentions: Mention[],
  book: ActorBook,
  exclude: Set<string>,
  text: string,
): string | undefined {
  if (noun.length < 3 || !/^\p{Ll}+$/u.test(noun)) return undefined;
  // Most texts have no "that runs the", and few such clauses name the noun: the text before
  // `offset` is not scanned again for each "the <noun>", nor a regex built for every noun.
  const clauses = runClausesOf(text);
  let runs: RegExp | undefined;
  const before = text.slice(0, offset);
  let found: string | undefined;
  // The matches a global scan of `before` would find, in order and not overlapping: each match
  // opens with RUN_CLAUSE, so it can only start where RUN_CLAUSE does, and only one whose noun
  // stands where one of the clause's first words would may match.
  let scanned = 0;
  for (const { at, nounMayStart } of clauses) {
    if (at >= offset) break;
    if (at < scanned || !nounMayStart.some((start) => text.startsWith(noun, start))) continue;
    runs ??= new RegExp(
      `${RUN_CLAUSE.source}(?:[\\p{L}-]+\\s+){0,3}?${literal(noun)}\\b(?!['’]|\\s+(?!(?:under|in|at|on|near|for|since|from|with|and|until)\\b)\\p{Ll})`,
      "uy",
    );
    runs.lastIndex = at;
    const match = runs.exec(before);
    if (!match) continue;
    scanned = at + match[0].length;
    const sentenceStart = Math.max(text.lastIndexOf("\n", at) + 1, text.lastIndexOf(". ", at) + 2);
    // The latest such mention in the sentence before the clause (only those starting in it may be).
    const [from, to] = startingBetween(mentions, sentenceStart, at);
    for (let i = to - 1; i >= from; i--) {
      const m = mentions[i] as Mention;
      if (
        m.start >= sentenceStart &&
        m.end <= at &&
        // (The name the clause is set after: "X, the company that runs", "X, which has run".)
        /^,\s+(?:(?:a|an|the)\s+[^,.;]{0,60})?$/.test(text.slice(m.end, at)) &&
        m.role === "referent" &&
        m.key.startsWith("org-") &&
        m.kind !== "media" &&
        !exclude.has(book.top(m.key))
      ) {
        found = m.key;
        break;
      }
    }
  }
  return found;
}

/** How runnerOf's clause opens: "that runs the", "which has operated the". */
const RUN_CLAUSE = /\b(?:that|which)\s+(?:has\s+|have\s+)?(?:runs|operates|run|operated)\s+the\s+/u;

/** One RUN_CLAUSE in a text: where it starts, and where runnerOf's noun may start after it. */
interface RunClause {
  at: number;
  /**
   * Right after the clause, or after one, two or three of the words that follow it (each a run
   * of letters and hyphens, then spaces): runnerOf's regex lets no more words come before the noun.
   */
  nounMayStart: number[];
}
const WORD_THEN_SPACE = /[\p{L}-]+\s+/uy;

/** The RUN_CLAUSEs of a text (such clauses never overlap), for the last text asked about. */
let runClauses: { text: string; clauses: RunClause[] } | undefined;
function runClausesOf(text: string): RunClause[] {
  if (runClauses?.text !== text) {
    const clauses: RunClause[] = [];
    for (const match of text.matchAll(new RegExp(RUN_CLAUSE.source, "gu"))) {
      const at = match.index ?? 0;
      const nounMayStart = [at + match[0].length];
      for (let words = 0; words < 3; words++) {
        WORD_THEN_SPACE.lastIndex = nounMayStart.at(-1) as number;
        const word = WORD_THEN_SPACE.exec(text);
        if (!word) break;
        nounMayStart.push(WORD_THEN_SPACE.lastIndex);
      }
      clauses.push({ at, nounMayStart });
    }
    runClauses = { text, clauses };
  }
  return runClauses.clauses;
}

/** The bodies (no person, medium or state) named in the 250 characters before `at`, in text order. */
function bodiesBefore(mentions: Mention[], at: number): Mention[] {
  return mentions.filter(
    (m) =>
      m.end <= at &&
      at - m.end < 250 &&
      m.role === "referent" &&
      m.kind !== "person" &&
      m.kind !== "media" &&
      m.kind !== "state",
  );
}

/** Words of a labour body's name. */
const LABOUR_BODY = /\b(?:union|federation|confederation|syndicate|guild|association|solidarity)\b/i;

/** A name that is a company's or a public body's ("Lakeview Memorial Hospital", "... Investigation Board"), no union's. */
function notAUnion(name: string): boolean {
  if (LABOUR_BODY.test(name)) return false;
  return PUBLIC_BODY_WORDS.test(name) || ORGANISATION_SUFFIXES.test(name.split(/\s+/).at(-1) ?? "");
}

/** A common noun's possessive before a title's last words: "ambulance service's director of operations". */
const COMMON_OWNER = /(?:^|\b[Tt]he )(?:[a-z-]+ )?([a-z]+)'s (?:[a-z-]+ ){0,3}?[a-z-]+(?: of [a-z]+)?$/;

/**
 * The body a title's common-noun possessive points back to: the last one named before the person
 * whose name ends in that noun ("the ambulance service's director of operations" after "the Welsh
 * Ambulance Service"; "the suspension of the hospital's medical director, Dr X" after "Asante
 * Central Hospital"). It says whose the title is more surely than the last body named before, which
 * may be the one the official answers.
 */
function possessedBody(person: Person, mentions: Mention[], book: ActorBook): string | undefined {
  const owner = COMMON_OWNER.exec(person.title?.replace(/[’]/g, "'") ?? "")?.[1];
  if (!owner) return undefined;
  const ends = new RegExp(`\\b${owner}$`, "i");
  return mentions
    .filter((m) => m.end <= person.at && m.kind !== "person" && m.role === "referent")
    .filter((m) => ends.test(book.get(m.key)?.name ?? ""))
    .at(-1)?.key;
}

/**
 * Whether the person's own clause blames `state` ("Premier X accused Ottawa of ..."): the first body
 * named right after the blaming verb is the state's.
 */
function blamesOwnState(person: Person, state: string, mentions: Mention[], book: ActorBook, text: string): boolean {
  const from = person.at + person.name.length;
  const verb = /^[^.;:“”"]{0,40}?\b(?:accused|blamed|criticised|criticized|condemned)\s+/.exec(
    text.slice(from, from + 80),
  );
  if (!verb) return false;
  const at = from + verb[0].length;
  const next = mentions.find((m) => m.start >= at && m.kind !== "person");
  return next !== undefined && next.start === at && book.top(next.key) === state;
}

/**
 * "The opposition's spokesman X": the opposition is whose the title is, the body the text has called
 * the opposition before ("Fiji's main opposition party", "the opposition X Party"); else none the
 * text names (the opposition's own voice, set apart from the state it opposes), never the body named
 * last, often the one it blames.
 */
function oppositionNamed(mentions: Mention[], book: ActorBook, at: number, text: string): string | undefined {
  const called = mentions.filter((m) => {
    if (m.end > at || m.role !== "referent" || m.kind === "person" || m.kind === "state" || m.kind === "media")
      return false;
    const before = text.slice(Math.max(0, m.start - 50), m.start);
    return (
      (/\bopposition\b/i.test(text.slice(m.start, m.end)) || /\bopposition\b[^.!?;]*$/i.test(before)) &&
      !/\bopposition to\b/i.test(before) &&
      !book.topIsState(m.key)
    );
  });
  return called.at(-1)?.key;
}

/** A role's description opening its sentence up to the name: "A company spokeswoman, ", "A spokesman for the company, ". */
const ROLE_OPENING = /^(?:An?|The)\s[^,.;:“”"]{0,60}\b(?:company|firm)\b[^,.;:“”"]{0,30},\s*$/;

/**
 * "Morava denied any link between the stoppages and the overtime talks. A company spokeswoman, Ana
 * Petrovic, said ...", "Telvane said it was “surprised” to be blamed. A spokesman for the company,
 * Mikko Lahtinen, told ...": news writing gives the company's answer, then its spokesman's words.
 * "The company" of a description opening the sentence right after one a business opens is that
 * business, even named by a short form, not the business the story has named most.
 */
function businessOpeningBefore(at: number, mentions: Mention[], book: ActorBook, text: string): string | undefined {
  const sentenceStart = sentenceStartBefore(text, at);
  if (sentenceStart === undefined || !ROLE_OPENING.test(text.slice(sentenceStart, at))) return undefined;
  const previousStart = sentenceStartBefore(text, sentenceStart);
  if (previousStart === undefined) return undefined;
  // (Past a dateline: "ZURICH, Sep 15 (Reuters) - Marenda said ...".)
  const dateline = /^\p{Lu}{2,}[^\n“”"]{0,50}?\s[-—–]\s+/u.exec(text.slice(previousStart, sentenceStart));
  const from = previousStart + (dateline?.[0].length ?? 0);
  const opening = mentions.find((m) => m.start >= from && m.start < sentenceStart && m.role === "referent");
  if (!opening || opening.start > from + 4 || !opening.key.startsWith("org-")) return undefined;
  const actor = book.get(opening.key);
  if (!actor || actor.kind !== "organisation" || NOT_BUSINESS.test(actor.name) || book.topIsState(actor.key))
    return undefined;
  return actor.key;
}

/** Where the sentence holding `at` starts: after the last end of a sentence before it (or a paragraph's start). */
function sentenceStartBefore(text: string, at: number): number | undefined {
  const from = Math.max(0, at - 600);
  const before = text.slice(from, at);
  const ends = [...before.matchAll(/(?:[.!?]["”’]?\s+|\n\s*)/g)].filter(
    (m) => (m.index ?? 0) + m[0].length < before.length,
  );
  const last = ends.at(-1);
  if (!last) return from === 0 ? 0 : undefined;
  return from + (last.index ?? 0) + last[0].length;
}

/** Gives people the text names without saying for whom they speak the employer or government the context implies. */
export function completeAffiliations(
  people: People,
  mentions: Mention[],
  book: ActorBook,
  dominant: string | undefined,
  text = "",
): void {
  for (const person of people.byKey.values()) {
    if (person.affiliation || !person.title) continue;
    let affiliation: string | undefined;
    // "the commission's chairman": the title names its institution; only that one will do.
    // "Party spokesman": a title opening with an institution's noun is that institution's too.
    const own =
      /\b(?:the )?(\w+)'s\b|\bof the (\w+)\b/i.exec(person.title.replace(/[’]/g, "'")) ??
      /^(\w+) (?=\w)/.exec(person.title);
    // "a spokesman for the finance ministry": the last word of the institution the title is of.
    const ofThe = /\b(?:for|of|at|from) the (?:[\w'’-]+ ){0,3}?(\w+)$/i.exec(person.title);
    const ownNoun = (ofThe?.[1] ?? own?.[1] ?? own?.[2])?.toLowerCase();
    const possessed = possessedBody(person, mentions, book);
    if (ownNoun && INSTITUTION_NOUNS.test(ownNoun)) {
      // "army spokesman X": the army of the state the story has been about so far, as for a minister.
      const so = STATE_NOUNS[ownNoun]
        ? dominantState(
            mentions.filter((m) => m.end <= person.at),
            book,
          )
        : undefined;
      affiliation =
        (/^(?:company|firm)$/.test(ownNoun) ? businessOpeningBefore(person.at, mentions, book, text) : undefined) ??
        resolveDefinite(ownNoun, person.at, {
          mentions,
          book,
          exclude: new Set(),
          dominant: so ?? dominant,
          text,
        });
      // "The union's president", "union president X" in a story that names no union by that word:
      // no side, not the company or the public body the story names most (nor, for a president,
      // the state's government). A union named otherwise ("Solidarity") is still one.
      if (ownNoun === "union" && affiliation && notAUnion(book.get(affiliation)?.name ?? "")) continue;
      // "army spokesman X" of a story about one state: its army, a gazetteer body the book may not hold yet.
      if (affiliation && !book.get(affiliation)) affiliation = book.fromGazetteer(affiliation)?.key;
      // "the finance ministry" of a story about one country, named nowhere else: that country's.
      if (!affiliation && dominant && STATE_BODIES.test(ownNoun)) {
        const institution =
          institutionOf(dominant, titleInstitution(person.title) ?? "government") ??
          institutionOf(dominant, "government");
        if (institution) affiliation = book.fromGazetteer(institution.id)?.key;
      }
    } else if (possessed) {
      affiliation = possessed;
    } else if (ownNoun === "opposition") {
      affiliation = oppositionNamed(mentions, book, person.at, text);
      if (!affiliation) continue;
    } else if (/^(?:its|their)\b/i.test(person.title)) {
      // "Its president, Wilson Cedeno": the body the sentence before was about (its subject, else the last named).
      const bodies = bodiesBefore(mentions, person.at);
      const opensSentence = (m: Mention) =>
        /(?:^|\n|[.!?]["”’]?\s+)(?:The\s+)?$/.test(text.slice(Math.max(0, m.start - 8), m.start));
      affiliation = (bodies.filter(opensSentence).at(-1) ?? bodies.at(-1))?.key;
    } else if (EMPLOYEE_TITLE.test(person.title) && !GOVERNMENT_TITLE.test(person.title)) {
      const employer = bodiesBefore(mentions, person.at).at(-1);
      affiliation = employer?.key;
      if (affiliation) person.guessed = "body";
    }
    // "Alberta’s forestry minister", "Punjab’s Agriculture Minister": a body the story has named
    // (no state: the gazetteer's places are read above), its name's possessive opening the title, is
    // whose the office is, ahead of the story's state's government.
    const region = /^(\p{Lu}[\p{L}-]+)['’]s\s/u.exec(person.title)?.[1];
    if (!affiliation && region) {
      const named = mentions.find(
        (m) =>
          m.end <= person.at &&
          m.role === "referent" &&
          m.key.startsWith("org-") &&
          !people.byKey.has(m.key) &&
          book.get(m.key)?.name === region,
      );
      if (named) affiliation = named.key;
    }
    // "Public Works Secretary", "Health Secretary": a portfolio's secretary is a government's, as a minister is.
    const portfolio = PORTFOLIO_TITLE.test(person.title) && !/^General\b/.test(person.title);
    if (
      !affiliation &&
      dominant &&
      (GOVERNMENT_TITLE.test(person.title) || MILITARY_TITLE.test(person.title) || portfolio)
    ) {
      const suffix = MILITARY_TITLE.test(person.title) ? "military" : (titleInstitution(person.title) ?? "government");
      // The state the story has been about so far, as a reader has it when the minister is named
      // ("DUSHANBE - Tajikistan accused ... Defence Minister X said Uzbek artillery ...": Tajik).
      const so = dominantState(
        mentions.filter((m) => m.end <= person.at),
        book,
      );
      // (A town's mayor or councillor is of the state the story takes place in, the first it names,
      // not of a neighbour the story has since named more: "The town's mayor, X," in a Lithuanian town.
      // Not lexicon.ts's LOCAL_OFFICE, which also holds "alderman".)
      const first = /\b(?:mayor|councillor|councilor)\b/i.test(person.title)
        ? mentions.find((m) => m.end <= person.at && m.kind !== "person" && book.topIsState(m.key))
        : undefined;
      const state = (first ? book.top(first.key) : undefined) ?? so ?? dominant;
      // "Premier X accused Ottawa of ...": an office-holder who blames the state's own government
      // is no voice of it (a province's, a town's, an opposition's); the name alone says no more.
      if (blamesOwnState(person, state, mentions, book, text)) continue;
      // ("Mayor X" in a story of two levels of government: the town's voice, set against the
      // national government, speaks for no side the text names rather than for that government.)
      if (townOfficeInTwoLevels(person.title, text)) continue;
      const institution = institutionOf(state, suffix) ?? institutionOf(state, "government");
      if (institution) affiliation = book.fromGazetteer(institution.id)?.key;
      // (A rank alone, "Colonel X": a state office's title, "Secretary", "Mayor", says the state surely.)
      if (affiliation && suffix === "military" && !GOVERNMENT_TITLE.test(person.title) && !portfolio)
        person.guessed = "rank";
    }
    if (!affiliation) continue;
    book.affiliate(person, affiliation);
  }
}

/** A public body's head and "of" before the name that closes it ("Authority of Pakistan"). */
const PUBLIC_BODY_OF =
  /\s(?:Authority|Commission|Council|Agency|Board|Inspectorate|Directorate|Bureau|Ministry|Department|Office|Tribunal|Regulator|Police|Service)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}\s.'’-]*)$/u;

/** The state whose name closes a public body's name ("... Authority of Pakistan"), if any. */
function stateClosing(name: string): string | undefined {
  const tail = PUBLIC_BODY_OF.exec(name)?.[1];
  if (!tail) return undefined;
  const tokens = tokenize(tail);
  const found = lookupPhrase(tokens, 0);
  if (!found || found.length !== tokens.length) return undefined;
  return found.hits.find((hit) => hit.form === "name" && gazetteer.get(hit.id)?.kind === "state")?.id;
}

/** A ministry's name as a text writes it: "Ministry of Mines and Mining Development", "the Defence Ministry". */
const MINISTRY_NAME = /^(?:Ministry\s+(?:of|for)\s+(?:the\s+)?\p{Lu}|(?:\p{Lu}[\p{L}-]*\s+){1,3}Ministry$)/u;

/**
 * "The Defence Ministry rejected the charge", "the Ministry of Mines and Mining Development said":
 * a ministry is always a state's, so one whose name says no state (none before it, none closing it)
 * belongs to the state the story is about. Without it the ministry is a top of its own, beside the
 * government it is part of. A state's other offices by name (STATE_OFFICE_NAME: "the Directorate of
 * Fisheries") go to the state their sentence names, else to the story's.
 */
export function storyStateMinistries(
  mentions: Mention[],
  book: ActorBook,
  dominant: string | undefined,
  text: string,
): void {
  const governmentOf = (state: string) => {
    const government = institutionOf(state, "government");
    return (government && book.fromGazetteer(government.id)?.key) ?? state;
  };
  const story = dominant && book.get(dominant)?.kind === "state" ? dominant : undefined;
  const seen = new Set<string>();
  for (const [index, mention] of mentions.entries()) {
    if (!mention.key.startsWith("org-") || mention.role !== "referent") continue;
    const body = book.get(mention.key);
    if (!body || body.parentKey || body.kind === "media" || seen.has(mention.key)) continue;
    seen.add(mention.key);
    if (story && MINISTRY_NAME.test(body.name)) {
      body.parentKey = governmentOf(story);
      continue;
    }
    // "The Directorate of Fisheries said ...", "The National Risk Management Secretariat said ...":
    // a state's office, department or agency whose name says no state is the state's the sentence
    // places it in ("In Manila, the Bureau of Plant Industry said"), else the story's state's.
    if (!STATE_OFFICE_NAME.test(body.name) || NOT_STATE_OFFICE.test(body.name)) continue;
    const opens = Math.max(text.lastIndexOf("\n", mention.start), sentenceStart(text, mention.start));
    const placed = mentions
      .slice(0, index)
      .filter((m) => m.start >= opens && book.topIsState(m.key))
      .at(-1);
    const state = placed ? book.top(placed.key) : story;
    if (state) body.parentKey = governmentOf(state);
  }
}

/** Where the sentence holding `at` opens. */
const sentenceStart = (text: string, at: number) => {
  let start = 0;
  for (const match of text.slice(0, at).matchAll(/[.!?]["”’]?\s+/g)) start = (match.index ?? 0) + match[0].length;
  return start;
};

/**
 * A state's office by its name: a department, directorate, secretariat, inspectorate, bureau,
 * agency, authority or commission ("Department of Meteorology", "Executive Agency for Variety
 * Testing", "Marine Environment Protection Authority").
 */
const STATE_OFFICE_NAME =
  /^(?:(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:Department|Directorate|Secretariat|Inspectorate|Bureau|Agency|Authority|Commission)|(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Department|Directorate|Secretariat|Inspectorate|Bureau|Agency|Authority|Commission)\s+(?:of|for|Against)\s+(?:the\s+)?\p{Lu}[\p{L}\s-]*)$/u;
/**
 * Names of bodies above or outside any one state, or of no state at all: among them a body two or
 * more states share ("Binational Autonomous Authority of Lake Titicaca", "Joint Border Commission").
 */
const NOT_STATE_OFFICE =
  /\b(?:Binational|Bi-national|Bilateral|Trilateral|Joint|Intergovernmental|Multinational|Transboundary|International|European|Eurasian|World|United|Nations|African|Asian|Arab|Nordic|Caribbean|Andean|Gulf|Latin|Commonwealth|Inter-American|Global|Union|Council|Press|News|Wire|Media|Sports?|Football|League|Club|Company|Association|Federation)\b/;

/** ", which runs", ", the company that operates": what a body set off after a name runs. */
const RUNS =
  /^,\s+(?:(?:which|that|who)|(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:company|firm|group|operator|owner)\s+(?:which|that))\s+(?:runs|operates|owns|controls)\s+(?:the\s+)?$/u;

/**
 * "Woowa Brothers, which runs Baemin, said ...": a body a named company runs, operates or owns
 * is its; charges against it are charges against the company, and the company's words are not
 * aimed at it.
 */
export function runBodies(mentions: Mention[], book: ActorBook, text: string): void {
  for (const [index, owner] of mentions.entries()) {
    if (!owner.key.startsWith("org-") || owner.role !== "referent") continue;
    const run = mentions[index + 1];
    if (!run?.key.startsWith("org-") || run.role !== "referent" || run.key === owner.key) continue;
    if (!RUNS.test(text.slice(owner.end, run.start))) continue;
    const body = book.get(run.key);
    if (body && !body.parentKey && book.top(owner.key) !== run.key) body.parentKey = owner.key;
  }
}

/** A town's own government after its possessive name ("Istanbul's municipality"). */
const LOCAL_GOVERNMENT =
  /^['’]s\s+(municipality|city\s+council|city\s+hall|municipal\s+government|county\s+government|town\s+council)\b/i;

/**
 * "Istanbul's municipality, run by the opposition, hit back": a town's name read as a body, whose
 * possessive the text gives its own government, is that government ("Istanbul municipality").
 */
function localGovernments(mentions: Mention[], book: ActorBook, text: string): void {
  for (const m of mentions) {
    if (!m.key.startsWith("org-") || m.role !== "referent") continue;
    const actor = book.get(m.key);
    const noun =
      LOCAL_GOVERNMENT.exec(text.slice(m.end - 2, m.end + 30))?.[1] ??
      LOCAL_GOVERNMENT.exec(text.slice(m.end, m.end + 30))?.[1];
    if (!actor || !noun || /\s/.test(actor.name)) continue;
    book.addAlias(actor, `${actor.name} ${noun.toLowerCase()}`);
    book.addAlias(actor, `${actor.name}'s ${noun.toLowerCase()}`);
  }
}

/** Nouns for a state's public body, as a lead describes one ("South Africa's health regulator"). */
const DESCRIBED_PUBLIC_BODY =
  /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}?(regulator|watchdog|agency|authority|commission|council|ministry|department|office|board|inspectorate|tribunal)\b/u;

/** "'s state gas company": a company a state owns, as a lead describes one. */
const STATE_COMPANY =
  /^\s+(?:main\s+|national\s+)?state(?:-owned|-run)?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(company|firm|utility|operator|distributor|airline|carrier|broadcaster|railway|railways)\b/u;

/** A public body's name: two words or more, the last a public body's head ("Naval Prefecture"). */
const isPublicBodyName = (name: string) => {
  const words = name.split(/\s+/);
  const last = words.at(-1) ?? "";
  return (
    words.length > 1 && /^\p{Lu}/u.test(last) && (PUBLIC_BODY_HEADS.test(last.toLowerCase()) || ARMED_FORCE.test(name))
  );
};

/** A state's armed force by its name, its state's name cut off before it ("Defence Force", "Armed Forces"). */
const ARMED_FORCE = /^(?:(?:National|Royal|People's|Peoples)\s+)?(?:Defen[cs]e|Armed|Security|Border)\s+Forces?$/u;

/**
 * "South Africa's health regulator warned ..." and then "The Health Professions Council said ...":
 * a state's public body the text describes before naming it is the first body named after the
 * description whose name fits the description's noun; that body is the state's, though its name
 * says no country.
 */
export function describedStateBodies(mentions: Mention[], book: ActorBook, text: string): void {
  localGovernments(mentions, book, text);
  const ofState = (body: BookActor | undefined, state: string) => {
    if (!body || body.parentKey) return;
    const government = institutionOf(state, "government");
    body.parentKey = (government && book.fromGazetteer(government.id)?.key) ?? state;
  };
  for (const [index, mention] of mentions.entries()) {
    // "the Drug Regulatory Authority of Pakistan", "the Electoral Commission of Ghana": a public
    // body's name that ends in a state's name is that state's.
    if (mention.key.startsWith("org-") && mention.role === "referent") {
      const body = book.get(mention.key);
      const state = body && !body.parentKey ? stateClosing(body.name) : undefined;
      if (state && book.fromGazetteer(state)) ofState(body, state);
    }
    if (mention.kind !== "state") continue;
    // "Singapore's Civil Aviation Authority", "the Czech Agriculture and Food Inspection Authority":
    // a public body's name right after a state's name or demonym is that state's.
    const next = mentions[index + 1];
    if (
      next?.key.startsWith("org-") &&
      next.role === "referent" &&
      /^\s+$/.test(text.slice(mention.end, next.start)) &&
      isPublicBodyName(book.get(next.key)?.name ?? "")
    )
      ofState(book.get(next.key), book.top(mention.key));
    if (mention.role !== "referent") continue;
    if (!/['’]s$/.test(text.slice(mention.start, mention.end))) continue;
    const after = text.slice(mention.end, mention.end + 60);
    // "Lithuania's state gas company", "Peru's state oil firm": a company the state owns, any business's name.
    const owned = STATE_COMPANY.exec(after)?.[1];
    const noun = owned ?? DESCRIBED_PUBLIC_BODY.exec(after)?.[1];
    if (!noun) continue;
    const fits = owned
      ? { test: (name: string) => !NOT_BUSINESS.test(name) }
      : (NAME_FITS[noun] ?? new RegExp(`\\b${noun}\\b`, "i"));
    const seen = new Set(mentions.slice(0, index).map((m) => m.key));
    const body = mentions.find(
      (m) =>
        m.start > mention.end &&
        m.start - mention.end < 2 * LOOKAHEAD &&
        m.role === "referent" &&
        m.key.startsWith("org-") &&
        m.kind !== "media" &&
        !seen.has(m.key) &&
        fits.test(book.get(m.key)?.name ?? "") &&
        // (The company a lead describes is named where a sentence opens on it, not in "the X LNG terminal".)
        (!owned || /(?:^|\n|[.!?]["”’]?\s+)$/.test(text.slice(Math.max(0, m.start - 3), m.start))),
    );
    ofState(book.get(body?.key), book.top(mention.key));
  }
}
