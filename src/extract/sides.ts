// Whose a titled person is when the title names no employer of its own: "chief executive Robert
// Lane said" after "The trust denied ...", "its director, Raul Fuentes," after "Chile's customs
// service rejected ...", "the company's managing director" after "Halkidon Maritime said ...".
// News writing gives a body's words first and then its official's: the official speaks for the
// body the sentence before (or the same sentence, before the name) made its speaking subject.
import type { Document } from "./document";
import { institutionOf, titleInstitution } from "./gazetteer";
import { PERSON_TITLES, REPORTING_FORMS, townOfficeInTwoLevels } from "./lexicon";
import type { Person } from "./people";
import { INSTITUTION_NOUNS } from "./references";
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
  sidesFromSubjects(doc, sentencesOnce);
  sidesFromGroups(doc, sentencesOnce);
}
