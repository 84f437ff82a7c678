// Whose a titled person is when the title names no employer of its own: "chief executive Robert
// Lane said" after "The trust denied ...", "its director, Raul Fuentes," after "Chile's customs
// service rejected ...", "the company's managing director" after "Halkidon Maritime said ...".
// News writing gives a body's words first and then its official's: the official speaks for the
// body the sentence before (or the same sentence, before the name) made its speaking subject.

import { slugify } from "./actors";
import type { Document } from "./document";
import { institutionOf, titleInstitution } from "./gazetteer";
import { ORGANISATION_SUFFIXES, PERSON_TITLES, REPORTING_FORMS, townOfficeInTwoLevels } from "./lexicon";
import type { Person } from "./people";
import { INSTITUTION_NOUNS, LEVEL_WORD_ONLY, PLACE_NAME } from "./references";
import type { Span } from "./text";

/** The nouns a business goes by in a title's possessive ("the company's managing director"). */
const BUSINESS_OWNER =
  /^(?:company|firm|group|carrier|airline|operator|maker|manufacturer|miner|developer|contractor|owner|supplier|lender|bank|insurer|retailer|chain|platform|producer|utility|corporation|brewer|builder)$/;
/** Bodies that are never "the company". */
const NOT_BUSINESS =
  /\b(?:union|party|association|federation|confederation|council|ministry|league|coalition|committee|movement|front|government|department|forum)\b/i;
/** Titles of a state's offices: their holders belong to the state, never to the body that spoke before. */
const STATE_OFFICE = /\b(?:prime minister|premier|chancellor|minister|secretary of state)\b/;
/** An opening phrase before a sentence's subject ("In a statement on Sunday, Acme said ..."). */
const OPENING =
  /^(?:In|On|At|After|Before|Earlier|Later|Meanwhile|However|But|And|Separately|Also|Late|Early)\b[^,“”"]{0,60},\s*/;

/** A dateline before a story's first sentence: "MANCHESTER, England (Reuters) - ", "LA PAZ, Bolivia (AP) — ". */
const DATELINE = /^\p{Lu}{2,}[^\n“”"]{0,50}?\s[-—–]\s+/u;

/** The sentences of each paragraph, split at ends of sentences outside quotation marks. */
function sentencesOf(doc: Document): Span[] {
  const { text } = doc;
  const quotes = doc.quoteRuns.map((run) => run.outer);
  const sentences: Span[] = [];
  let q = 0;
  for (const paragraph of doc.paragraphs) {
    let start = paragraph.start;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      while (q < quotes.length && (quotes[q]?.end ?? 0) <= i) q++;
      const quote = quotes[q];
      if (quote && quote.start <= i) continue;
      if (
        /[.!?]/.test(text[i] ?? "") &&
        /\s/.test(text[i + 1] ?? "") &&
        !/\b(?:Mr|Mrs|Ms|Dr|St|No)$/.test(text.slice(Math.max(start, i - 3), i))
      ) {
        sentences.push({ start, end: i + 1 });
        start = i + 1;
        while (start < paragraph.end && /\s/.test(text[start] ?? "")) start++;
      }
    }
    if (start < paragraph.end) sentences.push({ start, end: paragraph.end });
  }
  return sentences;
}

/** The body a sentence's subject names before its first reporting verb, if it speaks. */
function speakingSubject(doc: Document, sentence: Span, until: number): string | undefined {
  const { text } = doc;
  // "MANCHESTER, England (Reuters) - Parents at ... accused": the subject follows the dateline.
  const dateline = DATELINE.exec(text.slice(sentence.start, until));
  const from = sentence.start + (dateline?.[0].length ?? 0);
  const opening = OPENING.exec(text.slice(from, until));
  const start = from + (opening?.[0].length ?? 0);
  if (/^[“"‘«]/.test(text.slice(start, start + 1))) return undefined;
  const tokens = doc.tokensIn({ start, end: until });
  const verb = tokens.findIndex((token, i) => i > 0 && !token.capital && REPORTING_FORMS.has(token.norm));
  if (verb < 1 || verb > 24) return undefined;
  const subjectEnd = tokens[verb - 1]?.end ?? start;
  if (/[“”"«»]/.test(text.slice(start, subjectEnd))) return undefined;
  // A person's description ("Uganda's main opposition leader accused ...") is no body.
  if (tokens.slice(0, verb).some((token) => PERSON_TITLES.has(token.norm))) return undefined;
  // "In Hanoi, the foreign ministry said ...": the place the opening names says whose body it is.
  const words = text.slice(start, subjectEnd).toLowerCase();
  if (
    opening &&
    /^the (?:[\p{L}-]+ ){0,2}(?:ministry|government|department|army|military|navy|police|embassy|presidency)$/u.test(
      words,
    )
  ) {
    const place = doc.mentionsIn({ start: sentence.start, end: start }).find((m) => doc.book.topIsState(m.key));
    if (place) {
      const state = doc.book.top(place.key);
      const institution =
        institutionOf(state, titleInstitution(words) ?? "government") ?? institutionOf(state, "government");
      if (institution) return doc.book.fromGazetteer(institution.id)?.key;
    }
  }
  const speaker = doc.resolveSpeaker({ start, end: subjectEnd });
  if (speaker.attribution !== "named" || speaker.personKey || speaker.pair || speaker.media) return undefined;
  const key = speaker.actorKey;
  if (!key || doc.people.byKey.has(key) || doc.book.get(key)?.kind === "media") return undefined;
  return key;
}

/** Gives titled people whose title names no employer (or only "its" / "the company's") the body that spoke before them. */
function sidesFromSubjects(doc: Document, sentencesOnce: () => Span[]): void {
  const candidates: { person: Person; owner?: string; its: boolean }[] = [];
  for (const person of doc.people.byKey.values()) {
    const title = person.title?.toLowerCase().replace(/[’]/g, "'");
    if (!title || !title.split(/[\s-]+/).some((word) => PERSON_TITLES.has(word))) continue;
    const its = /^(?:its|their)\b/.test(title);
    const owner = /^(?:the )?(\w+)'s\b/.exec(title)?.[1];
    const business = owner !== undefined && BUSINESS_OWNER.test(owner);
    if (person.affiliation && !its && !business && !person.guessed) continue;
    // A state's office ("Prime Minister X", "the health minister") is never a body's official; nor is
    // the opposition's ("The opposition's spokesman X": references.ts, oppositionNamed).
    if (STATE_OFFICE.test(title) || /^(?:the )?opposition's\b/.test(title)) continue;
    // "the forum's general secretary": the last body named before whose name ends in that noun.
    const ends = owner ? new RegExp(`\\b${owner}$`, "i") : undefined;
    const named = ends
      ? doc.mentions
          .filter((m) => m.end <= person.at && m.kind !== "person" && ends.test(doc.book.get(m.key)?.name ?? ""))
          .at(-1)
      : undefined;
    if (named && !person.affiliation) {
      doc.book.affiliate(person, named.key, "none");
      continue;
    }
    candidates.push(business ? { person, owner, its } : { person, its });
  }
  if (candidates.length === 0) return;
  const sentences = sentencesOnce();
  for (const { person, owner, its } of candidates) {
    const index = sentences.findIndex((s) => s.start <= person.at && person.at < s.end);
    const sentence = sentences[index];
    if (!sentence) continue;
    // The same sentence when a speaking subject comes before a name whose title points back to it
    // ("..., its director, X, said", "the company's managing director"); else the one before. A
    // bare title later in the sentence may be whom the subject speaks of ("The party said it would
    // table a motion against chief executive X"), not its own official.
    let side = its || owner ? speakingSubject(doc, sentence, person.at) : undefined;
    const previous = sentences[index - 1];
    if (!side && previous && doc.paragraphOf(sentence.start) - doc.paragraphOf(previous.start) <= 1)
      side = speakingSubject(doc, previous, previous.end);
    if (!side || side === person.affiliation) continue;
    const actor = doc.book.get(side);
    if (owner && (!side.startsWith("org-") || NOT_BUSINESS.test(actor?.name ?? ""))) continue;
    // ("The city and Indonesia's ministry blamed each other. Mayor X said": a town's office-holder in a
    // story of two levels of government is no voice of the state.)
    if (townOfficeInTwoLevels(person.title ?? "", doc.text) && doc.book.topIsState(side)) continue;
    // A rank is a state's officer: "Indonesia's military rejected ... Colonel X said", never a company's.
    if (person.guessed === "rank" && !doc.book.topIsState(side)) continue;
    doc.book.affiliate(person, side, person.guessed ? "replace" : "keep");
    person.guessed = undefined;
  }
}

/** "The family of a girl who ...", "the victim's relatives": the family party last named before `at`, as "the family" names it. */
function familyBefore(doc: Document, at: number): string | undefined {
  const found = [
    ...doc.text.slice(0, at).matchAll(/\b(the|a)\s+(?:([\p{L}-]+['’]s?)\s+)?(family|families|relatives)\b/giu),
  ].at(-1);
  if (!found) return undefined;
  const noun = (found[3] ?? "").toLowerCase();
  const name = found[2] ? `The ${found[2]} ${noun}` : `The ${noun}`;
  const actor = doc.book.add(`party-${noun}`, name, "organisation");
  if (found[2]) doc.book.addAlias(actor, `the ${noun}`);
  return actor.key;
}

const BLAMING = /\b(?:blam|accus|condemn|critici[sz]|against|demand|urg(?:ed|ing)\b|threaten)/i;

/**
 * A private person (no title, no employer) quoted right after a sentence a group opened speaks for
 * the group: "Residents said ... . 'We called them ...,' said X, a tea seller"; "The patient's family
 * blamed the hospital ... . '...,' said his daughter, X". News writing lets one member voice the
 * group the sentence before made the actor; a vague source ("residents said" never founded as a
 * group) gives none.
 */
function sidesFromGroups(doc: Document, sentencesOnce: () => Span[]): void {
  const privates = [...doc.people.byKey.values()].filter(
    (person) =>
      !person.affiliation &&
      !(person.title ?? "")
        .toLowerCase()
        .split(/[\s-]+/)
        .some((word) => PERSON_TITLES.has(word)),
  );
  if (privates.length === 0) return;
  const sentences = sentencesOnce();
  for (const person of privates) {
    const index = sentences.findIndex((s) => s.start <= person.at && person.at < s.end);
    const sentence = sentences[index];
    const previous = sentences[index - 1];
    if (!sentence || !previous || doc.paragraphOf(sentence.start) - doc.paragraphOf(previous.start) > 1) continue;
    // "Fans gathered outside ... chanting against ...": a group opening the sentence acts, if not speaks.
    const opening = doc.mentionsIn(previous)[0];
    const side =
      speakingSubject(doc, previous, previous.end) ??
      (opening?.start === previous.start && opening.key.startsWith("group-") ? opening.key : undefined);
    if (!side || !/^(?:group|party)-/.test(side)) {
      // "her mother, X": a relative speaks for the family the story made a party before.
      const family = person.kin ? familyBefore(doc, person.at) : undefined;
      if (family) person.affiliation = family;
      continue;
    }
    // The group's sentence is a grievance: it names whom it is against, or blames ("Survivors
    // described chaos ..." makes no side of the witness after it).
    const words = doc.text.slice(previous.start, previous.end);
    const against =
      BLAMING.test(words) ||
      // "said the company had ignored ...": a body the group speaks of by its noun.
      [...words.matchAll(/\bthe ([\p{Ll}]+)\b/gu)].some((m) => INSTITUTION_NOUNS.test(m[1] ?? "")) ||
      doc
        .mentionsIn(previous)
        .some((m) => m.kind !== "person" && m.role === "referent" && doc.book.top(m.key) !== doc.book.top(side));
    if (!against) continue;
    person.affiliation = side;
  }
}

/**
 * Sides for speakers the words around their names leave without one: an official takes the body
 * that spoke before (`sidesFromSubjects`), then a private person the group whose sentence came
 * before (`sidesFromGroups`). The sentences, split outside quotation marks, are found once for both,
 * and only when a speaker needs them.
 */
export function sidesOfSpeakers(doc: Document): void {
  let sentences: Span[] | undefined;
  const sentencesOnce = () => {
    sentences ??= sentencesOf(doc);
    return sentences;
  };
  subNationalOffices(doc);
  sidesFromSubjects(doc, sentencesOnce);
  sidesFromGroups(doc, sentencesOnce);
}

/**
 * A sub-national government's offices: a region's, province's, state's (of a federation), county's,
 * district's or town's head ("Governor", "Premier", "Mayor", "Basra's provincial governor", "Murcia's
 * regional president", "the wali"), never a central bank's governor nor a board of governors.
 */
const SUB_NATIONAL_OFFICE =
  /\b(?:governor|premier|mayor|chief minister|regional president|provincial president|prefect|wali|district chairman|county executive)\b/i;
const NOT_SUB_NATIONAL = /\b(?:bank|central|reserve|board|governors|monetary|prime)\b/i;
/** A place's name as a title or a lead writes it, "al-Mahra" too: references.ts's, after an Arabic article. */
const PLACE = `((?:(?:al|el)-)?${PLACE_NAME.slice(1)}`;
const OWN_PLACE_OPENING = new RegExp(String.raw`^(?:the\s)?${PLACE}['’]s\s`, "u");
const PLACE_AFTER_OF = new RegExp(String.raw`\bof\s(?:the\s)?${PLACE}`, "u");
const PLACE_BEFORE_OFFICE = new RegExp(
  String.raw`^${PLACE}\s(?:Governor|Mayor|Premier|Prefect|Chief Minister|Regional President)\b`,
  "u",
);
/** "The mayor of Semarang", "Delhi’s Environment Minister": the place the text gives a bare title. */
const phrasesOfTitle = (title: string) => {
  // (Each word in either case, "the mayor of X" for "Mayor X"; the place's own capitals still read.)
  const words = title
    .toLowerCase()
    .split(/\s+/)
    .map((word) => `[${word[0]}${word[0]?.toUpperCase()}]${word.slice(1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)
    .join(String.raw`\s`);
  return [
    new RegExp(String.raw`\b${words}\sof\s(?:the\s)?${PLACE}`, "gu"),
    new RegExp(String.raw`${PLACE}['’]s\s${words}\b`, "gu"),
  ];
};

/** The place a sub-national office names in its title or, a bare title, the text names for it before `at`. */
function placeOfOffice(doc: Document, person: Person, office: boolean): { name: string; at: number } | undefined {
  const title = (person.title ?? "").trim();
  // (Only an office's own title names its place: "AirNav Ireland’s chief operations officer" is the
  // company's, read before.)
  const inTitle = office
    ? (OWN_PLACE_OPENING.exec(title)?.[1] ?? PLACE_BEFORE_OFFICE.exec(title)?.[1] ?? PLACE_AFTER_OF.exec(title)?.[1])
    : undefined;
  if (inTitle) {
    // (The title's words stand by the name: the place's nearest occurrence before the name.)
    const at = doc.text.lastIndexOf(inTitle, person.at);
    return { name: inTitle, at: at >= 0 ? at : doc.text.indexOf(inTitle) };
  }
  if (!title || /\s(?:of|for)(?:\sthe)?$/i.test(title) || !/^[\p{L}\s-]+$/u.test(title)) return undefined;
  // (Besides an office, a government's portfolio only: "Delhi’s Environment Minister".)
  if (!office && !/\b(?:minister|councillor|councilor)$/i.test(title)) return undefined;
  const before = doc.text.slice(0, person.at);
  // (Else the place whose government the text names by its noun: "the town hall in Balti" for a
  // mayor, "the regional government of Murcia" for a governor or premier.)
  const local = /\bmayor\b/i.test(title);
  const bodies = office ? [local ? TOWN_GOVERNMENT : REGIONAL_GOVERNMENT] : [];
  for (const pattern of [...phrasesOfTitle(title), ...bodies.flat()]) {
    // (The first match only: the rest of the text's prefix is not scanned.)
    const match = before.matchAll(pattern).next().value;
    if (match?.[1]) return { name: match[1], at: (match.index ?? 0) + match[0].indexOf(match[1]) };
  }
  return undefined;
}

/** A town's own government by its noun: "the town hall in Balti", "Quito's municipality". */
const TOWN_GOVERNMENT = [
  new RegExp(String.raw`\b(?:town|city)\shall\s(?:in|of)\s${PLACE}`, "gu"),
  new RegExp(
    String.raw`${PLACE}['’]s\s(?:town\shall|city\shall|municipality|city\scouncil|town\scouncil|city\sgovernment|municipal\sgovernment)\b`,
    "gu",
  ),
  new RegExp(String.raw`\b(?:municipality|city\scouncil|town\scouncil|city\sgovernment)\sof\s${PLACE}`, "gu"),
];
/** A region's, province's or federated state's own government by its noun: "the regional government of Murcia". */
const REGIONAL_GOVERNMENT = [
  new RegExp(String.raw`\b(?:regional|provincial|state)\sgovernment\s(?:of|in)\s${PLACE}`, "gu"),
  new RegExp(String.raw`${PLACE}['’]s\s(?:regional|provincial|state)\sgovernment\b`, "gu"),
  new RegExp(String.raw`\b(?:the\s)?${PLACE}\s(?:regional|provincial|state)\sgovernment\b`, "gu"),
];

/** Whether an affiliation is only the state's national government a bare title defaulted to. */
function defaultNational(doc: Document, key: string | undefined): boolean {
  if (!key) return true;
  const actor = doc.book.get(key);
  // (Or a body named by a level's word alone, "Regional" read off "Regional Governor X": no side.)
  return (
    LEVEL_WORD_ONLY.test(actor?.name ?? "") ||
    actor?.kind === "state" ||
    (actor?.kind === "government" && doc.book.topIsState(key) && !key.startsWith("org-"))
  );
}

/**
 * A region's, province's or town's government and its office-holders as a side: "The governor of the
 * South Moravian Region accused the Health Ministry", "Basra's provincial governor, X, went further,
 * accusing the federal government in Baghdad", "The mayor of Semarang ... Mayor Hendra Wijaya said":
 * the office speaks for its own government (the place its title or the text's first phrase of the
 * title names), not for the state's national government a bare title would default to. That
 * government is an actor of its own with no parent, so its charges against a national body are no
 * self-charges; a place that is a state (a capital, "Lima's city government") is left to its state.
 */
function subNationalOffices(doc: Document): void {
  const bare: Person[] = [];
  for (const person of doc.people.byKey.values()) {
    const title = person.title ?? "";
    const office = SUB_NATIONAL_OFFICE.test(title) && !NOT_SUB_NATIONAL.test(title);
    // ("Governor Jan Hruby" with the national government's default, or "Environment Minister X" with
    // none of the region its text gives it: "Delhi’s Environment Minister".)
    if (!defaultNational(doc, person.affiliation)) continue;
    // "The governor of the South Moravian Region": a person read from the office's phrase, named the place.
    const ownName =
      /^(?:the\s)?[\p{L}\s-]+\sof(?:\sthe)?$/iu.test(title) && office
        ? { name: person.name, at: person.at }
        : undefined;
    const place = ownName ?? placeOfOffice(doc, person, office);
    // "Regional Governor X" where the text speaks of "the regional government": the level's word
    // names no place; the office is that government's, as "the regional government" reads.
    const level = place && office ? LEVEL_WORD_ONLY.exec(place.name)?.[1]?.toLowerCase() : undefined;
    if (level) {
      const government = new RegExp(String.raw`\b[Tt]he\s${level}\sgovernment\b`).test(doc.text)
        ? doc.definite("government", person.at, new Set(), false, [level])
        : undefined;
      if (government && government !== person.affiliation) doc.book.affiliate(person, government, "replace");
      continue;
    }
    if (!place) {
      if (office && !/\s/.test(title.trim()) && !/\bmayor\b/i.test(title)) bare.push(person);
      continue;
    }
    const unit = governmentOfPlace(doc, place, office);
    if (!unit || unit === person.affiliation) continue;
    doc.book.affiliate(person, unit, "replace");
  }
  if (bare.length === 0) return;
  // "Premier X accused Ottawa ..." where "Alberta’s forestry minister" is the region's: a bare
  // regional office ("Premier", "Governor") whose text names no place is the one region the story's
  // other titles make a government ("X's ... minister"), when there is just one.
  const regions = new Set<string>();
  for (const other of doc.people.byKey.values()) {
    const place = OWN_PLACE_OPENING.exec(other.title ?? "")?.[1];
    const actor = doc.book.get(other.affiliation);
    if (place && actor && actor.name === place && actor.key.startsWith("org-") && !actor.parentKey)
      regions.add(actor.key);
  }
  const [region] = regions;
  if (regions.size !== 1 || !region) return;
  for (const person of bare) doc.book.affiliate(person, region, "replace");
}

/** The government of a place the text names that is no state: its actor, added when an office names it. */
function governmentOfPlace(doc: Document, place: { name: string; at: number }, office: boolean): string | undefined {
  const name = place.name.replace(/['’]s$/, "").trim();
  const at = place.at;
  // ("the governor of the Central Bank", "the mayor of Acme Ltd": a body's name is no place.)
  if (at < 0 || ORGANISATION_SUFFIXES.test(name.split(/\s+/).at(-1) ?? "") || NOT_SUB_NATIONAL.test(name))
    return undefined;
  const mention = doc.mentions.find((m) => m.start <= at && at < m.end && m.kind !== "person");
  if (mention) {
    if (doc.book.topIsState(mention.key) || mention.kind === "state" || mention.kind === "media") return undefined;
    const actor = doc.book.get(mention.key);
    if (actor && !doc.people.byKey.has(actor.key) && actor.name === name && !actor.parentKey) return actor.key;
    if (!office) return undefined;
  }
  // (A place the text named as a body elsewhere: "Delhi and Punjab traded blame", then "Delhi’s Environment Minister".)
  const named = [...doc.book.entries.values()].find(
    (actor) =>
      actor.name === name && actor.key.startsWith("org-") && !actor.parentKey && !doc.people.byKey.has(actor.key),
  );
  if (named) return named.key;
  if (!office) return undefined;
  const key = `org-${slugify(name)}`;
  const existing = doc.book.get(key);
  if (existing && (existing.parentKey || existing.kind === "person")) return undefined;
  return doc.book.add(key, name, "government").key;
}
