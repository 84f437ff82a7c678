// One body, two actors: the names a text gives one organisation merged by general rules. An acronym
// of a name met ("GFP" after "Green Farmers Party", "APS" after "Aero Propulsion Systems"), a name
// short of its organisation's word ("Medi-Care" and "Medi-Care Group"), a name with its qualifier cut
// off ("Port of Dakar" and "Autonomous Port of Dakar"), and a
// country's described body that a name of the same country and head noun names ("Poland's largest
// teachers' union" and "Polish Teachers' Union").
import type { ActorBook, BookActor } from "./actors";
import { lookupPhrase } from "./gazetteer";
import { ORGANISATION_SUFFIXES } from "./lexicon";
import type { Mention } from "./mentions";
import type { People } from "./people";
import { tokenize } from "./text";

const SKIP = /^(?:and|of|the|for|&)$/i;
const DESCRIBED_PARTY =
  /^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*['’]s\s+(?:main|largest|biggest|leading|chief)\s+opposition\s+party$/u;
/** A party's name: capitalised words ending in a party's word ("National Democratic Congress"). */
const PARTY_NAME =
  /^(?:The\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Party|Congress|Movement|Front|Alliance|Coalition)|(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Party|Congress|Movement|Front|Alliance|Coalition)\s+for(?:\s+the)?(?:\s+\p{Lu}[\p{L}'’-]*){1,3})$/u;

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((part) => part && !SKIP.test(part))
    .map((part) => part[0])
    .join("");

/** The state a name opens with ("Poland's ...", "Polish ..."), and the words after it. */
function countryOpening(name: string): { state: string; rest: string[]; possessive: boolean } | undefined {
  const tokens = tokenize(name);
  const found = lookupPhrase(tokens, 0);
  const state = found?.hits.find((hit) => hit.form === "name" || hit.form === "demonym")?.id;
  if (!found || !state) return undefined;
  const possessive = tokens[found.length - 1]?.possessive ?? false;
  return { state, rest: tokens.slice(found.length).map((token) => token.norm), possessive };
}

/**
 * What the pairwise tests of mergeDuplicates read of one organisation's name, worked out once for
 * each name rather than once for each pair (a long text names hundreds of organisations).
 */
interface NameShape {
  actor: BookActor;
  /** "GFP", "APS": an acronym's shape. */
  acronym: boolean;
  /** The initials of the name's words other than SKIP's, if it has a space (what an acronym spells). */
  initials: string | undefined;
  /** "Port of Dakar": a name with "of" or "for" inside, which a qualifier may precede. */
  ofOrFor: boolean;
  /** "Poland's largest teachers' union": a state's possessive, then lower-case words. */
  described: boolean;
  /** "Polish Teachers' Union": two words or more, each capitalised. */
  capitalised: boolean;
  /** countryOpening of the name, once asked for. */
  opening?: ReturnType<typeof countryOpening> | null;
}

function shapeOf(actor: BookActor): NameShape {
  const words = actor.name.split(/\s+/);
  return {
    actor,
    acronym: /^\p{Lu}{2,6}$/u.test(actor.name),
    initials: actor.name.includes(" ") ? initials(actor.name) : undefined,
    ofOrFor: /\s(?:of|for)\s/.test(actor.name),
    described: /^\p{Lu}[\p{L}]*['’]s\s+(?:\p{Ll}[\p{L}'’-]*\s+)*\p{Ll}[\p{L}]*$/u.test(actor.name),
    capitalised: words.length >= 2 && words.every((word) => /^\p{Lu}/u.test(word)),
  };
}

function openingOf(shape: NameShape): ReturnType<typeof countryOpening> {
  if (shape.opening === undefined) shape.opening = countryOpening(shape.actor.name) ?? null;
  return shape.opening ?? undefined;
}

/** Whether `described` ("Poland's largest teachers' union") is the body `named` names ("Polish Teachers' Union"). */
function sameBody(described: NameShape, named: NameShape): boolean {
  if (!described.described || !named.capitalised) return false;
  const a = openingOf(described);
  const b = openingOf(named);
  if (!a?.possessive || !b || a.state !== b.state || b.rest.length === 0) return false;
  // The same head noun, and the same word before it ("teachers' union").
  return a.rest.slice(-2).join(" ") === b.rest.slice(-2).join(" ");
}

export function mergeDuplicates(book: ActorBook, mentions: Mention[], people: People, text: string): void {
  const organisations = [...book.entries.values()].filter((actor) => actor.kind === "organisation");
  const shapes = organisations.map(shapeOf);
  const merges = new Map<string, string>();
  for (const shape of shapes) {
    const { actor } = shape;
    for (const otherShape of shapes) {
      const other = otherShape.actor;
      if (other === actor || merges.has(other.key)) continue;
      const acronym = shape.acronym && otherShape.initials === actor.name;
      // "Medi-Care's chief executive" and "Medi-Care Group": a name short of its organisation's word.
      const rest = other.name.startsWith(`${actor.name} `) ? other.name.slice(actor.name.length + 1) : "";
      const shorter = rest !== "" && rest.split(/\s+/).every((word) => ORGANISATION_SUFFIXES.test(word));
      // "the Port of Dakar" and "the Autonomous Port of Dakar": a body's name with its qualifier cut off.
      const qualified =
        shape.ofOrFor &&
        other.name.endsWith(` ${actor.name}`) &&
        /^\p{Lu}[\p{Ll}'’-]+$/u.test(other.name.slice(0, -actor.name.length - 1));
      if (acronym || shorter || qualified || sameBody(shape, otherShape)) {
        merges.set(actor.key, other.key);
        break;
      }
    }
  }
  // "Ghana's main opposition party" ... "The National Democratic Congress": a described party is the
  // one party out of power the text names (when it names exactly one).
  const described = organisations.filter((actor) => DESCRIBED_PARTY.test(actor.name) && !merges.has(actor.key));
  // (Never the party in power: "the governing African National Congress".)
  const governing = new Set(
    mentions
      .filter((m) =>
        /\b(?:governing|ruling)\s+(?:party,?\s+)?(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 24), m.start)),
      )
      .map((m) => m.key),
  );
  const parties = organisations.filter(
    (actor) =>
      !DESCRIBED_PARTY.test(actor.name) &&
      PARTY_NAME.test(actor.name) &&
      !merges.has(actor.key) &&
      !governing.has(actor.key),
  );
  const [party] = parties;
  if (described.length === 1 && parties.length === 1 && party) merges.set(described[0]?.key as string, party.key);
  if (merges.size === 0) return;
  for (const [from, into] of merges) book.merge(from, into);
  for (const mention of mentions) mention.key = book.resolve(mention.key);
  for (const person of people.byKey.values())
    if (person.affiliation) person.affiliation = book.resolve(person.affiliation);
  for (const role of people.roles) if (role.affiliation) role.affiliation = book.resolve(role.affiliation);
}
