// Names the gazetteer does not know ("Jabhat al Nusra", "Harbor Telecom"): runs of capitalised words
// with the particles names carry, typed as an organisation or, beside a group noun, an armed group.

import type { ActorBook } from "./actors";
import { actors as gazetteer, lookupPhrase } from "./gazetteer";
import { ARMED_GROUP_NOUNS, COMMON_ACRONYMS, ORGANISATION_SUFFIXES, PERSON_TITLES, TIME_WORDS } from "./lexicon";
import { gazetteerAt } from "./lookup";
import { spacedInName, type Token } from "./text";

const FUNCTION_WORDS =
  /^(?:the|a|an|and|or|but|of|in|on|at|to|for|with|by|from|as|that|this|these|those|it|its|he|she|they|we|i|you|his|her|their|our|my|your|if|when|while|after|before|although|though|because|since|there|here|what|which|who|whom|whose|where|why|how|not|no|yes|so|then|also|asked|mr|mrs|ms|dr|fine|currently|meanwhile|however|thousands|hundreds|dozens|both|all|some|many|one|two|three|several|according|on|said|says|president)$/;

export const isNameToken = (token: Token | undefined): boolean =>
  !!token &&
  token.capital &&
  !FUNCTION_WORDS.test(token.norm) &&
  !TIME_WORDS.test(token.norm) &&
  !PERSON_TITLES.has(token.norm);

const CIVIL_QUALIFIERS =
  /^(?:supporters'?|fans'?|residents'?|parents'?|patients'?|consumer|consumers'?|campaign|pressure|lobby|advocacy|industry|business|environmental|rights|media|trade|civic|citizens'?|community|farmers'?|women's|students'?)$/;

/** Words before "group" that make it an armed one ("militant group X", "the rebel group X"). */
const ARMED_QUALIFIERS =
  /^(?:militant|rebel|armed|jihadist|extremist|terrorist|insurgent|separatist|paramilitary|islamist|guerrilla|hardline|radical|splinter|breakaway|militia|opposition|resistance|criminal|gang|insurgency)$/;

const PARTICLE =
  /^(?:al|el|bin|ibn|de|da|van|von|del|der|di|la|le|abu|bint|du|des|dos|das|dla|pour|para|per|of|and|&)(?:-.+)?$/;

/**
 * A name the gazetteer lacks ("Jabhat al Nusra", "Acme Corp"): capitalised words, with the
 * particles names carry. A lone word that could open any sentence is not taken.
 */
export function unknownName(
  text: string,
  tokens: Token[],
  at: number,
  to: number,
): { key: string; name: string; kind: "organisation" | "armed_group" | "media"; last: number } | undefined {
  let last = at;
  // "the Pharmaceuticals and Medical Devices Agency (PMDA)", "Resources Safety and Health Queensland
  // (RSHQ)": capitalised words whose initials the acronym in brackets after them spells are one
  // name, its "and", "of" or "for" and any state's name inside it included.
  const spelled = spelledByAcronym(text, tokens, at, to);
  if (spelled > at) {
    last = spelled;
    const name = text.slice(tokens[at]?.start ?? 0, tokens[last]?.end ?? 0);
    return { key: nameKey(name), name, kind: isMediaName(tokens, at, last) ? "media" : "organisation", last };
  }
  for (let i = at + 1; i < to; i++) {
    const token = tokens[i];
    const previous = tokens[i - 1];
    if (!token || !previous) break;
    const gap = text.slice(previous.end, token.start);
    // "Ministry of Environment, Urbanisation and Climate Change": a ministry's portfolios listed
    // after its "of" are its name's, commas and all.
    if (gap === ", " && portfolios(text, tokens, at, i, to)) continue;
    if (/[,;:()“”"\n]/.test(gap)) break;
    // "Office of the President", "Office of the Auditor-General": after a body's head, "of the" and
    // an office-holder's title are the office's name.
    const held = token.norm === "of" ? heldOffice(text, tokens, i, to) : -1;
    if (held > i && ORGANISATION_SUFFIXES.test(previous.norm) && last === i - 1) {
      last = held;
      i = held;
      continue;
    }
    // "Association of Ghana Industries", "Farmers Union of Malawi": after an organisation's head and
    // "of", a country's name is part of the name.
    // ("Office du Niger", "Banque de France": a French or Spanish particle after the head is its "of".)
    const of = token.norm === "of" || (FOREIGN_OF.test(token.norm) && last === i - 1 && gap === " ");
    if (of && tokens.slice(at, i).some((t) => ORGANISATION_SUFFIXES.test(t.norm) || BODY_HEADS.test(t.norm))) {
      const from = tokens[i + 1]?.norm === "the" ? i + 2 : i + 1;
      const country = isNameToken(tokens[from]) ? gazetteerAt(tokens, from, text) : undefined;
      const goesOn = country ? isNameToken(tokens[from + country.length]) : false;
      if (country && gazetteer.get(country.key)?.kind === "state" && (country.form !== "demonym" || goesOn)) {
        last = from + country.length - 1;
        i = last;
        continue;
      }
    }
    // "Independent Union of Resident Doctors": after a body's head and "of", a title word is the name's.
    const member = (t: number) =>
      !!tokens[t]?.capital &&
      PERSON_TITLES.has(tokens[t]?.norm ?? "") &&
      tokens[t - 1]?.norm === "of" &&
      isNameToken(tokens[t + 1]) &&
      tokens.slice(at, t).some((w) => ORGANISATION_SUFFIXES.test(w.norm));
    if (member(i)) continue;
    // "United Front for Renewal", "Movement for the Rights of Patients": after a body's head, "for"
    // and capitalised words go on with the name.
    if (token.norm === "for" && tokens.slice(at, i).some((t) => ORGANISATION_SUFFIXES.test(t.norm))) {
      const from = tokens[i + 1]?.norm === "the" ? i + 2 : i + 1;
      const gapped = tokens
        .slice(i, from + 1)
        .some((t, k) => k > 0 && /[,;:()“”"\n]/.test(text.slice(tokens[i + k - 1]?.end ?? 0, t.start)));
      if (!gapped && isNameToken(tokens[from]) && !gazetteerAt(tokens, from, text)) {
        i = from - 1;
        continue;
      }
    }
    // "Baku City Executive Power", "Anti-Corruption Prosecutor's Office": a title word inside a run
    // of capitalised words that ends in a body's head is the body's name, not a person's title.
    if (titleInName(text, tokens, i, to) && last === i - 1 && gap === " " && !previous.possessive) {
      last = i;
      continue;
    }
    const known = isNameToken(token) ? gazetteerAt(tokens, i, text) : undefined;
    // "the opposition Sovereign Latvia party": a country's name closing a party's name is the name's.
    const partyNoun = known ? tokens[i + known.length] : undefined;
    if (
      known?.form === "name" &&
      gazetteer.get(known.key)?.kind === "state" &&
      !tokens[i + known.length - 1]?.possessive &&
      partyNoun &&
      !partyNoun.capital &&
      /^(?:party|movement|alliance|bloc|front)$/.test(partyNoun.norm)
    ) {
      last = i + known.length - 1;
      break;
    }
    // "West Sweden Bus Workers' Union": a state's name inside a body's name goes on with it.
    // ("The Royal Oman Police": also where the state's name and the head after it would be one of
    // the state's institutions, "Oman Police".)
    const inside =
      known?.form === "name" && gazetteer.get(known.key)?.kind === "state"
        ? known.length
        : known?.form === "institution"
          ? stateNameLength(tokens, i)
          : 0;
    if (
      inside > 0 &&
      last === i - 1 &&
      !tokens[i + inside - 1]?.possessive &&
      bodyAfter(text, tokens, i + inside, to)
    ) {
      last = i + inside - 1;
      i = last;
      continue;
    }
    if (closingState(text, tokens, at, i, last, known, to)) {
      last = i + (known?.length ?? 1) - 1;
      break;
    }
    if (isNameToken(token) && !known) last = i;
    // "African National Congress": a one-word institution ending a longer name is that name's.
    else if (known?.length === 1 && known.form === "name" && gazetteer.get(known.key)?.kind !== "state") {
      last = i;
      break;
    } else if (token.norm === "and" && !joinsOneName(text, tokens, at, i, to)) break;
    else if (PARTICLE.test(token.norm) && token.norm.includes("-")) last = i;
    else if (PARTICLE.test(token.norm) && (isNameToken(tokens[i + 1]) || member(i + 1))) continue;
    else break;
  }
  // "the Rusizi fishermen's cooperative", "the San Miguel neighbourhood committee": after "the", a
  // name, one or two lower-case words and a civic body's head are that body's whole name.
  last = describedBodyEnd(text, tokens, at, last, to);
  const first = tokens[at] as Token;
  const lastToken = tokens[last] as Token;
  const sentenceStart = at === 0 || /[.!?“"\n—–:\[]\s*$/.test(text.slice(Math.max(0, first.start - 3), first.start));
  if (last === at && (sentenceStart || first.text.length < 3)) return undefined;
  // "GPS data", "their GPS", "CCTV footage": a thing's or a technique's acronym names no party.
  if (last === at && COMMON_ACRONYMS.test(first.text)) return undefined;
  if (last === at && !/^[\p{Lu}]{2,6}$/u.test(first.text) && !ORGANISATION_SUFFIXES.test(first.norm)) {
    // A single capitalised word mid-sentence: a name only if it is not a common word written with a capital.
    if (/^(?:I|I'm|I've|I'd|I'll|OK|God)$/.test(first.text)) return undefined;
  }
  // "the FDA's conclusions": the name without its possessive.
  const name = text.slice(first.start, lastToken.end).replace(/['’]s$/, "");
  const before = tokens[at - 1];
  const after = tokens[last + 1];
  // "Supporters' group X", "consumer group X": a civil group, not an armed one.
  // ("the Dutch seed group X", "mining group X": a lower-case trade before "group" is a business's.)
  const qualifier = tokens[at - 2];
  const civil =
    before?.norm === "group" &&
    (CIVIL_QUALIFIERS.test(qualifier?.norm ?? "") ||
      (!!qualifier &&
        !qualifier.capital &&
        /^\p{Ll}+$/u.test(qualifier.text) &&
        !ARMED_QUALIFIERS.test(qualifier.norm) &&
        !/^(?:the|a|an|its|their|his|her|of|and|by|from|with)$/.test(qualifier.norm)));
  // (The group noun is the name's own neighbour: not "... from the group. Coastal Watch Indonesia",
  // the word closing the sentence before.)
  const beside = (t: Token | undefined, from: number, to_: number) =>
    !!t && ARMED_GROUP_NOUNS.test(t.norm) && !/[.!?;\n]/.test(text.slice(from, to_));
  const groupWord =
    !civil &&
    (beside(before, before?.end ?? 0, first.start) || beside(after, lastToken.end, after?.start ?? lastToken.end));
  const kind = isMediaName(tokens, at, last) ? "media" : groupWord ? "armed_group" : "organisation";
  return { key: nameKey(name), name, kind, last };
}

/**
 * Whether the token at `i` is a capitalised title word ("Executive", "Prosecutor's", "General")
 * that capitalised words after it, a single space between, close with a body's head ("Executive
 * Power", "Prosecutor's Office", "General Labour Union"): then it is part of the body's name. A
 * title with its possessive goes on only into an office's head ("Prosecutor General's Office").
 */
export function titleInName(text: string, tokens: Token[], i: number, to: number): boolean {
  const token = tokens[i];
  if (!token?.capital || !PERSON_TITLES.has(token.norm) || i + 1 >= to) return false;
  const next = tokens[i + 1];
  if (!next?.capital || text.slice(token.end, next.start) !== " ") return false;
  if (token.possessive) return OFFICE_HEADS.test(next.norm) && !next.possessive;
  let k = i + 1;
  while (
    k + 1 < to &&
    k < i + 4 &&
    tokens[k + 1]?.capital &&
    !tokens[k]?.possessive &&
    text.slice(tokens[k]?.end ?? 0, tokens[k + 1]?.start ?? 0) === " "
  )
    k++;
  for (let j = i + 1; j <= k; j++)
    if (!PERSON_TITLES.has(tokens[j]?.norm ?? "") && !isNameToken(tokens[j])) return false;
  const closing = tokens[k];
  if (!closing || PERSON_TITLES.has(closing.norm)) return titledPossessive(text, tokens, i + 1, k, to);
  return ORGANISATION_SUFFIXES.test(closing.norm);
}

/** An office's heads that a title's possessive may open ("the Prosecutor General's Office", "the Mayor's Office"). */
const OFFICE_HEADS = /^(?:office|department|bureau|secretariat|chambers)$/;

/** Whether titles from `from` to `to` end in one with its possessive before an office's head ("General's Office"). */
function titledPossessive(text: string, tokens: Token[], from: number, last: number, to: number): boolean {
  const end = tokens[last];
  if (!end?.possessive || last + 1 >= to) return false;
  for (let j = from; j <= last; j++) if (!PERSON_TITLES.has(tokens[j]?.norm ?? "")) return false;
  const head = tokens[last + 1];
  return !!head && OFFICE_HEADS.test(head.norm) && text.slice(end.end, head.start) === " ";
}

/**
 * Where "of the" at `of` and the capitalised words after it end when they name an office-holder
 * ("of the President", "of the Auditor-General", "of the Australian Information Commissioner"): the
 * last of one to four words, a single space between, being a title; else -1.
 */
function heldOffice(text: string, tokens: Token[], of: number, to: number): number {
  const the = tokens[of + 1];
  if (the?.norm !== "the" || text.slice(tokens[of]?.end ?? 0, the.start) !== " ") return -1;
  let k = of + 2;
  if (!tokens[k]?.capital || text.slice(the.end, tokens[k]?.start ?? 0) !== " ") return -1;
  while (
    k + 1 < to &&
    k < of + 5 &&
    tokens[k + 1]?.capital &&
    !tokens[k]?.possessive &&
    text.slice(tokens[k]?.end ?? 0, tokens[k + 1]?.start ?? 0) === " "
  )
    k++;
  const end = tokens[k];
  return end && PERSON_TITLES.has(end.norm) && !end.possessive ? k : -1;
}

/** The heads of a civic body a name and its members' or its place's words may go before ("fishermen's cooperative"). */
const CIVIC_HEADS = /^(?:union|cooperative|co-operative|committee|association|council|federation)$/;

/**
 * Where a name from `at` to `last` goes on as a body named by it, one or two lower-case words and a
 * civic body's head ("the Rusizi fishermen's cooperative", "the San Miguel neighbourhood committee",
 * "the Kalinda dockers' union"), single spaces between: only after "the", never after a possessive
 * name ("the FAT's appeals committee", the body's own committee) or one the gazetteer knows (a
 * state's or a demonym's: "the Thai rice exporters' association" is settled elsewhere). Else `last`.
 */
function describedBodyEnd(text: string, tokens: Token[], at: number, last: number, to: number): number {
  if (tokens[at - 1]?.norm !== "the" || tokens[last]?.possessive || gazetteerAt(tokens, at, text)) return last;
  for (let k = last + 1; k <= last + 3 && k < to; k++) {
    const token = tokens[k];
    if (!token || token.capital || text.slice(tokens[k - 1]?.end ?? 0, token.start) !== " ") return last;
    if (k > last + 1 && CIVIC_HEADS.test(token.norm) && !token.possessive) return k;
    if (k === last + 3 || FUNCTION_WORDS.test(token.norm) || !/^\p{Ll}[\p{L}'’-]*$/u.test(token.text)) return last;
  }
  return last;
}

/** Heads of a state's body whose name may list its portfolios ("Ministry of Lands, Housing and Urban Development"). */
const PORTFOLIO_HEADS = /^(?:ministry|department|secretariat)$/;

/**
 * Whether the comma before `i` goes on with a ministry's name that lists its portfolios: the name
 * opens with a ministry's head and "of" or "for", and from `i` come portfolios (one to three
 * capitalised words each, no name the gazetteer knows, no body's own head, no possessive) set off
 * by commas, the last after "and", the list closing the phrase (punctuation or a lower-case word
 * after it, but not "the", "of" or "for" before a capitalised word, which carry another name on). Otherwise a comma after
 * a body's name begins a list of bodies ("the Ministry of Health, Oxfam and the Red Cross").
 */
function portfolios(text: string, tokens: Token[], at: number, i: number, to: number): boolean {
  const opened = tokens
    .slice(at, i - 1)
    .some((t, k) => PORTFOLIO_HEADS.test(t.norm) && /^(?:of|for)$/.test(tokens[at + k + 1]?.norm ?? ""));
  if (!opened) return false;
  const portfolioWord = (t: Token | undefined, k: number) =>
    !!t &&
    isNameToken(t) &&
    !t.possessive &&
    !/^\p{Lu}{2,}$/u.test(t.text) &&
    !ORGANISATION_SUFFIXES.test(t.norm) &&
    !gazetteerAt(tokens, k, text);
  let k = i;
  let items = 0;
  let words = 0;
  while (k < to && items < 5) {
    const t = tokens[k];
    if (!portfolioWord(t, k) || ++words > 3) return false;
    const next = tokens[k + 1];
    const gap = next ? text.slice(t?.end ?? 0, next.start) : "";
    if (gap === " " && next?.norm === "and") {
      // The last portfolio: capitalised words after "and", then the phrase ends.
      let last = k + 2;
      if (!portfolioWord(tokens[last], last)) return false;
      while (
        last + 1 < to &&
        last < k + 4 &&
        text.slice(tokens[last]?.end ?? 0, tokens[last + 1]?.start ?? 0) === " " &&
        portfolioWord(tokens[last + 1], last + 1)
      )
        last++;
      const after = tokens[last + 1];
      const closing = after ? text.slice(tokens[last]?.end ?? 0, after.start) : "";
      const carriesOn = /^(?:the|of|for|and)$/.test(after?.norm ?? "") && !!tokens[last + 2]?.capital;
      return !after || /[,.;:()]/.test(closing) || (!after.capital && !carriesOn);
    }
    if (gap === ", ") {
      items++;
      words = 0;
    } else if (gap !== " ") return false;
    k++;
  }
  return false;
}

/** Heads that close a name joined by "and" besides a body's usual last words ("Food and Drug Administration"). */
const JOINED_NAME_HEADS =
  /^(?:administration|service|bureau|directorate|inspectorate|secretariat|centre|center|corps)$/;

/**
 * Whether "and" at `and` goes on with the name begun at `at` ("Ministry of Mines and Mining
 * Development", "Ghana Union of Nurses and Midwives", "Coffee and Cocoa Council", "Food and Drug
 * Administration"): a body's head before it opens the name with "of" or "for", or the capitalised
 * words after it close the name with a body's head. Otherwise two names are joined, two bodies
 * ("Holmgaard, Italy's Farmaceutici Velaria and Bohemia Generika of the Czech Republic had ...",
 * "clubs from Cochabamba and Santa Cruz"), and the more so when the first already ends in a head
 * ("Tarvos Seeds and Banat Agro"). "&" always joins one name ("Brunner & Keller").
 */
function joinsOneName(text: string, tokens: Token[], at: number, and: number, to: number): boolean {
  const head = (t: Token | undefined) => !!t && (ORGANISATION_SUFFIXES.test(t.norm) || JOINED_NAME_HEADS.test(t.norm));
  for (let t = at; t < and - 1; t++)
    if (ORGANISATION_SUFFIXES.test(tokens[t]?.norm ?? "") && /^(?:of|for)$/.test(tokens[t + 1]?.norm ?? ""))
      return true;
  if (head(tokens[and - 1])) return false;
  const last = capitalRunEnd(text, tokens, and + 1, 3, to);
  return last < to && !!tokens[last]?.capital && head(tokens[last]);
}

/**
 * "Coastal Watch Indonesia, an environmental organisation,", "Velmora Bulgaria's Solaris 44
 * hybrid": a state's name (its name, not a demonym) right after a run of name words, a single
 * space between, and closing the run (punctuation, a lower-case word or its own possessive after
 * it) is the last word of the body's name (a country's branch, unit or chapter), not the country
 * beside the body. Not after a lone word opening a sentence ("Unlike Kenya, ..."), which may be a
 * common word written with a capital.
 */
function closingState(
  text: string,
  tokens: Token[],
  at: number,
  i: number,
  last: number,
  known: { key: string; length: number; form: string } | undefined,
  to: number,
): boolean {
  if (!known || gazetteer.get(known.key)?.kind !== "state") return false;
  // ("Drug Free Sport New Zealand": a state whose demonym is its own name, "New Zealand", is named by it.)
  if (known.form !== "name" && !lookupPhrase(tokens, i)?.hits.some((hit) => hit.form === "name")) return false;
  const previous = tokens[i - 1];
  const token = tokens[i];
  const end = i + known.length - 1;
  const closing = tokens[end];
  if (last !== i - 1 || end >= to || !previous || !token || !closing || previous.possessive) return false;
  if (text.slice(previous.end, token.start) !== " ") return false;
  const after = tokens[end + 1];
  const endsRun = closing.possessive || !after?.capital || text.slice(closing.end, after.start) !== " ";
  if (!endsRun) return false;
  const first = tokens[at] as Token;
  const opensSentence = at === 0 || /[.!?“"\n—–:\[]\s*$/.test(text.slice(Math.max(0, first.start - 3), first.start));
  return !(last === at && opensSentence);
}

/** A news medium's last word ("Daily News", "Gulf Times", "Morning Post"). */
export const MEDIA_NAME_ENDS =
  /^(?:news|times|post|herald|gazette|tribune|journal|chronicle|telegraph|wire|press|report|observer|monitor|fm|tv|vesti|novosti|noticias|gazeta|zeitung|nachrichten)$/;
/** A wire service's two last words ("Steppe News Agency", "Pacific Wire Service", "Continental News Service"). */
const MEDIA_SERVICE_ENDS = /^(?:news|wire|press) (?:agency|service)$/;

/**
 * Whether a name of two words or more ends in a news medium's word ("Daily News", "Mekong Wire",
 * "Iberia Press") or, of three or more, in a wire service's two ("Andes News Agency").
 */
export function endsAsMedia(tokens: Token[], at: number, last: number): boolean {
  if (last <= at) return false;
  if (MEDIA_NAME_ENDS.test(tokens[last]?.norm ?? "")) return true;
  return last - 1 > at && MEDIA_SERVICE_ENDS.test(`${tokens[last - 1]?.norm} ${tokens[last]?.norm}`);
}
/** A news medium's noun right before its name ("the state news agency INA", "the newspaper Kathimerini"). */
const MEDIA_NOUNS = /^(?:newspaper|daily|tabloid|broadcaster|weekly|magazine|outlet|channel|television|tv|radio)$/;

/**
 * "The state-run Daily News", "the state news agency INA", "broadcaster RTS": a news medium, which
 * relays what others say (an intermediary), never a side. By a medium's last word (the name two
 * words or more) or a medium's noun right before the name.
 */
export function isMediaName(tokens: Token[], at: number, last: number): boolean {
  if (endsAsMedia(tokens, at, last)) return true;
  const before = tokens[at - 1];
  if (!before || before.capital) return false;
  return MEDIA_NOUNS.test(before.norm) || (before.norm === "agency" && tokens[at - 2]?.norm === "news");
}

/**
 * Whether a region's name at `place` (of `length` tokens; the gazetteer's places: "Sahel", "Central
 * Asia") opens a name whose capitalised words after it end in a body's head ("Sahel Agro-Industries
 * SA", "Sahel Press Agency"): then it is that name's first word, no place.
 */
export function placeOpensBody(text: string, tokens: Token[], place: number, length: number, to: number): boolean {
  const end = place + length - 1;
  return !tokens[end]?.possessive && bodyAfter(text, tokens, end + 1, to);
}

/** Capitalised words from `at`, joined by single spaces, ending in a body's word ("Bus Workers' Union"). */
function bodyAfter(text: string, tokens: Token[], at: number, to: number): boolean {
  if (!tokens[at]?.capital || text.slice(tokens[at - 1]?.end ?? 0, tokens[at]?.start ?? 0) !== " ") return false;
  const end = tokens[capitalRunEnd(text, tokens, at, 4, to)]?.norm ?? "";
  return ORGANISATION_SUFFIXES.test(end) || BODY_HEADS.test(end);
}

/**
 * Heads of a body's name that ORGANISATION_SUFFIXES lacks ("Royal Oman Police", "Nigeria Labour
 * Congress", "Office du Niger"): with a state's name inside the name, they close it.
 */
export const BODY_HEADS = /^(?:police|congress|service|force|office|bureau|secretariat|directorate|chamber)$/;

/** Words inside a body's name that its acronym leaves out. */
const ACRONYM_GLUE = /^(?:and|of|for|in|on|the|&)$/;

/**
 * Where capitalised words from `at` end when the acronym in brackets right after them spells their
 * initials ("Pharmaceuticals and Medical Devices Agency (PMDA)"; the glue words "and", "of", "for",
 * "the" left out), at least one glue word among them and three words in all; else -1.
 */
function spelledByAcronym(text: string, tokens: Token[], at: number, to: number): number {
  if (!tokens[at]?.capital) return -1;
  let initials = "";
  let glued = false;
  for (let k = at; k < Math.min(to, at + 10); k++) {
    const token = tokens[k] as Token;
    if (k > at && text.slice(tokens[k - 1]?.end ?? 0, token.start) !== " ") return -1;
    if (token.capital) initials += token.text[0];
    else if (ACRONYM_GLUE.test(token.norm) && k > at) glued = true;
    else return -1;
    if (token.possessive) return -1;
    const after = text.slice(token.end, token.end + 12);
    const acronym = /^ \((\p{Lu}{3,8})\)/u.exec(after)?.[1];
    if (acronym && token.capital) return acronym === initials && glued && k - at >= 2 ? k : -1;
  }
  return -1;
}

/** The length of a state's own name (not its demonym) at `at`, or 0. */
function stateNameLength(tokens: Token[], at: number): number {
  const found = lookupPhrase(tokens, at);
  return found?.hits.some((hit) => hit.form === "name" && gazetteer.get(hit.id)?.kind === "state") ? found.length : 0;
}

/** Particles that stand for "of" inside a French, Spanish, Italian or Portuguese body's name. */
const FOREIGN_OF = /^(?:du|de|des|del|della|di|do|da)$/;

/** The last of the capitalised words that go on from `from` as one name: at most `most` more, before `to`. */
function capitalRunEnd(text: string, tokens: Token[], from: number, most: number, to: number): number {
  let last = from;
  while (
    last + 1 < to &&
    last < from + most &&
    tokens[last + 1]?.capital &&
    spacedInName(text, tokens[last], tokens[last + 1])
  )
    last++;
  return last;
}

/** The key part of a name met ("Harbor Telecom" → "harbor-telecom"). */
export const nameKey = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-");

/** The key of an organisation found by its name (the name unknownName gives, a body described). */
export const organisationKey = (name: string): string => `org-${nameKey(name)}`;

/** "ANC" after "African National Congress": an acronym of a name already met is that actor. */
export function acronymOf(book: ActorBook, word: string): string | undefined {
  if (!/^[\p{Lu}]{2,6}$/u.test(word)) return undefined;
  for (const actor of book.entries.values()) {
    if (actor.kind === "person" || actor.kind === "state") continue;
    const initials = actor.name
      .split(/\s+/)
      .filter((part) => !/^(?:and|of|the|for|&)$/i.test(part))
      .map((part) => part[0])
      .join("");
    if (initials === word) return actor.key;
  }
  return undefined;
}
