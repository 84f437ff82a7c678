// The gazetteer compiled for lookup: every country, its capitals and demonyms, its generic and named
// institutions (with parents, so they roll up to the state), organisations, media and armed groups.
// Ids: a state is its slug ("russia"); an institution is slug + kind ("russia-foreign-ministry").
import { normalize, tokenize } from "../text";
import { COUNTRY_LINES } from "./countries";
import { INSTITUTION_KINDS, type InstitutionKind, NAMED_INSTITUTION_LINES, TITLE_INSTITUTION } from "./institutions";
import { ORGANISATION_LINES } from "./organisations";
import { PLACE_NAMES } from "./places";

export interface GazetteerActor {
  id: string;
  name: string;
  kind: "state" | "government" | "armed_group" | "organisation" | "media" | "person";
  code?: string;
  parentId?: string;
  /** For a state: its country code, so institutions can be built from it. */
  country?: string;
}

/** How a phrase names its actor: by name, as an adjective ("Russian"), a people ("the Russians"), a seat ("Moscow"). */
export type PhraseForm = "name" | "demonym" | "people" | "capital" | "place";

export interface PhraseHit {
  id: string;
  form: PhraseForm;
  /** Acronyms match only as written ("WHO", "US", never "who", "us"). */
  exact?: string[];
}

export const actors = new Map<string, GazetteerActor>();
const phrases = new Map<string, PhraseHit[]>();
const countryAdjective = new Map<string, string>();
/** The words phrases start with: most tokens start none, and are rejected at once. */
const firstWords = new Set<string>();
let longestPhrase = 1;
/**
 * Every key that a phrase's key goes on from ("united", "united states" for "united states
 * army"): a lookup stops lengthening a phrase once its words are the start of none.
 */
const phraseStarts = new Set<string>();

/** The lookup key of a phrase: its tokens' normal forms, without a leading "the". */
export function phraseKey(words: string): string[] {
  const keys = tokenize(words).map((token) => token.norm + (token.possessive ? "'s" : ""));
  if (keys[0] === "the" && keys.length > 1) keys.shift();
  return keys;
}

function addPhrase(words: string, hit: PhraseHit): void {
  const trimmed = words.trim();
  if (!trimmed) return;
  const keys = phraseKey(trimmed);
  if (keys.length === 0) return;
  const written = tokenize(trimmed).filter((token) => token.norm !== "the" || keys[0] === "the");
  const isAcronym = written.length === 1 && /^[A-Z]{2,5}$/.test(written[0]?.text ?? "");
  const entry: PhraseHit = isAcronym ? { ...hit, exact: [written[0]?.text ?? ""] } : hit;
  const key = keys.join(" ");
  for (let space = key.indexOf(" "); space >= 0; space = key.indexOf(" ", space + 1))
    phraseStarts.add(key.slice(0, space));
  firstWords.add(keys[0] as string);
  const list = phrases.get(key) ?? [];
  // Two countries sharing a demonym ("Congolese"): the later line wins, as the more common sense.
  const same = list.findIndex((existing) => existing.form === entry.form);
  if (same >= 0) list.splice(same, 1);
  list.push(entry);
  phrases.set(key, list);
  longestPhrase = Math.max(longestPhrase, keys.length);
}

const split = (field: string | undefined) => (field ?? "").split(";").filter((part) => part.trim().length > 0);

for (const line of COUNTRY_LINES.split("\n")) {
  if (!line.trim()) continue;
  const [code, id, name, others, adjectives, people, capitals] = line.split("|");
  if (!code || !id || !name) continue;
  actors.set(id, { id, name, kind: "state", code, country: code });
  addPhrase(name, { id, form: "name" });
  for (const other of split(others)) addPhrase(other, { id, form: "name" });
  const adjs = split(adjectives);
  countryAdjective.set(id, adjs[0] ?? name);
  for (const adj of adjs) addPhrase(adj, { id, form: "demonym" });
  for (const group of split(people)) addPhrase(group, { id, form: "people" });
  for (const capital of split(capitals)) addPhrase(capital, { id, form: "capital" });
}

function addLines(lines: string): void {
  for (const line of lines.split("\n")) {
    if (!line.trim()) continue;
    const [id, kind, name, others, code, parentId] = line.split("|");
    if (!id || !kind || !name) continue;
    const actor: GazetteerActor = { id, name, kind: kind as GazetteerActor["kind"] };
    if (code) actor.code = code;
    if (parentId) actor.parentId = parentId;
    actors.set(id, actor);
    addPhrase(name, { id, form: "name" });
    for (const other of split(others)) addPhrase(other, { id, form: "name" });
  }
}
addLines(NAMED_INSTITUTION_LINES);
addLines(ORGANISATION_LINES);
for (const place of PLACE_NAMES) addPhrase(place, { id: "", form: "place" });

const kindBySuffix = new Map<string, InstitutionKind>(INSTITUTION_KINDS.map((kind) => [kind.suffix, kind]));
const heads = new Map<string, string>();
let longestHead = 1;
for (const kind of INSTITUTION_KINDS) {
  for (const head of kind.heads) {
    const key = phraseKey(head);
    heads.set(key.join(" "), kind.suffix);
    longestHead = Math.max(longestHead, key.length);
  }
}

/** A state's institution of a generic kind ("russia" + "foreign-ministry"), built on first use. */
export function institutionOf(stateId: string, suffix: string): GazetteerActor | undefined {
  const id = `${stateId}-${suffix}`;
  const state = actors.get(stateId);
  const kind = kindBySuffix.get(suffix);
  if (!state || state.kind !== "state" || !kind) return undefined;
  const existing = actors.get(id);
  if (existing) {
    if (existing.parentId && !actors.has(existing.parentId)) institutionOf(stateId, "government");
    return existing;
  }
  const parentId = kind.parent === "state" ? stateId : kind.parent === "none" ? undefined : `${stateId}-government`;
  if (kind.parent === "government") institutionOf(stateId, "government");
  const adjective = countryAdjective.get(stateId) ?? state.name;
  const actor: GazetteerActor = {
    id,
    name: kind.name.replace("{adj}", adjective).replace("{name}", state.name),
    kind: kind.kind,
  };
  if (parentId) actor.parentId = parentId;
  if (state.code) actor.code = `${state.code}${kind.role}`;
  actors.set(id, actor);
  return actor;
}

// Named institutions hang under generic ones ("united-states-government"): build those parents now.
for (const actor of [...actors.values()]) {
  const parentId = actor.parentId;
  if (!parentId || actors.has(parentId)) continue;
  for (const kind of INSTITUTION_KINDS) {
    const stateId = parentId.slice(0, -(kind.suffix.length + 1));
    if (parentId.endsWith(`-${kind.suffix}`) && actors.get(stateId)?.kind === "state")
      institutionOf(stateId, kind.suffix);
  }
}

/** The phrases that start at token `at`, longest first: [length, hits]. */
export function lookupPhrase(
  tokens: { norm: string; text: string; possessive: boolean }[],
  at: number,
): { length: number; hits: PhraseHit[] } | undefined {
  const first = tokens[at];
  if (!first || !(firstWords.has(first.norm) || (first.possessive && firstWords.has(`${first.norm}'s`))))
    return undefined;
  // Only the last word of a phrase may carry the possessive ("Russia's", not "Russia's Foreign"):
  // `starts[n]` is the first n words so written, for the phrases of more than n words, as far as
  // some phrase goes on from them (no longer phrase may match past that).
  const most = Math.min(longestPhrase, tokens.length - at);
  const starts: string[] = [""];
  while (starts.length < most) {
    const token = tokens[at + starts.length - 1];
    if (!token) break;
    const word = token.norm + (token.possessive ? "'s" : "");
    const start = starts.length === 1 ? word : `${starts.at(-1)} ${word}`;
    if (!phraseStarts.has(start)) break;
    starts.push(start);
  }
  for (let length = Math.min(most, starts.length); length >= 1; length--) {
    const token = tokens[at + length - 1];
    if (!token) continue;
    const hits = phrases.get(length === 1 ? token.norm : `${starts[length - 1]} ${token.norm}`);
    if (!hits) continue;
    const last = tokens[at + length - 1];
    const usable = hits.filter((hit) => !hit.exact || (length === 1 && last && hit.exact.includes(last.text)));
    if (usable.length > 0) return { length, hits: usable };
  }
  return undefined;
}

/** The institution head ("foreign ministry", "jets") that starts at token `at`: [length, suffix]. */
export function lookupHead(tokens: { norm: string }[], at: number): { length: number; suffix: string } | undefined {
  for (let length = Math.min(longestHead, tokens.length - at); length >= 1; length--) {
    const words = tokens.slice(at, at + length).map((token) => token.norm);
    const suffix = heads.get(words.join(" "));
    if (suffix) return { length, suffix };
  }
  return undefined;
}

/** The generic institution a job title speaks for, if the title says ("foreign minister" → foreign-ministry). */
export function titleInstitution(title: string): string | undefined {
  const key = normalize(title)
    .replace(/[^a-z' ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  for (const [words, suffix] of Object.entries(TITLE_INSTITUTION)) if (key.includes(words)) return suffix;
  const head = heads.get(key);
  return head;
}

/** Follows parents to the top: the state or the organisation an actor rolls up to. */
export function rollUp(id: string): string {
  let current = id;
  for (let depth = 0; depth < 10; depth++) {
    const parent = actors.get(current)?.parentId;
    if (!parent) return current;
    current = parent;
  }
  return current;
}
