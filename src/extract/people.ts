// People the text names, found in one pass before anything else so a later surname, "the
// spokesman" or "Assad troops" can be resolved: a name with a title before it, an appositive
// after it ("John Smith, a State Department spokesperson,") or a reporting verb beside it.
import type { ActorBook } from "./actors";
import { slugify } from "./actors";
import { clientGroup } from "./collectives";
import {
  ORGANISATION_NOUNS,
  ORGANISATION_SUFFIXES,
  PERSON_TITLES,
  PUBLIC_BODY_HEADS,
  REPORTING_FORMS,
  TIME_WORDS,
} from "./lexicon";
import { gazetteerAt } from "./lookup";
import { isMediaName, organisationKey } from "./names";
import { INSTITUTION_NOUNS } from "./references";
import { normalize, normsOf, type Token } from "./text";
import { affiliationOf, organisationPrefixes, portfolioOpens, TITLE_PARTS } from "./titles";

export interface Person {
  key: string;
  name: string;
  surname: string;
  title?: string;
  /** The institution spoken for (a book key), when the title or an appositive says. */
  affiliation?: string;
  /** The state that institution rolls up to. */
  state?: string;
  /** Where the text first names them. */
  at: number;
  /** Named as someone's relative ("his daughter, X"): a private person who may speak for the family. */
  kin?: boolean;
  /**
   * The affiliation was guessed from the words around the name, not said by them: the last body
   * named before a bare title ("a spokeswoman, X": "body"), the story's state's military for a bare
   * rank ("Colonel X": "rank"). The body the sentence before made its speaking subject says it more
   * surely (sides.ts).
   */
  guessed?: "body" | "rank";
}

/** A role the text gives without a name ("a U.S. State Department spokesman"), for "the spokesman" later. */
export interface Role {
  title: string;
  affiliation: string;
  at: number;
}

const PARTICLE = /^(?:al|el|bin|ibn|de|da|van|von|del|der|di|la|le|abu|bint)(?:-.+)?$/;
const NOT_NAMES =
  /^(?:the|a|an|and|but|or|in|on|at|of|to|for|with|by|as|he|she|it|they|we|i|you|this|that|these|those|there|if|when|while|after|asked|according|meanwhile|however|fine|thousands|currently|although|both|his|her|their|its|our|mr|mrs|ms|dr|said|says)$/;

const isCapitalWord = (token: Token | undefined) =>
  !!token && token.capital && !NOT_NAMES.test(token.norm) && !TIME_WORDS.test(token.norm);

export class People {
  readonly byKey = new Map<string, Person>();
  private readonly bySurname = new Map<string, Person>();
  private readonly byFirstWord = new Map<string, Person>();
  /** The first words of the names, so most tokens are rejected without building a key. */
  private readonly starts = new Set<string>();
  readonly roles: Role[] = [];

  add(person: Person): Person {
    const existing = this.byKey.get(person.key);
    if (existing) {
      if (!existing.affiliation && person.affiliation) {
        existing.affiliation = person.affiliation;
        if (person.state) existing.state = person.state;
      }
      if (!existing.title && person.title) existing.title = person.title;
      return existing;
    }
    this.byKey.set(person.key, person);
    for (const surname of surnames(person.name)) if (!this.bySurname.has(surname)) this.bySurname.set(surname, person);
    const firstWord = normalize(person.name.split(/\s+/)[0] ?? "");
    this.starts.add(firstWord);
    if (firstWord && person.name.includes(" ") && !this.byFirstWord.has(firstWord))
      this.byFirstWord.set(firstWord, person);
    return person;
  }

  /** The person named at token `at` (full name or surname alone): how many tokens the name takes. */
  at(tokens: Token[], at: number, to = tokens.length): { person: Person; length: number } | undefined {
    const first = tokens[at];
    if (!first || !(first.capital || PARTICLE.test(first.norm))) return undefined;
    for (let length = Math.min(4, to - at); length >= 1 && this.starts.has(first.norm); length--) {
      const words = tokens.slice(at, at + length);
      const key = slugify(words.map((token) => token.norm).join(" "));
      const person = this.byKey.get(key);
      if (person) return { person, length };
    }
    // Surnames first; failing that a first word, which is the family name in Chinese or Korean names ("Wang").
    const surname = this.bySurname.get(first.norm) ?? this.byFirstWord.get(first.norm);
    if (surname && first.capital) {
      // "Kerry" alone; "Secretary Kerry" is found from "Kerry".
      return { person: surname, length: 1 };
    }
    return undefined;
  }

  /** The most recent role, named or not, with this title before `offset`. */
  roleBefore(title: string, offset: number): Role | undefined {
    return this.roles.filter((role) => role.at < offset && role.title === title).at(-1);
  }
}

function surnames(name: string): string[] {
  const words = name.split(/\s+/);
  const last = (words.at(-1) ?? "").toLowerCase().replace(/[’]/g, "'");
  const bare = last.replace(/^(?:al|el|ad|as|ar|bin|ibn)-/, "");
  return words.length > 1 ? [...new Set([last, bare])] : [];
}

/** "a consumer group representing travellers", "a fishermen's association in ...": a body described, not named. */
const BODY_PHRASE =
  /\b(?:a|an)\s+((?:[\p{Ll}'’-]+\s+){0,3}(?:group|association|union|cooperative|collective|federation|coalition|alliance|network|committee|council)\b[^,;]*)$|\b(?:heads|leads|chairs|runs|of)\s+the\s+(\p{Lu}[\p{L}-]*\s+(?:[\p{Ll}'’-]+\s+){0,2}(?:group|association|union|cooperative|collective|federation|coalition|alliance|network|committee|council))$/u;

/** ", a People's Front member,", ", who belongs to the Coastal League,": the body named, capitalised. */
const BODY_NAME = String.raw`\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*){0,5}`;
const MEMBER_BODY = new RegExp(
  String.raw`^(?:an?\s+(?:(?:senior|leading|prominent|founding|longtime|veteran|former)\s+)?(?:the\s+)?(${BODY_NAME})\s+members?|who\s+belongs\s+to\s+(?:the\s+)?(${BODY_NAME}))$`,
  "u",
);

/**
 * Words that address a person ("Dr", "Captain", "Professor") and say nothing of whose they are: a
 * description set off before them by a comma still tells the side ("The union's president, Captain
 * X,", "The health board's director of nursing, Dr X,").
 */
const FORMS_OF_ADDRESS =
  /^(?:mr|mrs|ms|dr|prof|professor|captain|capt|colonel|col|lieutenant|admiral|general|major|sir|dame)$/;

/**
 * Capitalised words no title list holds that open a name without being part of it: forms of
 * address ("Comrade Emeka Uzor", "Engineer Khalid Rasheed", "Alhaji Musa Danjuma", "Lieutenant-Colonel
 * X") and a sportsman's distinction ("two-time Olympian Everton Brooks").
 */
export const NAME_OPENERS =
  /^(?:comrade|engineer|engr|alhaji|alhaja|hajia|sheikh|olympian|(?:lieutenant|major|brigadier)-(?:colonel|general))$/;

/** A form of address: one of FORMS_OF_ADDRESS, or a capitalised name opener ("Engineer", not "chief engineer"). */
const addressWord = (token: Token | undefined) =>
  !!token && (FORMS_OF_ADDRESS.test(token.norm) || (token.capital && NAME_OPENERS.test(token.norm)));

const titleWord = (words: string): string | undefined =>
  words
    .split(/\s+/)
    .reverse()
    .find((word) => PERSON_TITLES.has(word));

/** The heads of a party's or a group's name ("Liberal Front", "Prachachon Party", "Grain Growers' Federation"). */
const PARTY_OR_GROUP_HEAD =
  /^(?:party|front|movement|alliance|bloc|union|congress|league|coalition|platform|association|federation|confederation)$/;

/** "the Liberal Front": the capitalised name from `from`, two to five words, ending in a party's or a group's head. */
function partyOrGroupNameAt(tokens: Token[], from: number, text: string): string | undefined {
  let last = from;
  if (!tokens[from]?.capital) return undefined;
  while (
    last + 1 < tokens.length &&
    last - from < 4 &&
    tokens[last + 1]?.capital &&
    text.slice(tokens[last]?.end ?? 0, tokens[last + 1]?.start ?? 0) === " "
  )
    last++;
  if (last === from || !PARTY_OR_GROUP_HEAD.test(tokens[last]?.norm ?? "")) return undefined;
  return text.slice(tokens[from]?.start ?? 0, tokens[last]?.end ?? 0);
}

/** Whether an affiliation is a gazetteer actor's (a state's body, a known organisation). */
const gazetteerAffiliation = (key: string | undefined) => key !== undefined && !key.startsWith("org-");

/**
 * A business's nouns, which introduce its name ("airline Voa Brasil", "the company, Vestfjord Sjømat
 * AS,"). The businesses among lexicon.ts's ORGANISATION_NOUNS, none of its groups, unions or media;
 * near sides.ts's BUSINESS_OWNER but not the same words (no "group", "chain", "owner" here), so kept apart.
 */
const BUSINESS_INTRODUCERS =
  /^(?:company|firm|airline|carrier|contractor|operator|developer|builder|supplier|manufacturer|maker|insurer|lender|bank|retailer|miner|producer|utility|drugmaker|brewer|subsidiary)$/;

/** One pass over the text for the people it names and the unnamed roles it mentions. */
/**
 * Words that open a body's name in Spanish, Portuguese, Italian or French ("Banco Ribera", "Grupo
 * Nexa", "Banque Atlantique", "Compañía Minera X"): the name is the body's, never a person's.
 */
const FOREIGN_BODY_OPENERS =
  /^(?:banco|banca|banque|caja|caixa|grupo|groupe|gruppo|compañía|compania|companhia|compagnie|société|societe|sociedad|sociedade|empresa|entreprise|corporación|corporacion|industrias|indústrias)$/;

export function findPeople(text: string, tokens: Token[], book: ActorBook): People {
  const people = new People();
  const shortOrganisations = organisationPrefixes(text, tokens);
  const introducedOrganisations = new Set<string>();
  const things = namesOfThings(text);
  const bodyNames = bodyNamesOf(text, tokens);
  const stateOf = (affiliation: string | undefined) => (affiliation ? book.top(affiliation) : undefined);
  const make = (
    nameFrom: number,
    nameTo: number,
    titleFrom: number,
    descriptionEnd: number | undefined,
    kin = false,
  ) => {
    const nameTokens = tokens.slice(nameFrom, nameTo);
    // "the dam's owner, Patel Farms": a company's name, whatever the title before it.
    if (ORGANISATION_SUFFIXES.test(nameTokens.at(-1)?.norm ?? "")) return;
    const name = text.slice(nameTokens[0]?.start ?? 0, nameTokens.at(-1)?.end ?? 0).replace(/['’]s$/, "");
    // "Mr Karim" after "Rafiqul Karim": a surname alone is the person named before, not a new one.
    if (nameTokens.length === 1 && people.at(tokens, nameFrom, nameTo)?.person.name.includes(" ")) return;
    let titleTokens = tokens.slice(titleFrom, nameFrom);
    // ("The union's president, Captain": the forms of address after the comma are no part of the title.)
    let address = titleTokens.length;
    while (address > 1 && addressWord(titleTokens[address - 1])) address--;
    const gap = text.slice(titleTokens[address - 1]?.end ?? 0, titleTokens[address]?.start ?? 0);
    if (address < titleTokens.length && gap.trim() === ",") titleTokens = titleTokens.slice(0, address);
    let title =
      titleTokens.length > 0 ? text.slice(titleTokens[0]?.start ?? 0, titleTokens.at(-1)?.end ?? 0) : undefined;
    let affiliation = titleTokens.length > 0 ? affiliationOf(tokens, titleFrom, nameFrom, text, book) : undefined;
    if (descriptionEnd !== undefined) {
      const description = text.slice(tokens[nameTo]?.start ?? 0, tokens[descriptionEnd - 1]?.end ?? 0);
      title = title ?? description;
      affiliation = affiliation ?? affiliationOf(tokens, nameTo, descriptionEnd, text, book);
      const word = titleWord(description.toLowerCase());
      if (!affiliation && word) affiliation = people.roleBefore(word, nameTokens[0]?.start ?? 0)?.affiliation;
    }
    // "A spokeswoman for Kowalchuk, Aisha Rahman,", "Villacorta's deputy for urban mobility, Rosa
    // Quispe,": an aide to a person named before speaks for that person's side, not for a body of
    // the surname's name.
    const employer = affiliation ? book.get(affiliation)?.name : undefined;
    for (let j = titleFrom; employer && j < nameFrom; j++) {
      const word = tokens[j] as Token;
      if (!word.capital || text.slice(word.start, word.end).replace(/['’]s$/, "") !== employer) continue;
      const principal = people.at(tokens, j, j + 1)?.person;
      if (principal && principal.at < word.start) affiliation = principal.affiliation ?? principal.key;
      break;
    }
    // "X, a lawyer for the villagers,", "X of Nyathi & Moyo, which represents the families": a lawyer
    // speaks for the clients, not for the firm.
    const clients = clientGroup(descriptionWords(text, tokens, nameTo, descriptionEnd), book);
    if (clients) affiliation = clients;
    // ", a People's Front member,", ", who belongs to the Coastal League,": the body a member belongs to.
    // (Not "Defence Minister X, a People's Front member,": an office-holder's party is partyMembers' call.)
    if (!affiliation && descriptionEnd !== undefined && titleTokens.length === 0) {
      const from = tokens[nameTo]?.start ?? 0;
      const body = MEMBER_BODY.exec(text.slice(from, tokens[descriptionEnd - 1]?.end ?? 0));
      const name = (body?.[1] ?? body?.[2])?.replace(/['’]s$/, "");
      if (body && name) {
        const at = tokens.findIndex((t) => t.start === from + (body.index ?? 0) + body[0].indexOf(name));
        const known = at >= 0 ? gazetteerAt(tokens, at, text) : undefined;
        if (known) {
          book.fromGazetteer(known.key);
          affiliation = known.key;
        } else affiliation = book.add(organisationKey(name), name, "organisation").key;
      }
    }
    // "head of a fishermen's association in ...", "who heads a consumer group representing ...": a body
    // the description names without a name is the side, named by the description itself.
    if (!affiliation && descriptionEnd !== undefined) {
      const words = text.slice(tokens[nameTo]?.start ?? 0, tokens[descriptionEnd - 1]?.end ?? 0);
      const body = BODY_PHRASE.exec(words);
      if (body?.[1] || body?.[2]) {
        const name = (body[1] ?? body[2] ?? "").trim();
        affiliation = book.add(organisationKey(name), name, "organisation").key;
      }
    }
    // "Interior Minister Jane Doe of Kenya".
    if (
      !affiliation &&
      titleTokens.length > 0 &&
      tokens[nameTo]?.norm === "of" &&
      gazetteerAt(tokens, nameTo + 1, text)
    ) {
      affiliation = affiliationOf(tokens, titleFrom, nameTo + 4, text, book);
    }
    // "Senator Rosa Villalba of the Liberal Front", "Opposition lawmaker X of the Prachachon Party": a
    // party or a group named right after the name by "of the" is the side, ahead of the word a title
    // opens with ("Opposition"); not a state's body the title named ("Interior Minister X of Kenya").
    if (tokens[nameTo]?.norm === "of" && tokens[nameTo + 1]?.norm === "the" && !gazetteerAffiliation(affiliation)) {
      const body = partyOrGroupNameAt(tokens, nameTo + 2, text);
      if (body) {
        const known = gazetteerAt(tokens, nameTo + 2, text);
        if (known) book.fromGazetteer(known.key);
        affiliation = known?.key ?? book.add(organisationKey(body), body, "organisation").key;
      }
    }
    const person: Person = {
      key: slugify(name),
      name,
      surname: nameTokens.at(-1)?.norm ?? name,
      at: nameTokens[0]?.start ?? 0,
    };
    if (title) person.title = title.replace(/^(?:a|an|the)\s+/i, "");
    if (kin) person.kin = true;
    if (affiliation) {
      person.affiliation = affiliation;
      const state = stateOf(affiliation);
      if (state) person.state = state;
    }
    people.add(person);
    if (title && affiliation) {
      const word = titleWord(title.toLowerCase());
      if (word) people.roles.push({ title: word, affiliation, at: person.at });
    }
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // An unnamed role: "a U.S. State Department spokesman", "Russia's foreign minister".
    if (PERSON_TITLES.has(token.norm) && !isCapitalWord(tokens[i + 1])) {
      let from = i;
      while (
        from > 0 &&
        from > i - 5 &&
        TITLE_PARTS.has(tokens[from - 1]?.norm ?? "") === false &&
        gazetteerAt(tokens, from - 1, text) === undefined
      )
        break;
      for (let back = i - 1; back >= Math.max(0, i - 5); back--) {
        // (Not past a sentence's end: "on Monday. A senior official" names no "Monday" body.)
        if (/[.!?;:]/.test(text.slice(tokens[back]?.end ?? 0, tokens[back + 1]?.start ?? 0))) break;
        if (gazetteerAt(tokens, back, text) || TITLE_PARTS.has(tokens[back]?.norm ?? "") || tokens[back]?.capital)
          from = back;
        else break;
      }
      if (from < i) {
        const affiliation = affiliationOf(tokens, from, i + 1, text, book);
        if (affiliation) people.roles.push({ title: token.norm, affiliation, at: token.start });
      }
    }
    if (!isCapitalWord(token) || TITLE_PARTS.has(token.norm)) continue;
    if (
      NAME_OPENERS.test(token.norm) &&
      isCapitalWord(tokens[i + 1]) &&
      text.slice(token.end, tokens[i + 1]?.start) === " "
    )
      continue;
    // "Minister for Transport Colm Hickey", "Minister for Cyber Security Rachel X", "the Minister of
    // State for Trade Relations, Erik X,": the capitalised words after a minister's "for" open the
    // portfolio, never a name; the name is the last two of them, or none when a comma ends them.
    if (portfolioOpens(tokens, i - 1)) {
      let run = i + 1;
      while (isCapitalWord(tokens[run]) && text.slice(tokens[run - 1]?.end ?? 0, tokens[run]?.start) === " ") run++;
      i = run - i >= 3 ? run - 3 : run - 1;
      continue;
    }
    // A first name that is also a capital ("Sofia Mendez", "Victoria Lee"): a person when a surname
    // follows and a title just before sets it off (", ACT's environment director, Sofia Mendez, said").
    const place = gazetteerAt(tokens, i, text);
    if (place && !(place.form === "capital" && place.length === 1 && firstNameOfCapital(text, tokens, i))) continue;
    // The name: capitalised words and particles, not running into a gazetteer name.
    let end = i + 1;
    while (end < tokens.length && end < i + 4) {
      // ("Mayor Karin Ekdahl's City Alliance": a possessive ends the name; what follows is hers.)
      if (tokens[end - 1]?.possessive) break;
      const next = tokens[end] as Token;
      const gap = text.slice(tokens[end - 1]?.end ?? 0, next.start);
      if (gap !== " " || gazetteerAt(tokens, end, text)) break;
      if ((isCapitalWord(next) && !TITLE_PARTS.has(next.norm)) || (PARTICLE.test(next.norm) && next.norm.includes("-")))
        end++;
      else if (PARTICLE.test(next.norm) && isCapitalWord(tokens[end + 1])) end += 2;
      else break;
    }
    const length = end - i;
    // "Piraeus-based", "Juba-backed": a place or a backer modifying what follows, no person; a name
    // the text goes on with ", which" or sets after "X-based" is a thing, a company or a place.
    const joined = tokens[end];
    if (joined && text.slice(tokens[end - 1]?.end ?? 0, joined.start) === "-" && COMPOUND_MODIFIERS.test(joined.norm)) {
      i = end - 1;
      continue;
    }
    const nameText = text.slice(token.start, tokens[end - 1]?.end ?? token.end);
    if (
      things.has(nameText) ||
      (length >= 2 && bodyNames.has(normsOf(tokens, i, end))) ||
      (tokens[i - 1]?.norm === "based" && text.slice(tokens[i - 2]?.end ?? 0, tokens[i - 1]?.start ?? 0) === "-")
    ) {
      i = end - 1;
      continue;
    }
    // The title before it: capitalised words, title words, demonyms and institutions.
    let titleFrom = i;
    for (let back = i - 1; back >= Math.max(0, i - 7); back--) {
      const previous = tokens[back] as Token;
      if (/[,;:.“”"()]/.test(text.slice(previous.end, tokens[back + 1]?.start ?? previous.end))) break;
      if (
        TITLE_PARTS.has(previous.norm) ||
        gazetteerAt(tokens, back, text) ||
        (previous.capital && !NOT_NAMES.test(previous.norm)) ||
        // ("Minister for Cyber Security Rachel Okafor": a minister's "for" goes on with the portfolio.)
        portfolioOpens(tokens, back)
      )
        titleFrom = back;
      else break;
    }
    // "union president Arben Hoxha", "Pasok party spokesman X": an institution's common noun before
    // the title says whose title it is (and the capitalised words before that noun, whose noun).
    const titleStart = tokens[titleFrom];
    const nounBefore = tokens[titleFrom - 1];
    if (
      titleFrom < i &&
      titleStart &&
      nounBefore &&
      PERSON_TITLES.has(titleStart.norm) &&
      !nounBefore.capital &&
      INSTITUTION_NOUNS.test(nounBefore.norm) &&
      text.slice(nounBefore.end, titleStart.start) === " "
    ) {
      titleFrom--;
      while (
        titleFrom > 0 &&
        titleFrom > i - 9 &&
        isCapitalWord(tokens[titleFrom - 1]) &&
        text.slice(tokens[titleFrom - 1]?.end ?? 0, tokens[titleFrom]?.start ?? 0) === " "
      )
        titleFrom--;
    }
    // "Its director, General Marta Rueda": the possessive description before the comma says whose.
    if (titleFrom < i && text.slice(tokens[titleFrom - 1]?.end ?? 0, tokens[titleFrom]?.start ?? 0).trim() === ",") {
      const its = tokens[titleFrom - 3]?.norm === "its" || tokens[titleFrom - 3]?.norm === "their" ? titleFrom - 3 : -1;
      const own =
        tokens[titleFrom - 2]?.norm === "its" || tokens[titleFrom - 2]?.norm === "their" ? titleFrom - 2 : its;
      if (own >= 0 && PERSON_TITLES.has(tokens[titleFrom - 1]?.norm ?? "")) titleFrom = own;
    }
    // A description before the name, set off by a comma: "The commission's chairman, Simon Byabakama,"
    // (after any forms of address opening the name: "The union's president, Captain Andrea Valdivia,").
    const addressOnly = tokens.slice(titleFrom, i).every(addressWord);
    const described = tokens[titleFrom];
    if (
      addressOnly &&
      described &&
      titleFrom > 0 &&
      text.slice(tokens[titleFrom - 1]?.end ?? 0, described.start).trim() === ","
    ) {
      const first = titleFrom;
      let back = first - 1;
      // ("The African Union's special envoy for Sudan and South Sudan, Hawa Ndiaye,": up to a dozen words.)
      while (
        back > 0 &&
        first - back < 12 &&
        !/[,.;:“”"]/.test(text.slice(tokens[back - 1]?.end ?? 0, tokens[back]?.start ?? 0)) &&
        // (Not "Minister Murat Kaya said the building's contractor, Yildiz Insaat,": a verb ends it.)
        !REPORTING_FORMS.has(tokens[back - 1]?.norm ?? "")
      )
        back--;
      if (tokens.slice(back, first).some((t) => PERSON_TITLES.has(t.norm))) titleFrom = back;
    }
    // A title does not begin with "of" or "the" ("in favour of President X").
    while (titleFrom < i && /^(?:of|the|and)$/.test(tokens[titleFrom]?.norm ?? "")) titleFrom++;
    const titleWords = tokens.slice(titleFrom, i).map((t) => t.norm);
    const hasTitle = titleWords.some((word) => PERSON_TITLES.has(word));
    // An appositive after it: ", a State Department spokesperson," / ", the spokesman,".
    let descriptionEnd: number | undefined;
    const after = tokens[end];
    if (after && text.slice(tokens[end - 1]?.end ?? 0, after.start).trim() === ",") {
      // ", a State Department spokesperson," / ", Russia's foreign minister,": a description with a title.
      for (let j = end; j < Math.min(tokens.length, end + 9); j++) {
        const gapAfter = text.slice(tokens[j]?.end ?? 0, tokens[j + 1]?.start ?? text.length);
        if (/[,.;]/.test(gapAfter)) {
          const description = tokens.slice(end, j + 1).map((t) => t.norm);
          // (", a People's Front member,", ", a member of the Homeland Union,": a member is a person too.)
          if (description.some((word) => PERSON_TITLES.has(word) || /^members?$/.test(word))) descriptionEnd = j + 1;
          break;
        }
      }
    }
    // ", who heads a consumer group representing travellers in Singapore,": what they lead is whose they are.
    if (
      descriptionEnd === undefined &&
      after &&
      /^(?:who)$/.test(after.norm) &&
      /^(?:heads|leads|chairs|runs|founded|represents|belongs)$/.test(tokens[end + 1]?.norm ?? "")
    ) {
      for (let j = end + 2; j < Math.min(tokens.length, end + 14); j++) {
        if (/[,.;]/.test(text.slice(tokens[j]?.end ?? 0, tokens[j + 1]?.start ?? text.length))) {
          descriptionEnd = j + 1;
          break;
        }
      }
    }
    const nextWord = tokens[end];
    const previousWord = tokens[i - 1];
    // "Mark Stone said" or "said Mark Stone", but not "accused Harbor Telecom" (an object) nor "Northstar Air said" (a company).
    const organisation =
      ORGANISATION_SUFFIXES.test(tokens[end - 1]?.norm ?? "") ||
      // ("The Australian Federal Police said", "the Kyrgyz Border Service said": a public body's.)
      (length >= 2 && PUBLIC_BODY_HEADS.test(tokens[end - 1]?.norm ?? "")) ||
      // ("The state-run Daily News quoted ...": a news medium's name, no person's.)
      // ("The daily Vecernje Vesti quoted ...", "told Mosaique FM": a medium's noun before the name,
      // or a medium's word ending it, in any language.)
      (length >= 2 && isMediaName(tokens, i, end - 1)) ||
      // ("Analysts at Banco Ribera said ...": a foreign body's word opening the name.)
      (length >= 2 && FOREIGN_BODY_OPENERS.test(token.norm)) ||
      (!!previousWord && !previousWord.capital && ORGANISATION_NOUNS.test(previousWord.norm)) ||
      // "The Kestrel Hauliers Guild said": an article before a name says it is no person's.
      (length >= 2 && previousWord?.norm === "the" && !hasTitle) ||
      shortOrganisations.has(normsOf(tokens, i, end)) ||
      introducedOrganisations.has(normsOf(tokens, i, end));
    // "Brazilian airline Voa Brasil", "the contractor, Samudra Karya Konstruksi,": a name a business's
    // noun introduced is an organisation's wherever it recurs, and so are its first words ("Samudra
    // Karya said", "Vestfjord Sjømat rejected" after "the company, Vestfjord Sjømat AS,").
    if (length >= 2 && previousWord && !previousWord.capital && BUSINESS_INTRODUCERS.test(previousWord.norm))
      for (let cut = i + 2; cut <= end; cut++) introducedOrganisations.add(normsOf(tokens, i, cut));
    const besideVerb =
      length >= 2 &&
      !organisation &&
      // (Not "Marek Nowak, chief engineer at Baltic Gas Networks, told": a comma ends an appositive.)
      ((nextWord &&
        REPORTING_FORMS.has(nextWord.norm) &&
        !/,/.test(text.slice(tokens[end - 1]?.end ?? 0, nextWord.start))) ||
        // (Not "... Hassan said.\nMombasa County's officer": a verb ending the sentence before.)
        (previousWord &&
          REPORTING_FORMS.get(previousWord.norm)?.act === "speech" &&
          !/[.!?\n]/.test(text.slice(previousWord.end, token.start))));
    const honorific = previousWord && /^(?:mr|mrs|ms|dr)\.?$/.test(previousWord.norm);
    // "The chairman of Austral Grid, Peter Collins,": the name after a title's "of" is what the
    // title is of (an organisation), not the person; the person is the name set off after it.
    // ("the leader of the National Renewal Platform": past the title's words opening the name.)
    // (Not "Secretary of State John Kerry": the article says a body's name opens there.)
    let before = i - 1;
    while (before > 0 && tokens[before]?.capital && TITLE_PARTS.has(tokens[before]?.norm ?? "")) before--;
    if (before < i - 1) before = tokens[before]?.norm === "the" ? before - 1 : i - 1;
    // ("The governor of the South Moravian Region accused ...", "president of the Independent
    // Metalworkers' Union": a lower-case title's "of the" opens a body's name, not a person's.)
    else if (tokens[i - 1]?.norm === "the" && tokens[i - 2]?.norm === "of") before = i - 2;
    const titledBody = tokens[before]?.norm === "of" && hasTitle && !honorific;
    if (titledBody) {
      i = end - 1;
      continue;
    }
    // "said his daughter, Lerato Mokoena", "her mother, Angela Ortiz,": a relative set off by a comma.
    const kin =
      length >= 2 &&
      !organisation &&
      !!previousWord &&
      KINSHIP.test(previousWord.norm) &&
      /^(?:his|her|their|the)$/.test(tokens[i - 2]?.norm ?? "") &&
      text.slice(previousWord.end, token.start) === ", ";
    // "One rancher, Aurelio Giménez, said", "The family's solicitor, Bethan Pugh, said", "former
    // hurdler Tricia Lawrence, said": a name closing a description set off right before its verb is
    // the person the description describes (not a body's name a business noun introduced).
    const gapBefore = text.slice(previousWord?.end ?? 0, token.start);
    const setOff =
      length >= 2 &&
      !organisation &&
      !!previousWord &&
      !previousWord.possessive &&
      ((gapBefore === " " && !previousWord.capital) || gapBefore === ", ") &&
      !ORGANISATION_NOUNS.test(previousWord.norm) &&
      !BUSINESS_INTRODUCERS.test(previousWord.norm) &&
      !INSTITUTION_NOUNS.test(previousWord.norm) &&
      !!nextWord &&
      text.slice(tokens[end - 1]?.end ?? 0, nextWord.start) === ", " &&
      REPORTING_FORMS.has(nextWord.norm) &&
      !nextWord.capital &&
      ownedDescription(text, tokens, i);
    // "In Zahedan, the governor of Sistan and Baluchestan province, Mohammad Reza Ghasemi, blamed",
    // "sent to prosecutors in Katowice, deepened a row between the mine's owner, ...": a name right
    // after a preposition of place is the place, not a person the words after its comma describe.
    const located =
      !!previousWord &&
      !hasTitle &&
      /^(?:in|at|near|outside|inside)$/.test(previousWord.norm) &&
      !!after &&
      text.slice(tokens[end - 1]?.end ?? 0, after.start) === ", ";
    if (located) {
      i = end - 1;
      continue;
    }
    if (hasTitle || descriptionEnd !== undefined || besideVerb || honorific || kin || setOff) {
      make(i, end, hasTitle ? titleFrom : i, descriptionEnd, kin);
      i = end - 1;
    }
  }
  return people;
}

/**
 * The description before a name says whose the person is: a possessive ("The family's solicitor,",
 * "the alliance's president, former hurdler") or "of the" ("The prefect of the Gers,"), within the
 * sentence's dozen words before the name. ("One rancher," says no one's: a private person.)
 */
function ownedDescription(text: string, tokens: Token[], at: number): boolean {
  for (let back = at - 1; back >= Math.max(0, at - 12); back--) {
    const token = tokens[back] as Token;
    if (/[.;:“”"]/.test(text.slice(token.end, tokens[back + 1]?.start ?? token.end))) return false;
    if (token.possessive || /['’]$/.test(token.text)) return true;
    if (token.norm === "of" && tokens[back + 1]?.norm === "the") return true;
    if (back > 0 && /[.!?]\s*$/.test(text.slice(tokens[back - 1]?.end ?? 0, token.start))) return false;
  }
  return false;
}

const LAW_FIRM =
  /\b(?:Legal|Law|Lawyers|Attorneys|Solicitors|Advocates|Chambers|Practitioners|LLP|LLC|Associates|Partners)\b|&/;

/** What follows a name up to the clause's verb: its description, or " of X, which represents ...". */
function descriptionWords(text: string, tokens: Token[], nameTo: number, descriptionEnd: number | undefined): string {
  const from = tokens[nameTo]?.start ?? text.length;
  if (descriptionEnd !== undefined) return text.slice(from, tokens[descriptionEnd - 1]?.end ?? from);
  const rest = text.slice(from, from + 120);
  const of = /^of\s+([^.;:“”"]*?),\s+(?:which|that|who)\s+represents\s+[^,.;]*/.exec(rest);
  // (Only a law firm's: "X of the Seafarers' Union, which represents the crews" speaks for the union.)
  return of && LAW_FIRM.test(of[1] ?? "") ? of[0] : "";
}

/** Kinship words naming a relative: "his daughter", "her mother", "the victim's widow". */
export const KINSHIP =
  /^(?:daughter|son|widow|widower|mother|father|brother|sister|husband|wife|nephew|niece|cousin|uncle|aunt|grandmother|grandfather|grandson|granddaughter)$/;

const COMPOUND_MODIFIERS =
  /^(?:based|backed|led|supported|sponsored|allied|aligned|funded|armed|trained|controlled|held|occupied|administered|run|owned|listed|registered|flagged)$/;

/** Names the text goes on with ", which" ("Mberengwa Lithium, which is majority-owned by ..."): things, not people. */
function namesOfThings(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(
    /(?:^|[^\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}'’.&-]*(?: \p{Lu}[\p{L}\p{N}'’.&-]*){0,3}),? which\b/gu,
  ))
    if (match[1]) names.add(match[1]);
  // "Piraeus-based Halkidon Maritime", "Hong Kong-listed Zhenhai Resources": a company.
  for (const match of text.matchAll(
    /-(?:based|listed|registered|owned|flagged) (\p{Lu}[\p{L}\p{N}'’.&-]*(?: \p{Lu}[\p{L}\p{N}'’.&-]*){0,3})/gu,
  ))
    if (match[1]) names.add(match[1]);
  return names;
}

/** A body's nouns heading an appositive after a name (", the state company that ...", ", one of the country's biggest producers"). */
const APPOSITIVE_BODIES =
  /^(?:company|companies|firm|firms|club|clubs|producer|producers|maker|makers|manufacturer|manufacturers|supplier|suppliers|operator|operators|distributor|distributors|utility|utilities|conglomerate|subsidiary|group|party|union|association|federation|cooperative|charity|bank|lender|insurer|retailer|chain|miner|carrier|airline|developer|contractor|builder|exporter|importer|brewer|refiner|provider|team)$/;

/** Words that may follow the head noun of such an appositive. */
const APPOSITIVE_ENDS = /^(?:that|which|of|in|at|for|with|based|owned|run|controlled|and)$/;

/**
 * Two to four capitalised words the text marks as a body's name somewhere (then they are no
 * person's wherever they come, "Bakuqaz Paylama said ..." among them): a lower-case body's noun
 * right before them ("Thai League 1 club Mekong Rangers", "The opposition Jharkhand Lok Morcha"), an
 * appositive after them headed by a body's noun with no title in it (", the state company that
 * supplies gas", ", one of the country's biggest producers of ...").
 */
function bodyNamesOf(text: string, tokens: Token[]): Set<string> {
  const names = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (!isCapitalWord(first) || TITLE_PARTS.has(first.norm)) continue;
    let end = i + 1;
    while (
      end < tokens.length &&
      end < i + 4 &&
      !tokens[end - 1]?.possessive &&
      isCapitalWord(tokens[end]) &&
      text.slice(tokens[end - 1]?.end ?? 0, tokens[end]?.start ?? 0) === " "
    )
      end++;
    if (end - i < 2 || tokens.slice(i, end).some((t) => TITLE_PARTS.has(t.norm))) {
      i = end - 1;
      continue;
    }
    const key = normsOf(tokens, i, end);
    const before = tokens[i - 1];
    const gapBefore = before ? text.slice(before.end, first.start) : "";
    const nounBefore =
      !!before &&
      !before.capital &&
      gapBefore === " " &&
      (ORGANISATION_NOUNS.test(before.norm) || (before.norm === "opposition" && tokens[i - 2]?.norm === "the"));
    const last = tokens[end - 1] as Token;
    const rest = text.slice(last.end, last.end + 160);
    let appositive = false;
    const words = /^, ((?:the|an?|one of the|one of) [^,;.:“”"()]*)/u.exec(rest)?.[1];
    if (words && !last.possessive) {
      const parts = words.replace(/^(?:one of the|one of|the|an?) /, "").split(/\s+/);
      for (const [k, part] of parts.entries()) {
        const norm = part.toLowerCase();
        if (PERSON_TITLES.has(norm) || /^(?:who|whose)$/.test(norm)) break;
        if (/['’]s?$/.test(part) && !/^(?:country|nation|region|city|state)['’]s$/.test(norm)) continue;
        // (The head of its phrase: not ", a Homeland Union member,", ", a federation member who ...".)
        if (APPOSITIVE_BODIES.test(norm)) {
          appositive = k === parts.length - 1 || APPOSITIVE_ENDS.test(parts[k + 1]?.toLowerCase() ?? "");
          break;
        }
        if (/^(?:that|which|of|in|at|for|with)$/.test(norm)) break;
      }
    }
    if (nounBefore || appositive) names.add(key);
    i = end - 1;
  }
  return names;
}

/** "director, Sofia Mendez,": a capital's name between a title and its comma, a surname after it. */
function firstNameOfCapital(text: string, tokens: Token[], i: number): boolean {
  const surname = tokens[i + 1];
  const before = tokens[i - 1];
  if (!surname || !before || !isCapitalWord(surname) || gazetteerAt(tokens, i + 1, text)) return false;
  if (text.slice(tokens[i]?.end ?? 0, surname.start) !== " ") return false;
  const gapBefore = text.slice(before.end, tokens[i]?.start ?? 0);
  return PERSON_TITLES.has(before.norm) && /^,?\s$|^\s$/.test(gapBefore);
}
