// Whose a politician is in a row between parties: "Finance Minister Andris Berzins, a Civic Bloc
// member," or "Kalnina's Civic Bloc" names the party of a minister or prime minister. When the
// story is one of parties (a coalition, an opposition), news writes the row as the parties'
// and the office-holder speaks (and is blamed) for the party, not for the state.
import type { Document } from "./document";
import type { Mention } from "./mentions";

/** A story of parties: a coalition, an opposition, parties named as such. */
const PARTY_STORY = /\b(?:coalition|opposition|part(?:y|ies)|deputies|lawmakers)\b/i;
/** Names parties go by. */
const PARTY_NAME = /\b(?:Party|Bloc|Alliance|Union|Movement|Front|League|Democrats|Congress|Coalition|Platform)$/;
/** "the opposition X", "coalition partner X", "the ruling X". */
const PARTY_BEFORE = /\b(?:party|coalition|opposition|ruling|partner|ally)\s+(?:the\s+)?$/i;
/** Public bodies and others that no politician is a member of in this sense. */
const NOT_PARTY =
  /\b(?:ministry|department|government|assembly|parliament|senate|court|tribunal|commission|authority|agency|police|army|navy|council|office|bank|company|federation|association)\b/i;
/** ", a Civic Bloc member", ", a senior Homeland Union lawmaker": the party before a member's noun. */
const MEMBER_AFTER = /^\s+(?:member|lawmaker|deputy|legislator|politician|MP|loyalist|veteran)\b/;
/** ", a member of the Homeland Union", ", of the Civic Bloc,": the party after. */
const MEMBER_OF =
  /^,\s+(?:(?:a|an)\s+(?:senior\s+|leading\s+|prominent\s+|founding\s+)?member\s+of\s+|of\s+)(?:the\s+)?$/;
const BEFORE_MEMBER = /^,\s+(?:a|an)\s+(?:senior\s+|leading\s+|prominent\s+|founding\s+|veteran\s+)?(?:the\s+)?$/;

/** Gives a minister or prime minister whose party the text names that party, in a story of parties. */
export function partyMembers(doc: Document): void {
  const { text, mentions, book } = doc;
  if (!PARTY_STORY.test(text)) return;
  // "The opposition Civic Renewal bloc", "the opposition Free Estonia party": a party's name written
  // with its lower-case noun is the name the text gives it, the noun part of it.
  for (const m of mentions) {
    if (m.role !== "referent" || !m.key.startsWith("org-") || /['’]s$/.test(text.slice(m.start, m.end))) continue;
    const noun = /^\s+(party|bloc)\b(?!['’])/.exec(text.slice(m.end, m.end + 8))?.[1];
    const actor = noun ? book.get(m.key) : undefined;
    if (actor && !PARTY_NAME.test(actor.name) && !NOT_PARTY.test(actor.name))
      book.addAlias(actor, `${actor.name} ${noun}`);
  }
  const counts = new Map<string, number>();
  for (const m of mentions)
    if (m.role === "referent" || m.role === "modifier") counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  const isParty = (m: Mention | undefined) => {
    if (!m || (m.role !== "referent" && m.role !== "modifier") || !m.key.startsWith("org-")) return false;
    const actor = book.get(m.key);
    if (!actor || actor.kind !== "organisation" || actor.parentKey) return false;
    return !NOT_PARTY.test(actor.name) && (counts.get(m.key) ?? 0) >= 2;
  };
  // A row between parties: some body besides the member's party is a party by its name or its words.
  const partyLike = new Set<string>();
  for (const m of mentions) {
    if (!isParty(m)) continue;
    const name = book.get(m.key)?.name ?? "";
    if (
      PARTY_NAME.test(name) ||
      PARTY_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) ||
      /^\s+party\b/.test(text.slice(m.end, m.end + 8))
    )
      partyLike.add(book.resolve(m.key));
  }
  if (partyLike.size < 2) return;
  for (const [index, m] of mentions.entries()) {
    if (m.kind !== "person") continue;
    const person = doc.people.byKey.get(m.key);
    if (!person) continue;
    const next = mentions[index + 1];
    if (!next || !isParty(next)) continue;
    const between = text.slice(m.end, next.start);
    const possessive = /['’]s$/.test(text.slice(m.start, m.end)) && /^\s+$/.test(between);
    const member =
      (BEFORE_MEMBER.test(between) && MEMBER_AFTER.test(text.slice(next.end, next.end + 20))) ||
      MEMBER_OF.test(between);
    if (!possessive && !member) continue;
    const party = book.resolve(next.key);
    if (person.affiliation === party) continue;
    // The state whose office they hold stays on their side: a minister does not blame the ministry.
    const held = person.affiliation ? book.top(person.affiliation) : undefined;
    const partyActor = book.get(party);
    if (held && partyActor && book.get(held)?.kind === "state") partyActor.backers.add(held);
    book.affiliate(person, party, "replace");
  }
}
