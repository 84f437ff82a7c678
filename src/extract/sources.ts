// Whom an unnamed source speaks for: the body its description names as its own. News writing keeps
// a source's name back ("a senior official at the directorate, speaking on condition of anonymity",
// "a person familiar with the company's position", "a port official, who asked not to be named")
// but says whose it is, and the labels give such a source that body (events/eval/README.md,
// "Conventions for sides"); a description naming no body ("a Western diplomat") stays vague.
import type { Document } from "./document";
import { institutionOf } from "./gazetteer";
import { INSTITUTION_NOUNS, namedByHead } from "./references";
import type { Span, Token } from "./text";

/**
 * Nouns of bodies no institution noun covers, read only in a source's description: "a port
 * official", "at the directorate", "a senior gendarmerie officer", "a senior federal official"
 * (a federal state's government).
 */
const SOURCE_BODY_NOUNS = /^(?:port|directorate|inspectorate|gendarmerie|federal)$/;

/** Whether a noun is a body's: an institution noun, or one of a source's body nouns. */
const bodyNoun = (noun: string | undefined): noun is string =>
  noun !== undefined && (INSTITUTION_NOUNS.test(noun) || SOURCE_BODY_NOUNS.test(noun));

/** Words that end the noun phrase after "the" ("the regional government in Erbil"). */
const PHRASE_ENDS = /^(?:in|at|of|for|on|with|to|from|and|or|who|which|that|said|says|told)$/;

/** A phrase opened by "the", after "for / of / at / in / with / to / from" or at the start: up to four words. */
const THE_PHRASE = /(?:\b(?:for|of|at|in|with|to|from) |^)the ((?:[a-z-]+(?:'s)?,? ?){1,4})/g;

/**
 * The nouns of bodies a description names after "for / of / at / in / with / to / from the" or
 * "the" opening it, in order: the head of each phrase (its last body noun, up to a possessive or
 * the next preposition): "a sales manager at the company's office in Hangzhou" names a company, "a
 * spokesman for the regional government in Erbil" a government, "of the national hospital trust" a
 * trust.
 */
function bodyNounsNamed(lower: string): string[] {
  const nouns: string[] = [];
  for (const match of lower.matchAll(THE_PHRASE)) {
    let head: string | undefined;
    for (const word of (match[1] ?? "").trim().split(" ")) {
      const bare = word.replace(/,$/, "");
      const noun = bare.replace(/'s$/, "");
      if (PHRASE_ENDS.test(noun)) break;
      if (bodyNoun(noun)) head = noun;
      if (noun !== bare || bare !== word) break;
    }
    if (head) nouns.push(head);
  }
  return nouns;
}

/** "a person familiar with the company's position", "sources close to the ministry": a source with no title. */
const FAMILIAR_SOURCE =
  /^(?:an?|one|two|several|some)\s+(?:person|people|source|sources)\s+(?:familiar with|close to|briefed on|with knowledge of)\s/;

/** Business nouns: "the company" of a source is a business, whatever its name says. */
const BUSINESS_SOURCE_NOUNS =
  /^(?:company|firm|group|carrier|airline|operator|maker|manufacturer|supplier|lender|bank)$/;

/** Whether the description's words are an unnamed source's: a title, or "a person familiar with ...". */
function describesSource(lower: string, title: string | undefined): boolean {
  return title !== undefined || FAMILIAR_SOURCE.test(lower);
}

/**
 * The body an unnamed source's description names, by the nouns it holds in the order news writing
 * uses them: after "for / of / at / in / with the" or in a possessive anywhere in it ("a sales
 * manager at the company's office in Hangzhou", "a spokeswoman for the airport"), then the noun
 * right before the title ("an army spokesman", "a port official"). "The company" of a source is the
 * body the sentence before opened with when that is a business ("Huarun did not respond to emailed
 * questions. A sales manager at the company's office ..."): the source is where its body declined.
 */
export function sourceEmployer(
  doc: Document,
  span: Span,
  tokens: Token[],
  title: string | undefined,
): string | undefined {
  const lower = doc.text.slice(span.start, span.end).trim().toLowerCase().replace(/[’]/g, "'");
  if (!describesSource(lower, title)) return undefined;
  // (Only a source the words introduce, "a sales manager at ...", is placed by the sentence before.)
  const introduced = /^(?:an?|one|two|several|some)\s/.test(lower);
  const nouns = bodyNounsNamed(lower);
  const titleAt = title ? tokens.findIndex((token) => token.norm === title) : -1;
  const before = titleAt > 0 ? tokens[titleAt - 1] : undefined;
  if (before && !before.capital && bodyNoun(before.norm)) nouns.push(before.norm);
  // (The sentence before is the same for every noun: looked up once.)
  const opened =
    introduced && nouns.some((noun) => BUSINESS_SOURCE_NOUNS.test(noun))
      ? doc.previousSubject(span.start, true)
      : undefined;
  const openedByBody = opened?.startsWith("org-") ? opened : undefined;
  for (const noun of nouns) {
    if (openedByBody && BUSINESS_SOURCE_NOUNS.test(noun)) return openedByBody;
    const key = doc.definite(noun, span.start);
    if (key) return key;
  }
  // "A senior official in the prime minister's office": the head of government's office is the
  // government of the story's state (not the last government the text named, a neighbour's).
  if (HEAD_OF_GOVERNMENT_OFFICE.test(lower) && doc.dominant) {
    const id = institutionOf(doc.dominant, "government")?.id;
    const key = id ? (doc.book.get(id)?.key ?? doc.book.fromGazetteer(id)?.key) : undefined;
    if (key) return key;
  }
  // "An official at the division" after "The Maritime Division of the Ministry of Works ...": a noun
  // no list holds that ends a body's longer name named before (as "the prefecture" does).
  for (const match of introduced ? lower.matchAll(THE_PHRASE) : []) {
    const last = (match[1] ?? "").trim().split(" ")[0]?.replace(/,$/, "");
    if (!last || last.length < 4 || !/^[a-z]+$/.test(last) || bodyNoun(last)) continue;
    const key = namedByHead(last, [], span.start, doc.mentions, doc.book, doc.people);
    if (key) return key;
  }
  if (introduced && nouns.length === 0 && title && OWN_VOICE_TITLES.test(title)) return bodyThatAnswered(doc, span);
  return undefined;
}

/** "in the prime minister's office", "at the president's office": a head of government's own office. */
const HEAD_OF_GOVERNMENT_OFFICE =
  /\b(?:in|at|from|of|with) the (?:prime minister|president|premier|chancellor)'s (?:own )?office\b/;

/** Titles of a body's own voice, never an outsider's ("A spokesman", "A senior official"; not "a diplomat"). */
const OWN_VOICE_TITLES = /^(?:spokesman|spokeswoman|spokesperson|official)$/;

/**
 * "Liffey Air denied that it had been refusing claims. A spokesman said ...", "The Union Environment
 * Ministry rejected the charge. A senior official, who did not wish to be named, said ...": a body's
 * spokesman or official named by no body at all, right after a sentence in which a body (not a
 * person, a group or a medium) opens and speaks, is that body's voice: news writing gives the body's
 * answer, then its spokesman's words. Not after a sentence where the body only acts ("Residents held
 * a protest march. A local official said ...").
 */
function bodyThatAnswered(doc: Document, span: Span): string | undefined {
  const body = doc.previousSubject(span.start);
  if (!body || body.startsWith("group-") || body.startsWith("party-")) return undefined;
  const kind = doc.book.get(body)?.kind;
  if (kind !== "organisation" && kind !== "government" && kind !== "state") return undefined;
  const words = doc.tokensIn({ start: doc.previousSentenceStart(span.start), end: span.start }).slice(0, 12);
  return words.some((token, i) => i > 0 && !token.capital && ANSWERING.test(token.norm)) ? body : undefined;
}

/** Verbs of a body's answer or statement ("denied", "rejected the charge", "said in a statement"). */
const ANSWERING =
  /^(?:said|says|denied|denies|rejected|rejects|dismissed|dismisses|disputed|disputes|refuted|insisted|responded|replied|countered|defended|acknowledged|admitted|confirmed|stated|added)$/;
