// Whom an unnamed source speaks for: the body its description names as its own. News writing keeps
// a source's name back ("a senior official at the directorate, speaking on condition of anonymity",
// "a person familiar with the company's position", "a port official, who asked not to be named")
// but says whose it is, and the labels give such a source that body (events/eval/README.md,
// "Conventions for sides"); a description naming no body ("a Western diplomat") stays vague.
import type { Document } from "./document";
import { bodyNoun, bodyNounsNamed } from "./references";
import type { Span, Token } from "./text";

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
  for (const noun of nouns) {
    const previous = introduced && BUSINESS_SOURCE_NOUNS.test(noun) ? doc.previousSubject(span.start, true) : undefined;
    if (previous?.startsWith("org-")) return previous;
    const key = doc.definite(noun, span.start);
    if (key) return key;
  }
  return undefined;
}
