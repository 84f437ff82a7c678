// People who act together without a name of their own: "Villagers in Huaraya", "Families of
// patients", "Parents at Oakfield Academy". Wire reports often let such a group accuse a company
// or a council, and then call it "the families" or "residents"; no gazetteer can list them, so
// they are recognised by their noun. A capitalised group noun (opening its sentence) founds the
// actor; afterwards the same noun, with or without "the", is that actor again.
import type { ActorBook } from "./actors";
import { REPORTING_FORMS } from "./lexicon";
import type { Token } from "./text";

const GROUP_NOUNS =
  /^(?:parents|families|relatives|residents|villagers|farmers|fishermen|fans|supporters|pilots|nurses|doctors|teachers|workers|miners|employees|students|patients|passengers|customers|shareholders|investors|tenants|victims|survivors|protesters|campaigners|homeowners|neighbours|neighbors)$/;
const PROFESSIONS = /^(?:doctors|nurses|teachers|workers|employees|pilots|miners)$/;
/** Words joining the noun to what it belongs to: "of patients", "at Oakfield Academy", "in Huaraya". */
const BELONGING = /^(?:of|at|in|from)$/;

export interface Collective {
  key: string;
  /** Index of the phrase's last token. */
  last: number;
}

/** The collective actor a group noun at `at` names, founding it when the noun opens a phrase with a capital. */
export function collectiveAt(
  text: string,
  tokens: Token[],
  at: number,
  to: number,
  book: ActorBook,
): Collective | undefined {
  const described = describedBody(text, tokens, at, to, book);
  if (described) return described;
  const blamed = blamedGroup(text, tokens, at, to, book);
  if (blamed) return blamed;
  const qualified = qualifiedGroup(text, tokens, at, book);
  if (qualified) return qualified;
  const token = tokens[at];
  if (!token) return undefined;
  const key = `group-${token.norm}`;
  // "the owners" after "blamed factory owners": the group founded by its head noun.
  if (!GROUP_NOUNS.test(token.norm)) return book.get(key) && !token.capital ? { key, last: at } : undefined;
  if (book.get(key)) {
    // "the families": the group named before; "the families' lawyer" too.
    return { key, last: at };
  }
  if (!token.capital) return undefined;
  // A capitalised noun inside a name ("Kelvinside Supporters' Trust") belongs to that name.
  const previous = tokens[at - 1];
  if (previous?.capital && text.slice(previous.end, token.start) === " ") return undefined;
  const next = tokens[at + 1];
  if (next && !/^[\s]+$/.test(text.slice(token.end, next.start))) return undefined;
  if (next?.capital && !BELONGING.test(next.norm)) return undefined;
  // Founding takes a subject's shape ("Residents of X", "Villagers accused"), so "Nurses are caring
  // for ..." inside a quote stays a common noun.
  // ("Fans gathered outside ...", "Villagers blocked the road": a past verb of what they did.)
  const acted =
    !!next && !next.capital && /^\p{Ll}{3,}ed$/u.test(next.norm) && at > 0 && atSentenceStart(text, token.start);
  if (!next || !(BELONGING.test(next.norm) || REPORTING_FORMS.has(next.norm) || acted)) return undefined;
  // "Doctors at Lakeview Memorial Hospital" are that hospital's staff, not a side of their own.
  if (PROFESSIONS.test(token.norm) && /^(?:at|from)$/.test(next.norm)) return undefined;
  let last = at;
  const owner = tokens[at + 2];
  if (next && BELONGING.test(next.norm) && owner && at + 2 < to) {
    if (owner.capital) {
      // "Parents at Oakfield Academy": the capitalised run is the place or body they belong to.
      last = at + 2;
      while (
        last + 1 < to &&
        tokens[last + 1]?.capital &&
        text.slice(tokens[last]?.end ?? 0, tokens[last + 1]?.start) === " "
      )
        last++;
    } else if (owner.norm !== "the" && !owner.capital) {
      // "Families of patients": one common noun says whose.
      last = at + 2;
    }
  }
  const name = text.slice(token.start, tokens[last]?.end ?? token.end);
  const actor = book.add(key, name, "organisation");
  book.addAlias(actor, token.norm);
  return { key, last };
}

/** Whether an offset opens a sentence outside quotation marks (after ". " or a paragraph's start). */
const atSentenceStart = (text: string, at: number) => /(?:^|\n|[.!?]\s+)$/.test(text.slice(Math.max(0, at - 3), at));

/** Plural nouns of people that act together once a word before them says which ("Trade unions", "Opposition lawmakers"). */
const QUALIFIED_NOUNS =
  /^(?:unions|activists|traders|drivers|residents|villagers|farmers|fishermen|fans|supporters|parents|families|workers|miners|teachers|nurses|doctors|students|protesters|campaigners|lawmakers|legislators|deputies|senators|mps)$/;
const QUANTIFIERS = /^(?:many|several|few|most|some|dozens|hundreds|thousands|more|other|two|three|the|a|an|all|both)$/;

/**
 * "Trade unions have threatened street protests ...", "Opposition lawmakers blamed ...": a
 * capitalised word opening the sentence and a plural noun of people, then a verb of what they do,
 * found a collective named by both words (not "Many residents said", a vague source).
 */
function qualifiedGroup(text: string, tokens: Token[], at: number, book: ActorBook): Collective | undefined {
  const word = tokens[at];
  const noun = tokens[at + 1];
  // "Opposition members of the city council", "Opposition lawmakers in the Flemish Parliament": the
  // assembly they sit in is part of the group's name, and the verb comes after it.
  const seat = word?.norm === "opposition" ? assemblySeat(text, tokens, at + 2) : undefined;
  const last = seat ?? at + 1;
  const verb = tokens[last + 1];
  const opposition = word?.norm === "opposition" && OPPOSITION_NOUNS.test(noun?.norm ?? "");
  if (!word?.capital || !noun || !verb || noun.capital || !(QUALIFIED_NOUNS.test(noun.norm) || opposition))
    return undefined;
  if (QUANTIFIERS.test(word.norm) || GROUP_NOUNS.test(word.norm) || !/^\p{Lu}\p{Ll}+$/u.test(word.text))
    return undefined;
  if (text.slice(word.end, noun.start) !== " " || text.slice(tokens[last]?.end ?? 0, verb.start) !== " ")
    return undefined;
  if (!atSentenceStart(text, word.start)) return undefined;
  const acts =
    REPORTING_FORMS.has(verb.norm) ||
    /^(?:have|has|had)$/.test(verb.norm) ||
    (!verb.capital && /^\p{Ll}{3,}ed$/u.test(verb.norm));
  if (!acts) return undefined;
  const key = `group-${noun.norm}`;
  const name = text.slice(word.start, noun.end);
  const actor = book.get(key) ?? book.add(key, text.slice(word.start, tokens[last]?.end ?? noun.end), "organisation");
  book.addAlias(actor, name);
  book.addAlias(actor, noun.norm);
  return { key, last };
}

/** The opposition's members of a body, who act together once "Opposition" says which. */
const OPPOSITION_NOUNS = /^(?:members|councillors|councilors)$/;
/** An assembly's head noun ("city council", "Flemish Parliament"). */
const ASSEMBLY_HEADS = /^(?:council|parliament|assembly|legislature|senate|chamber)$/;

/** "of the city council", "in the Flemish Parliament" from `at`: the index of the assembly's head noun. */
function assemblySeat(text: string, tokens: Token[], at: number): number | undefined {
  if (!/^(?:of|in)$/.test(tokens[at]?.norm ?? "") || tokens[at + 1]?.norm !== "the") return undefined;
  for (let head = at + 2; head <= at + 4; head++) {
    const token = tokens[head];
    if (!token || /[,.;:]/.test(text.slice(tokens[head - 1]?.end ?? 0, token.start))) return undefined;
    if (ASSEMBLY_HEADS.test(token.norm)) return head;
  }
  return undefined;
}

const BLAME_FORMS = /^(?:blamed|blames|blaming|accused|accuses|accusing)$/;
/** "demanded that clubs pay ...", "urged employers to ...": a demand's addressee, a bare plural. */
const DEMAND_FORMS = /^(?:demanded|demands|demanding|urged|urges|urging)$/;
/** Plurals of bodies that act together unnamed ("clubs", "banks", "landlords"). */
const BODY_PLURAL =
  /^(?:clubs|companies|firms|banks|airlines|hospitals|schools|universities|landlords|carriers|insurers|lenders|retailers|supermarkets|mines|factories|councils|municipalities)$/;
const NOT_GROUP_WORDS =
  /^(?:the|a|an|its|their|his|her|our|my|your|them|us|him|it|both|all|some|those|these|this|that|each|other|others|any|no|local|foreign|state|government|officials)$/;
/** Plurals of people by what they do or are ("owners", "makers", "tappers", "residents", "fishermen"). */
const PLURAL = /^(?!\p{Ll}+ments$)\p{Ll}[\p{Ll}-]{2,}(?:ers|ors|ists|ants|ents|ians|men|ees)$/u;

/**
 * "blamed factory owners for ...", "accused illegal miners of ...": a blaming verb's object that is a
 * bare plural of common words is a collective of its own, named by the phrase (never a guessed
 * named actor); "the owners" later is the same.
 */
function blamedGroup(text: string, tokens: Token[], at: number, to: number, book: ActorBook): Collective | undefined {
  // ("demanded that clubs pay": past the "that" of a demand.)
  const that = tokens[at - 1]?.norm === "that" && DEMAND_FORMS.test(tokens[at - 2]?.norm ?? "");
  const verb = that ? tokens[at - 2] : tokens[at - 1];
  const demand = !!verb && DEMAND_FORMS.test(verb.norm);
  if (!verb || !(BLAME_FORMS.test(verb.norm) || demand)) return undefined;
  if (!that && text.slice(verb.end, tokens[at]?.start ?? 0) !== " ") return undefined;
  // A demand's addressee is a group only by a body's plural: "urged residents to" stays as it was.
  if (demand && !BODY_PLURAL.test(tokens[at]?.norm ?? "")) return undefined;
  let last = at - 1;
  while (last + 1 < to && last < at + 2) {
    const next = tokens[last + 1] as Token;
    if (
      next.capital ||
      NOT_GROUP_WORDS.test(next.norm) ||
      !/^['’]?\s$|^ $/.test(text.slice(tokens[last]?.end ?? 0, next.start))
    )
      break;
    last++;
    if (PLURAL.test(next.norm) || (demand && BODY_PLURAL.test(next.norm))) break;
  }
  const head = tokens[last];
  if (last < at || !head || !(PLURAL.test(head.norm) || (demand && BODY_PLURAL.test(head.norm))) || head.possessive)
    return undefined;
  // What follows says what they are blamed for, or ends the clause.
  const after = tokens[last + 1];
  const gap = text.slice(head.end, after?.start ?? text.length);
  if (after && gap === " " && !demand && !/^(?:for|of|over|on|after|in|at|and|who|that|whom|as)$/.test(after.norm))
    return undefined;
  const key = `group-${head.norm}`;
  const name = text.slice(tokens[at]?.start ?? 0, head.end);
  const actor = book.get(key) ?? book.add(key, name, "organisation");
  book.addAlias(actor, `the ${head.norm}`);
  return { key, last };
}

/** Bodies a subject can describe instead of naming: "A cooperative of cocoa farmers", "A federation of unions". */
const BODY_NOUNS = /^(?:cooperative|federation|association|union|coalition|alliance|network|group|committee|council)$/;
const PLACE_WORDS = /^(?:in|near|from|across|around)$/;

/**
 * "A cooperative of artisanal fishermen in Ecuador's El Oro province said ...": a body described by
 * its members opening a sentence is an actor of its own; the place after it says only where it is,
 * so the whole phrase is the mention and the place is no side. "The cooperative" later is the same.
 */
function describedBody(text: string, tokens: Token[], at: number, to: number, book: ActorBook): Collective | undefined {
  const article = tokens[at];
  const noun = tokens[at + 1];
  if (!article || !noun || !/^(?:a|an)$/.test(article.norm) || !article.capital) return undefined;
  if (!BODY_NOUNS.test(noun.norm) || noun.capital || tokens[at + 2]?.norm !== "of") return undefined;
  if (!/(?:^|\n|[.!?]["”’]?\s+|[—–-]\s+)$/.test(text.slice(Math.max(0, article.start - 4), article.start)))
    return undefined;
  const gap = (i: number) => text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0);
  // Its members: lower-case words ("artisanal fishermen", "garment workers' unions").
  let last = at + 2;
  while (last + 1 < to && last < at + 7 && !tokens[last + 1]?.capital && /^['’]?\s$/.test(gap(last + 1))) {
    const next = tokens[last + 1] as Token;
    if (PLACE_WORDS.test(next.norm) || REPORTING_FORMS.has(next.norm) || /^(?:who|which|that|and)$/.test(next.norm))
      break;
    last++;
  }
  if (last === at + 2) return undefined;
  const members = last;
  // Where they are: "in western Ivory Coast", "in Bangladesh's Ashulia industrial belt".
  if (PLACE_WORDS.test(tokens[last + 1]?.norm ?? "")) {
    let place = last + 1;
    while (place + 1 < to && place < last + 8 && /^['’]?\s$/.test(gap(place + 1))) {
      const next = tokens[place + 1] as Token;
      if (REPORTING_FORMS.has(next.norm) || /^(?:who|which|that|and|on)$/.test(next.norm)) break;
      place++;
    }
    if (place > last + 1) last = place;
  }
  const key = `group-${noun.norm}`;
  if (book.get(key)) return undefined;
  const name = text.slice(noun.start, tokens[members]?.end ?? noun.end);
  const actor = book.add(key, name, "organisation");
  book.addAlias(actor, text.slice(article.start, tokens[last]?.end ?? noun.end));
  book.addAlias(actor, text.slice(noun.start, tokens[last]?.end ?? noun.end));
  book.addAlias(actor, `the ${noun.norm}`);
  return { key, last };
}

/** "Lawyers for 112 families", "a lawyer representing the villagers", "which represents the families". */
const CLIENTS =
  /\b(?:(?:lawyers?|attorneys?|solicitors?|counsel)\s+(?:for|representing)|(?:which|that|who)\s+represents)\s+(?:the\s+|some\s+)?(?:[\d,]+\s+|more\s+than\s+[\d,]+\s+|dozens\s+of\s+|hundreds\s+of\s+)?(?:of\s+the\s+)?(\p{Ll}+)\b/u;

/**
 * The group a lawyer speaks for: news gives a lawyer's side by the clients ("Lawyers for 112
 * families said", "X, a lawyer for the villagers,", "X of a law firm which represents the
 * families"), never by the law firm. The group actor, founded when not yet known.
 */
export function clientGroup(words: string, book: ActorBook): string | undefined {
  const match = CLIENTS.exec(words);
  const noun = match?.[1];
  if (!match || !noun || !GROUP_NOUNS.test(noun)) return undefined;
  // (Founded here, the group is the clients, not every later "families" in the text: "housing for families".)
  const known = book.get(`group-${noun}`);
  const actor = known ?? book.get(`clients-${noun}`) ?? book.add(`clients-${noun}`, `The ${noun}`, "organisation");
  book.addAlias(actor, `the ${noun}`);
  return actor.key;
}

/** Plural nouns of people a report lets speak as one without founding them: "residents said", "Some customers said". */
const VOICED_NOUNS =
  /^(?:residents|villagers|families|relatives|drivers|customers|passengers|fishermen|farmers|parents|tenants|traders|vendors|survivors|victims|homeowners|neighbours|neighbors|commuters|motorists|shoppers|depositors|athletes|households|consumers|growers|herders)$/;
/** A sentence's opening phrase naming a place: "In Jonava, ", "In Karasu, where most of them live, ". */
const OPENING_PLACE =
  /(?:^|[.!?]["”’]?\s+|\n\s*)(?:In|At) (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,3}),(?: where [^,.“”"]{1,100},)?\s*$/u;
/** Words before the noun that say how many or which, not whose: "Some", "Many local", "angry". */
const VOICE_COUNTS = /^(?:some|many|several|most|other|local|angry|few|dozens|hundreds|thousands|of)$/;

/**
 * The group a vague plural voice speaks for (events/eval/README.md, "Conventions for sides"): a
 * subject that is only a plural noun of people of the story, with words that count them ("Some
 * customers", "Many residents", "local residents") and at most one word that says which ("former
 * athletes"), and no body named ("Residents said ...", "Commuters say ...", "while residents
 * accused ..."). The group's actor, founded when not yet known ("Residents of X" founded before is
 * the same); a voice named only by its view or trade ("Critics", "analysts", "experts",
 * "observers") is none of these nouns and stays vague.
 */
export function pluralVoice(text: string, tokens: Token[], book: ActorBook): string | undefined {
  const noun = tokens.at(-1);
  if (!noun || noun.possessive || !VOICED_NOUNS.test(noun.norm) || tokens.length > 4) return undefined;
  if (/^['’]/.test(text.slice(noun.end, noun.end + 1))) return undefined;
  const before = tokens.slice(0, -1);
  if (before.some((token, i) => token.possessive || (token.capital && i > 0) || /\d/.test(token.text)))
    return undefined;
  const which = before.filter((token) => !VOICE_COUNTS.test(token.norm));
  if (which.length > 1 || which.some((token) => !/^\p{Ll}+$/u.test(token.norm))) return undefined;
  const modifier = which[0]?.norm;
  const key = modifier ? `group-${modifier}-${noun.norm}` : `group-${noun.norm}`;
  const words = modifier ? `${modifier} ${noun.norm}` : noun.norm;
  const known = book.get(key);
  if (known) {
    book.addAlias(known, words);
    return known.key;
  }
  // "In Jonava, residents said ...": founded, the group is named by the place its sentence opens with.
  const first = tokens[0] as Token;
  const place = OPENING_PLACE.exec(text.slice(Math.max(0, first.start - 160), first.start))?.[1];
  const name = place ? `${words} of ${place}` : words;
  const actor = book.add(key, name.charAt(0).toUpperCase() + name.slice(1), "organisation");
  book.addAlias(actor, words);
  return actor.key;
}
const VOICE_QUANTIFIERS = /^(?:some|many|several|most|other|local|angry)$/;
const VOICE_VERBS = /^(?:said|say|says|told|complained|complain|accused|blamed|pointed)$/;

/**
 * The group a sentence lets speak in the plural ("In Jonava, residents said they had reported the
 * smell ...", "At the crossing itself, drivers said ...", "Some customers said ...", "Many residents
 * also pointed to the quarry"): a plural noun of people as the subject of a verb of speech or blame,
 * at the sentence's start or after its opening phrase. Founded as a collective when not yet known
 * (the one "Residents of X" founded is the same), so a member quoted right after can speak for it.
 */
export function voicedGroup(text: string, tokens: Token[], book: ActorBook): string | undefined {
  for (const [i, token] of tokens.entries()) {
    if (!VOICED_NOUNS.test(token.norm)) continue;
    const complement = complementEnd(text, tokens, i);
    let verb = complement + 1;
    if (/^(?:also|had|have|\p{Ll}+ly)$/u.test(tokens[verb]?.norm ?? "")) verb++;
    if (!VOICE_VERBS.test(tokens[verb]?.norm ?? "")) continue;
    // The noun opens the subject: the sentence's first word, or after a quantifier or an opening phrase's comma.
    const before = tokens[i - 1];
    const opens =
      i === 0 ||
      (before !== undefined &&
        VOICE_QUANTIFIERS.test(before.norm) &&
        (i === 1 || /,\s*$/.test(text.slice(tokens[i - 2]?.end ?? 0, before.start)))) ||
      /,\s*$/.test(text.slice(before?.end ?? 0, token.start));
    if (!opens) continue;
    const key = `group-${token.norm}`;
    // ("Traders at El Alto's 16 de Julio market", "Drivers waiting in a queue": the group as its
    // sentence names it, up to a relative clause or a comma, is its name or one more of its names.)
    const named = namedByComplement(text, tokens, i, complement);
    const known = book.get(key);
    const actor =
      known ?? book.add(key, named ?? token.norm.charAt(0).toUpperCase() + token.norm.slice(1), "organisation");
    book.addAlias(actor, token.norm);
    if (named && known) book.addAlias(actor, named);
    return actor.key;
  }
  return undefined;
}

/** The words from a group's noun to its complement's end, before any relative clause or comma ("Residents of Maroua"). */
function namedByComplement(text: string, tokens: Token[], at: number, last: number): string | undefined {
  let end = at;
  for (let j = at + 1; j <= last; j++) {
    const token = tokens[j] as Token;
    if (/^(?:who|which|that|where|whose)$/.test(token.norm)) break;
    if (text.slice(tokens[j - 1]?.end ?? 0, token.start) !== " ") break;
    end = j;
  }
  if (end === at) return undefined;
  const name = text.slice(tokens[at]?.start ?? 0, tokens[end]?.end ?? 0);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Words joining a group's noun to where or what its members are: "of Semenyih", "at El Alto's market". */
const COMPLEMENT_OPENS = /^(?:of|at|in|from|on|near|along|outside|across|around)$/;
/** The verb or other word that ends a subject's complement before its own verb. */
const COMPLEMENT_STOPS = /^(?:and|or|but|not|is|are|was|were|has|have|had|will|would|could|should|may|might)$/;

/**
 * The index of the last token of a group noun's complement, the words between the noun and its
 * verb that say which of them speak ("Residents of Semenyih said", "Traders at El Alto's 16 de
 * Julio market said", "Residents of Maroua, the region's main city, said", "Drivers waiting in a
 * queue that stretched 14 kilometres south said", "Some shoppers who stopped to watch the convoy
 * said"): a phrase of belonging, a participle or a relative clause, or an apposition set off by
 * commas, up to the first verb of speech or blame. The noun itself when there is none (or no such
 * verb ends it within the sentence's subject).
 */
function complementEnd(text: string, tokens: Token[], at: number): number {
  const first = tokens[at + 1];
  if (!first) return at;
  const gap = text.slice(tokens[at]?.end ?? 0, first.start);
  const opens =
    (gap === " " && (COMPLEMENT_OPENS.test(first.norm) || /^(?:who|\p{Ll}{3,}ing)$/u.test(first.norm))) ||
    (gap === ", " && (first.norm === "where" || !first.capital || /^(?:the|a|an)$/.test(first.norm)));
  if (!opens) return at;
  // (Inside an aside set off by commas, ", where most families heat their homes with coal or
  // briquettes,", any words; outside it, a conjunction or a finite verb ends the subject.)
  let aside = gap.includes(",");
  for (let j = at + 1; j < tokens.length && j <= at + 24; j++) {
    const token = tokens[j] as Token;
    const before = text.slice(tokens[j - 1]?.end ?? 0, token.start);
    if (/[“”"«»;:()]/.test(before)) return at;
    if (j > at + 1 && before.includes(",")) aside = !aside;
    if (VOICE_VERBS.test(token.norm) && !token.capital) {
      // (A comma opened it, a comma closes it: ", the region's main city, said".)
      if (gap.includes(",") && !/,\s*$/.test(before)) return at;
      return j - 1;
    }
    if (!aside && COMPLEMENT_STOPS.test(token.norm)) return at;
  }
  return at;
}

/** Words that make a council a state's ("National Security Council", "Supreme Council", "Council of Ministers"). */
const STATE_COUNCIL =
  /^(?:security|defence|defense|ministers|state|supreme|constitutional|judicial|electoral|legislative|municipal|city|town|county|district|provincial|regional|federal|executive|privy|presidential|revolutionary|military|transitional|governors)$/;

/**
 * "The Austrian Chamber of Pharmacists", "The Honduran National Council of Transporters", "The
 * Honduran Private Enterprise Council": a chamber or a council whose name a demonym opens is its
 * members' body (traders, producers, a profession), not the state's; the demonym is part of its
 * name. The capitalised words from `at` end in "Chamber" or "Council", before "of" or the name's
 * end; none of them says a state's council.
 */
export function membersBodyAt(text: string, tokens: Token[], at: number, to: number): boolean {
  let last = at;
  while (
    last + 1 < to &&
    last < at + 4 &&
    tokens[last + 1]?.capital &&
    text.slice(tokens[last]?.end ?? 0, tokens[last + 1]?.start ?? 0) === " "
  )
    last++;
  if (!/^(?:chamber|council)$/.test(tokens[last]?.norm ?? "")) return false;
  const words = tokens.slice(at, last + 1).map((token) => token.norm);
  // "... Council of Ministers": the words after "of" say whose council it is too.
  if (tokens[last + 1]?.norm === "of" && tokens[last + 2]?.capital) words.push(tokens[last + 2]?.norm ?? "");
  return !words.some((word) => STATE_COUNCIL.test(word));
}
