// Actor mentions in a stretch of text: gazetteer names, demonyms and capitals, institutions named
// by a country and a head noun ("Russia's foreign ministry", "Syrian government forces"), backed
// groups ("U.S.-backed rebels"), people, and names the gazetteer does not know.
import type { ActorBook } from "./actors";
import { collectiveAt, membersBodyAt } from "./collectives";
import { actors as gazetteer, institutionOf, lookupPhrase } from "./gazetteer";
import {
  BACKING_SUFFIX,
  ORGANISATION_NOUNS,
  ORGANISATION_SUFFIXES,
  PERSON_TITLES,
  PLACE_SUFFIX,
  RELATIONAL_NOUNS,
} from "./lexicon";
import { gazetteerAt } from "./lookup";
import { acronymOf, isNameToken, organisationKey, placeOpensBody, titleInName, unknownName } from "./names";
import { NAME_OPENERS, type People } from "./people";
import { type Span, spacedInName, type Token } from "./text";
import { portfolioAt } from "./titles";

/** How a mention stands in its phrase: the one meant, or only a modifier, a backer or a place. */
export type MentionRole = "referent" | "modifier" | "backer" | "place";

export interface Mention extends Span {
  key: string;
  role: MentionRole;
  /** Token indexes [first, last]. */
  first: number;
  last: number;
  /** Named as a state by its name or capital (so "in Syria" reads as a place). */
  asPlace: boolean;
  kind: string;
}

const GROUP_HEADS =
  /^(?:rebels|rebel|militias|militia|forces|fighters|militants|insurgents|groups|group|troops|opposition|paramilitaries|separatists|proxies|coalition)$/;
const LOCATIVE = new Set([
  "in",
  "at",
  "near",
  "across",
  "throughout",
  "inside",
  "into",
  "around",
  "over",
  "outside",
  "within",
  "toward",
  "towards",
]);
/** A body's rules ("EU rules", "FIFA's regulations"): what the body's name only qualifies. */
const RULE_NOUNS = /^(?:rules|regulations|standards|guidelines|norms|directives?|criteria|procedures|protocols?)$/;
/**
 * What a demonym may qualify that is the country's system, land, economy, sport or public, not its
 * state's people or bodies ("Bolivian football", "Pakistani patients", "Kenyan farmers' incomes").
 */
const COUNTRY_THINGS =
  /^(?:law|laws|legislation|constitution|rules|regulations|waters|territory|soil|airspace|wages|salaries|prices|economy|currency|market|markets|time|standards|history|culture|cuisine|language|consumers|taxpayers|football|soccer|sport|sports|cricket|rugby|basketball|athletics|cycling|music|cinema|literature|industry|industries|agriculture|tourism|society|patients|households|families|homes|pensioners|voters|fans|supporters|footballers|players|clubs|hospitals|schools|universities|media|press)$/;
/**
 * A country's produce, trade or demand ("Swedish dairy farming", "Philippine demand", "Costa Rican
 * poultry", "Austrian stock"): no actor of it, when the noun ends its phrase (not "Bulgarian grain
 * farmers", "Swedish dairy farmers": a demonym of people).
 */
const COUNTRY_GOODS =
  /^(?:demand|farming|dairy|poultry|pork|beef|meat|milk|rice|grain|stock|stocks|exports|imports|goods|products|produce|shipments|harvest)$/;
/** Words after which a phrase has ended (a preposition, a conjunction, a verb's helper). */
const PHRASE_ENDS =
  /^(?:to|and|or|in|on|at|from|for|with|by|of|that|which|who|is|was|were|are|has|have|had|will|would|could|can|as|but|than|into|since|this|last|because)$/;
const CURRENCIES =
  /^(?:francs?|dollars?|euros?|pesos?|pounds?|rupees?|shillings?|dinars?|rand|naira|cedis?|yuan|yen|won|rubles?|roubles?|lira|kwacha|birr)$/;
const TOPIC_NOUNS =
  /^(?:talks|negotiations|conference|summit|meeting|deal|agreement|resolution|vote|report|debate|dialogue|discussions|position|policy|envoy|consultations|assault|offensive|strikes|attack|attacks|raid|raids)$/;
const PEOPLE_NOUNS =
  /^(?:officials|authorities|government|forces|troops|police|militants|rebels|leaders|diplomats|lawmakers|regime|army|military|prosecutors|courts?)$/;
const REBEL_HEADS =
  /^(?:rebels|rebel|militias|militia|fighters|militants|insurgents|groups|group|opposition|paramilitaries|separatists|proxies)$/;

/** Mentions between tokens `from` and `to` (exclusive). `unknownNames`: also propose names the gazetteer lacks. */
export function findMentions(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  book: ActorBook,
  people: People,
  unknownNames: boolean,
): Mention[] {
  const mentions: Mention[] = [];
  const places = unknownNames ? introducedPlaces(text) : new Set<string>();
  const firstWords = new Map<string, string>();
  const shortForms = new Map<string, string>();
  /** The names of ruling movements met ("Taliban"), and the government each is. */
  const rulers = new Map<string, string>();
  let pendingBackers: string[] = [];
  /** Where the last name read as a place ends ("in Sydney"), for a name joined to it by "and". */
  let unknownPlaceEnd = -9;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (!token) continue;
    // ("Comrade Emeka Uzor", "Engineer Khalid Rasheed": a form of address opening a person's name
    // is no name of its own.)
    if (token.capital && NAME_OPENERS.test(token.norm) && people.at(tokens, i + 1, to)) continue;
    let person = people.at(tokens, i, to);
    // "Professional Football League", "Nyathi & Moyo Legal Practitioners": a person's name opening
    // capitalised words that end like a body's is the body's name.
    if (person && unknownNames) {
      const body = unknownName(text, tokens, i, to);
      const nameEnd = tokens[i + person.length - 1] as Token;
      const next = tokens[i + person.length];
      if (
        body &&
        // (Not "Saar's Reform Union": a possessive name is the body's owner, not part of its name.)
        !nameEnd.possessive &&
        next?.capital &&
        /^ (?:& )?$/.test(text.slice(nameEnd.end, next.start)) &&
        body.last >= i + person.length &&
        ORGANISATION_SUFFIXES.test(tokens[body.last]?.norm ?? "")
      )
        person = undefined;
    }
    if (person) {
      const afterName = tokens[i + person.length];
      const nameEnd = tokens[i + person.length - 1] ?? token;
      if (
        afterName &&
        text.slice(nameEnd.end, afterName.start) === "-" &&
        (PLACE_SUFFIX.test(afterName.norm) || BACKING_SUFFIX.test(afterName.norm))
      ) {
        // "the Assad-controlled part": a place, not the person.
        i += person.length;
        continue;
      }
      // "<Leader> troops" / "the <Leader> regime": the leader's state's military or government.
      if (
        afterName &&
        /^(?:troops|forces|loyalists|army|regime|government)$/.test(afterName.norm) &&
        person.person.state
      ) {
        const suffix = /^(?:regime|government)$/.test(afterName.norm) ? "government" : "military";
        const institution = institutionOf(person.person.state, suffix);
        if (institution) {
          const actor = book.fromGazetteer(institution.id, text.slice(token.start, afterName.end));
          if (actor) {
            mentions.push(
              mention(institution.id, token, afterName, i, i + person.length, "referent", false, actor.kind),
            );
            i += person.length;
            continue;
          }
        }
      }
      book.add(person.person.key, person.person.name, "person", person.person.affiliation);
      mentions.push(
        mention(
          person.person.key,
          token,
          tokens[i + person.length - 1] ?? token,
          i,
          i + person.length - 1,
          "referent",
          false,
          "person",
        ),
      );
      i += person.length - 1;
      continue;
    }
    let found = gazetteerAt(tokens, i, text);
    // "Port Sudan", "San Pedro", "Santa Cruz", "Fort Portal": a place prefix and a name make a town,
    // not the country or a body (unless the words end like a body's: "Santa Clara University Hospital").
    const town = !found && unknownNames ? townAt(text, tokens, i, to) : undefined;
    if (town !== undefined) {
      i = town;
      continue;
    }
    // "South Australia", "Western Cape"'s kind: a compass word the gazetteer does not join to the
    // country's name after it is a region of that country (not "South" and Australia).
    let region = !found && unknownNames ? regionAt(text, tokens, i, to) : undefined;
    // ("The West Sweden Bus Workers' Union": a region's name opening a body's is part of that name.)
    const regionNext = region ? tokens[region.last + 1] : undefined;
    if (
      region &&
      regionNext?.capital &&
      text.slice(tokens[region.last]?.end ?? 0, regionNext.start) === " " &&
      endsInOrganisation(text, tokens, region.last + 1, to)
    )
      region = undefined;
    if (region) {
      const last = tokens[region.last] ?? token;
      const name = text.slice(token.start, last.end).replace(/['’]s$/, "");
      book.fromGazetteer(region.state);
      const actor = book.add(organisationKey(name), name, "organisation", region.state);
      const previous = tokens[i - 1];
      const asPlace = !!previous && LOCATIVE.has(previous.norm);
      mentions.push(
        mention(actor.key, token, last, i, region.last, asPlace ? "place" : "referent", asPlace, "organisation"),
      );
      i = region.last;
      continue;
    }
    // "British Airways", "Korean Air": a demonym opening a company's name is part of that name; so
    // is a country's own name ("Liberia People's Movement", "Kenya Airways"), not possessive.
    const nextToken = found ? tokens[i + found.length] : undefined;
    // ("Tunisian General Labour Union": not the state's general, a title word inside the name.)
    const titled = found?.form === "institution" && titleInName(text, tokens, i + found.length - 1, to);
    if (titled) found = undefined;
    if (
      (found?.form === "demonym" ||
        // ("Dhaka Power Distribution Company", "Nairobi City Water": a capital's name opening one too.)
        found?.form === "capital" ||
        (found?.form === "name" &&
          !tokens[i + found.length - 1]?.possessive &&
          gazetteer.get(found.key)?.kind === "state")) &&
      nextToken?.capital &&
      text.slice(tokens[i + found.length - 1]?.end ?? 0, nextToken.start) === " " &&
      !gazetteerAt(tokens, i + found.length, text) &&
      (endsInOrganisation(text, tokens, i + found.length, to) ||
        (found.form === "demonym" && membersBodyAt(text, tokens, i + found.length, to)))
    )
      found = undefined;
    // "LONDON -", "SEOUL (Reuters) -": the dateline's city is where the story is filed, not an actor.
    // (It still tells the story's country.)
    const dateline =
      found &&
      (i === from || (lineOpening(text, token) && datelineEnds(text, tokens[i + found.length - 1] ?? token))) &&
      token.text.length > 2 &&
      /^[\p{Lu}.\s,]+$/u.test(text.slice(token.start, tokens[i + found.length - 1]?.end));
    if (found && dateline) {
      book.fromGazetteer(found.key);
      const last = tokens[i + found.length - 1] ?? token;
      mentions.push(mention(found.key, token, last, i, i + found.length - 1, "place", true, "state"));
      i += found.length - 1;
      continue;
    }
    // ("Sahel Press Agency", "Sahel Agro-Industries SA": a region's name opening a body's or a
    // medium's name is that name's first word.)
    if (found?.form === "place" && unknownNames && placeOpensBody(text, tokens, i, found.length, to)) found = undefined;
    if (found?.form === "place") {
      i += found.length - 1;
      continue;
    }
    // "Afghanistan's Taliban government", "the Afghan Taliban administration": a state's ruling
    // movement or party before a government's noun is that state's government; the name met again
    // ("The Taliban administration", "the Taliban") is the same government.
    const ruling = found && unknownNames ? rulingAt(text, tokens, i, found, to) : undefined;
    const rulingName = !ruling && unknownNames ? rulingNameAt(text, tokens, i, to, rulers) : undefined;
    const governs = ruling ?? rulingName;
    if (governs) {
      const last = tokens[governs.last] ?? token;
      const actor = book.fromGazetteer(governs.key, text.slice(token.start, last.end).replace(/^the\s+/i, ""));
      if (ruling) rulers.set(ruling.name, ruling.key);
      mentions.push(mention(governs.key, token, last, i, governs.last, "referent", false, actor?.kind ?? "government"));
      i = governs.last;
      continue;
    }
    // "told BBC Bangla", "Al Jazeera English": a capitalised word after a medium's name is its service.
    const service = found ? tokens[i + found.length] : undefined;
    if (
      found &&
      service?.capital &&
      gazetteer.get(found.key)?.kind === "media" &&
      text.slice(tokens[i + found.length - 1]?.end ?? 0, service.start) === " " &&
      !gazetteerAt(tokens, i + found.length, text) &&
      // (one word: "BBC Bangla", not "BBC Radio Four"; a sentence after it is no part of it)
      (!/^\p{Lu}/u.test(tokens[i + found.length + 1]?.text ?? "") ||
        /[.,;:!?]/.test(text.slice(service.end, tokens[i + found.length + 1]?.start ?? service.end)))
    )
      found = { ...found, length: found.length + 1 };
    if (found) {
      const lastIndex = i + found.length - 1;
      const last = tokens[lastIndex] ?? token;
      const next = tokens[lastIndex + 1];
      const joined = next && text.slice(last.end, next.start) === "-";
      // "along the Niger river", "the Congo basin": a state's or a place's name before a river's or a
      // land's lower-case noun names the water or the land, no actor; so does "US$" a currency.
      if (
        !last.possessive &&
        ((found.form === "name" &&
          next &&
          !next.capital &&
          text.slice(last.end, next.start) === " " &&
          FEATURE_NOUNS.test(next.norm)) ||
          (text.slice(last.end, last.end + 1) === "$" && gazetteer.get(found.key)?.kind === "state"))
      ) {
        i = lastIndex;
        continue;
      }
      const actor = book.fromGazetteer(found.key, text.slice(token.start, last.end));
      let role: MentionRole = "referent";
      if (joined && next && BACKING_SUFFIX.test(next.norm)) role = "backer";
      else if (joined && next && PLACE_SUFFIX.test(next.norm)) role = "place";
      else if (next && RELATIONAL_NOUNS.has(next.norm) && !last.possessive) role = "modifier";
      // "carried out under EU rules", "broke FIFA's regulations": a body's rules are no party.
      else if (found.form !== "demonym" && next && !next.capital && RULE_NOUNS.test(next.norm)) role = "modifier";
      else if (last.possessive && next && (RELATIONAL_NOUNS.has(next.norm) || gazetteerAt(tokens, lastIndex + 1, text)))
        role = "modifier";
      else if (found.form !== "institution" && (found.form === "demonym" || last.possessive)) {
        // "German lender Nordmark Bank", "Swiss chocolate maker Brunner & Keller": the country says
        // where the company is from; the name after the company's noun is the one meant.
        let j = lastIndex + 1;
        while (j < lastIndex + 3 && tokens[j] && !tokens[j]?.capital && !ORGANISATION_NOUNS.test(tokens[j]?.norm ?? ""))
          j++;
        const noun = tokens[j];
        const name = tokens[j + 1];
        // (also set off by a comma: "its Chinese supplier, Huarun Biotech,")
        if (
          noun &&
          name?.capital &&
          ORGANISATION_NOUNS.test(noun.norm) &&
          /^,? $/.test(text.slice(noun.end, name.start))
        )
          role = "modifier";
        // "under Malaysian law", "in Indonesian waters", "Italian wages": the country's law, land or
        // economy, no actor of it.
        else if (found.form === "demonym" && next && !next.capital && COUNTRY_THINGS.test(next.norm)) role = "place";
        else if (found.form === "demonym" && next && !next.capital && COUNTRY_GOODS.test(next.norm)) {
          // ("Swedish dairy farming": two such nouns.)
          const second = COUNTRY_GOODS.test(tokens[lastIndex + 2]?.norm ?? "") ? 1 : 0;
          const after = tokens[lastIndex + 2 + second];
          const ends =
            !after ||
            after.capital ||
            PHRASE_ENDS.test(after.norm) ||
            /[,;:.!?()“”"]/.test(text.slice(next.end, after.start));
          if (ends) role = "place";
        }
        // "the vessel's Greek owner", "its Chinese supplier": where a company is from, no actor of it.
        else if (found.form === "demonym" && next && !next.capital && COMPANY_ROLES.test(next.norm)) role = "place";
        // "Spain's Canary Islands", "Chile's Atacama Desert": the country's land, no actor of it.
        else if (last.possessive && next?.capital && landAfter(text, tokens, lastIndex + 1, to)) role = "place";
      }
      const previous = tokens[i - 1];
      // "in Syria" is a place; so is "talks on Syria", a topic.
      const topic = previous?.norm === "on" && TOPIC_NOUNS.test(tokens[i - 2]?.norm ?? "");
      // "officials in Uganda" are Uganda's, not a place where someone stands.
      const ofPlace = previous?.norm === "in" && PEOPLE_NOUNS.test(tokens[i - 2]?.norm ?? "");
      // "crew members from the Philippines", "most of them from Ukraine": where people come from.
      const fromAt = previous?.norm === "the" ? i - 2 : i - 1;
      const origin =
        tokens[fromAt]?.norm === "from" && ORIGIN_PEOPLE.test(tokens[fromAt - 1]?.norm ?? "") && found.asPlace;
      // "in Europe and the United States": a place joined to a place is one too.
      // ("grown in Romania, Hungary and Ukraine": so is one listed after a place and a comma.)
      const listed = mentions.at(-1)?.last === i - 1 && text.slice(previous?.end ?? 0, token.start) === ", ";
      const joinedPlace =
        !!previous &&
        (/^(?:and|or|the)$/.test(previous.norm) || listed) &&
        (mentions.at(-1)?.asPlace ?? false) &&
        (mentions.at(-1)?.last ?? -9) >= i - 3;
      const unknownPlaceBefore =
        !!previous && /^(?:and|or)$/.test(previous.norm) && LOCATIVE.has(tokens[i - 3]?.norm ?? "");
      const asPlace =
        found.asPlace &&
        !!previous &&
        (LOCATIVE.has(previous.norm) || topic || joinedPlace || unknownPlaceBefore || origin) &&
        !ofPlace &&
        role === "referent";
      if (role === "backer") {
        pendingBackers.push(found.key);
        mentions.push(mention(found.key, token, last, i, lastIndex, "backer", false, actor?.kind ?? "state"));
        i = lastIndex + 1;
        // "U.S.-backed rebels" (a group of its own) or "Russian-backed Syrian military" (backing a known one).
        const backerFirst = i - found.length;
        const adjacent =
          tokens[i + 1] && GROUP_HEADS.test(tokens[i + 1]?.norm ?? "") && !gazetteerAt(tokens, i + 1, text);
        // With a nationality between ("U.S.-backed Syrian rebels"), only rebel groups are new actors.
        const beyond = tokens[i + 2] && REBEL_HEADS.test(tokens[i + 2]?.norm ?? "");
        const groupAt = adjacent ? i + 1 : beyond ? i + 2 : -1;
        if (groupAt > 0) {
          const head = tokens[groupAt] as Token;
          const noun = head.norm.replace(/s$/, "");
          const backed = book.add(`${found.key}-backed-${noun}s`, text.slice(token.start, head.end), "armed_group");
          for (const backer of pendingBackers) backed.backers.add(backer);
          book.addAlias(backed, text.slice(token.start, head.end));
          pendingBackers = [];
          mentions.push(mention(backed.key, token, head, backerFirst, groupAt, "referent", false, "armed_group"));
          i = groupAt;
        }
        continue;
      }
      if (pendingBackers.length > 0 && actor) {
        for (const backer of pendingBackers) actor.backers.add(backer);
        pendingBackers = [];
      }
      // "Chile's firefighters' union": a country's own union or association is a group of its own.
      let group = lastIndex + 1;
      while (
        group < lastIndex + 3 &&
        tokens[group] &&
        !tokens[group]?.capital &&
        !CIVIL_HEADS.test(tokens[group]?.norm ?? "")
      )
        group++;
      const civil =
        unknownNames &&
        role === "referent" &&
        !asPlace &&
        last.possessive &&
        group > lastIndex + 1 &&
        CIVIL_HEADS.test(tokens[group]?.norm ?? "") &&
        !tokens[group + 1]?.capital &&
        tokens.slice(lastIndex + 1, group).every((t) => !t.capital && /^[\p{L}'’-]+$/u.test(t.text));
      mentions.push(
        mention(
          found.key,
          token,
          last,
          i,
          lastIndex,
          asPlace ? "place" : civil ? "modifier" : role,
          asPlace,
          actor?.kind ?? "state",
        ),
      );
      i = lastIndex;
      if (civil) {
        const head = tokens[group] as Token;
        const name = text.slice(token.start, head.end);
        const union = book.add(organisationKey(name), name, "organisation");
        // "the union" later is the same one.
        book.addAlias(union, `the ${head.norm}`);
        mentions.push(
          mention(
            union.key,
            tokens[lastIndex + 1] as Token,
            head,
            lastIndex + 1,
            group,
            "referent",
            false,
            "organisation",
          ),
        );
        i = group;
      }
      continue;
    }
    const collective = unknownNames ? collectiveAt(text, tokens, i, to, book) : undefined;
    if (collective) {
      mentions.push(
        mention(
          collective.key,
          token,
          tokens[collective.last] ?? token,
          i,
          collective.last,
          "referent",
          false,
          "organisation",
        ),
      );
      i = collective.last;
      continue;
    }
    // Generic groups no gazetteer entry names: "rebels", "militias", "government forces".
    if (
      /^(?:rebels|insurgents|militants|militias|separatists)$/.test(token.norm) ||
      (token.norm === "government" && tokens[i + 1]?.norm === "forces")
    ) {
      const words = token.norm === "government" ? "government forces" : token.norm;
      const actor = book.add(words.replace(/\s+/g, "-"), words, "armed_group");
      if (pendingBackers.length > 0) {
        for (const backer of pendingBackers) actor.backers.add(backer);
        pendingBackers = [];
      }
      const lastIndex = token.norm === "government" ? i + 1 : i;
      mentions.push(
        mention(actor.key, token, tokens[lastIndex] ?? token, i, lastIndex, "referent", false, "armed_group"),
      );
      i = lastIndex;
      continue;
    }
    // A name met before, now opening a sentence ("Heathrow dismissed ..."), is the same one.
    const opensSentence = /(?:^|\n|[.!?]["”’]?\s+)$/.test(text.slice(Math.max(0, token.start - 4), token.start));
    const seen = opensSentence && token.capital && book.get(`org-${token.norm}`) ? `org-${token.norm}` : undefined;
    const shortName = token.capital ? (firstWords.get(token.norm) ?? seen) : undefined;
    // (Not "Brunner" of "Brunner & Keller's head": a name joined by "&" or "of" goes on; nor "Office"
    // of "the Office du Niger" met again, a French or Spanish particle being its "of".)
    const gap = text.slice(token.end, tokens[i + 1]?.start ?? token.end);
    const joinedName =
      (/^\s*&\s*$/.test(gap) && !!tokens[i + 1]?.capital) ||
      (/^(?:&|of|du|de|des|del|della|di|do|da|dos|das)$/.test(tokens[i + 1]?.norm ?? "") && !!tokens[i + 2]?.capital);
    if (
      unknownNames &&
      shortName &&
      !joinedName &&
      !(tokens[i + 1]?.capital && text.slice(token.end, tokens[i + 1]?.start) === " ")
    ) {
      // "Boreal said" after "Boreal Aerospace", even opening a sentence.
      mentions.push(
        mention(shortName, token, token, i, i, "referent", false, book.get(shortName)?.kind ?? "organisation"),
      );
      continue;
    }
    // "Budget carrier JetAsia", "State lender X": a word opening the sentence before a company's noun
    // and a name only describes it.
    if (
      unknownNames &&
      /(?:^|\n|[.!?]["”’]?\s+|\s[—–-]\s+)$/.test(text.slice(Math.max(0, token.start - 4), token.start)) &&
      !tokens[i + 1]?.capital &&
      ORGANISATION_NOUNS.test(tokens[i + 1]?.norm ?? "") &&
      tokens[i + 2]?.capital
    )
      continue;
    // "the Executive Agency for Variety Testing", "the Executive Committee": a title's word right
    // before a body's head opens the body's name.
    const titledBody =
      token.capital &&
      PERSON_TITLES.has(token.norm) &&
      !!tokens[i + 1]?.capital &&
      /^(?:agency|committee|council|board|office|authority|commission|directorate|secretariat)$/.test(
        tokens[i + 1]?.norm ?? "",
      ) &&
      text.slice(token.end, tokens[i + 1]?.start ?? 0) === " ";
    // ("The Prosecutor General's Office", "the Executive Power": so do titles a body's head closes.)
    if (unknownNames && (isNameToken(token) || titledBody || titleInName(text, tokens, i, to))) {
      // "ACT said ..." after "Andean Crude Transport": an acronym of a name met, even opening a sentence.
      const acronym = opensSentence && /^\p{Lu}{2,6}$/u.test(token.text) ? acronymOf(book, token.text) : undefined;
      if (acronym) {
        mentions.push(
          mention(acronym, token, token, i, i, "referent", false, book.get(acronym)?.kind ?? "organisation"),
        );
        continue;
      }
      const unknown = unknownName(text, tokens, i, to);
      /**
       * Capitalised words that name no party: a place the text introduces as one ("the village of
       * X", "X, a fishing town", "from X to Y") or whose last word is a place's ("Canary Islands",
       * "the Gulf"), a currency ("CFA francs"), the words of a title before it ("Prime Minister X",
       * "Health Minister X"), a place before a compound ("Hong Kong-listed"), an event or a law
       * ("the World Cup", "the Mining Act", "Operation Dawn").
       */
      const noActor = (found: { name: string; last: number }) => {
        const lastToken = tokens[found.last] as Token;
        const after = tokens[found.last + 1];
        const gap = after ? text.slice(lastToken.end, after.start) : "";
        const single = found.last === i;
        const lastWord = lastToken.norm;
        if (ORGANISATION_SUFFIXES.test(lastWord) && !single) return false;
        if (places.has(placeKey(found.name))) return true;
        if (lastToken.capital && LAND_FEATURES.test(lastWord) && (!single || tokens[i - 1]?.norm === "the"))
          return true;
        if (EVENT_WORDS.test(lastWord) && !single) return true;
        if (!single && /^(?:operation|exercise)$/.test(token.norm)) return true;
        if (!after) return false;
        if (gap === " " && !after.capital && CURRENCY_NOUNS.test(after.norm)) return true;
        // "Velmora's Solaris 44 hybrid", "Flight 370": a name and its number are a product's or a
        // model's, a thing, no party.
        if (
          gap === " " &&
          /^\d{1,4}$/.test(after.text) &&
          !/^\s*(?:%|per|percent|million|billion|years?|days?|people)\b/.test(text.slice(after.end, after.end + 10))
        )
          return true;
        // "LISBON (Reuters) - Junior doctors walked out": the sentence's first word, before its people.
        if (
          single &&
          gap === " " &&
          !after.capital &&
          PEOPLE_PLURAL.test(after.norm) &&
          /\s[-—–]\s+$/.test(text.slice(Math.max(0, token.start - 3), token.start))
        )
          return true;
        if (gap === "-" && PLACE_SUFFIX.test(after.norm)) return true;
        // "Prime Minister", "Health Minister", "Vice President": a title's first words, not a body's.
        return (
          gap === " " &&
          after.capital &&
          TITLE_HEADS.test(after.norm) &&
          !BODY_HEADS_BEFORE_TITLES.test(lastWord) &&
          tokens.slice(i, found.last + 1).every((t) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text))
        );
      };
      // "PORT KLANG, Malaysia (Reuters) -": a capitals-only city opening a line is the dateline's place.
      if (
        unknown &&
        lineOpening(text, token) &&
        /^[\p{Lu}.\s'’-]+$/u.test(unknown.name) &&
        unknown.name.length > 2 &&
        datelineEnds(text, tokens[unknown.last] ?? token)
      ) {
        i = unknown.last;
        continue;
      }
      const previous = tokens[i - 1];
      const following = unknown ? tokens[unknown.last + 1] : undefined;
      // After a preposition an unknown name is a place ("in Aleppo"); before "administration", a government.
      // "in Aleppo", "in the Amazon": after a preposition (and an article) an unknown name is a place.
      const preposition = previous?.norm === "the" ? tokens[i - 2] : previous;
      // "in Oslo and Aarhus": a name joined by "and" / "or" to a place just named is a place too.
      const placeBefore = mentions.at(-1);
      // ("in Sydney and Melbourne": or to a name just read as a place, which leaves no mention;
      // "outside La Paz, Cochabamba and Santa Cruz": or listed after a place and a comma.)
      const joinedToPlace =
        (/^(?:and|or)$/.test(previous?.norm ?? "") &&
          ((placeBefore?.role === "place" && text.slice(placeBefore.end, previous?.start ?? 0) === " ") ||
            (unknownPlaceEnd === i - 2 && text.slice(tokens[i - 2]?.end ?? 0, previous?.start ?? 0) === " "))) ||
        (placeBefore?.role === "place" &&
          placeBefore.last === i - 1 &&
          text.slice(placeBefore.end, token.start) === ", ");
      // A name ending like a company's ("at Lakeview Memorial Hospital") is the company, not a place.
      // "communities in Peru's Amazon", "farms in Kenya's Rift": a state's land after a preposition.
      const statesLand =
        !!previous?.possessive &&
        LOCATIVE.has(tokens[i - 2]?.norm ?? "") &&
        placeBefore?.last === i - 1 &&
        placeBefore.kind === "state";
      // "guests from Puebla and Mexico City", "losing ships to Kingston and Cartagena", "left Bangkok
      // and Laem Chabang": a name joined by "and" or "or" to a capital's, either side, is a place too
      // (not "Reporting by X in Islamabad and Sana Jafri in Karachi": a byline's next name).
      const capitalBefore =
        !!placeBefore &&
        /^(?:and|or)$/.test(previous?.norm ?? "") &&
        placeBefore.last === i - 2 &&
        text.slice(placeBefore.end, previous?.start ?? 0) === " " &&
        gazetteerAt(tokens, placeBefore.first, text)?.form === "capital" &&
        !/^(?:in|at|from)$/.test(following?.norm ?? "");
      const pairedWith = unknown ? tokens[unknown.last + 1] : undefined;
      const capitalAfter =
        !!unknown &&
        !!pairedWith &&
        /^(?:and|or)$/.test(pairedWith.norm) &&
        text.slice(tokens[unknown.last]?.end ?? 0, pairedWith.start) === " " &&
        gazetteerAt(tokens, unknown.last + 2, text)?.form === "capital";
      const place =
        ((preposition &&
          (LOCATIVE.has(preposition.norm) || /^(?:of|for|on|via|near|toward)$/.test(preposition.norm))) ||
          joinedToPlace ||
          capitalBefore ||
          capitalAfter ||
          statesLand) &&
        unknown?.kind === "organisation" &&
        !ORGANISATION_SUFFIXES.test(tokens[unknown.last]?.norm ?? "") &&
        // ("of the United Front for Renewal": a body's head before "for" or "of" makes it a body.)
        !tokens
          .slice(i + 1, unknown.last)
          .some((t, k) => /^(?:for|of)$/.test(t.norm) && ORGANISATION_SUFFIXES.test(tokens[i + k]?.norm ?? ""));
      // "Ecuador's El Oro province", "the Esenyurt district": a name before a place's noun is a place.
      // ("Piraeus-based Halkidon Maritime": a name joined to "-based" is where the next one is.)
      const placeNoun =
        !!following &&
        !following.capital &&
        (PLACE_NOUNS.test(following.norm) ||
          (FEATURE_NOUNS.test(following.norm) &&
            text.slice(tokens[unknown?.last ?? i]?.end ?? 0, following.start) === " ") ||
          (PLACE_SUFFIX.test(following.norm) &&
            text.slice(tokens[unknown?.last ?? i]?.end ?? 0, following.start) === "-") ||
          // "10bn CFA francs": a name before a currency is the currency's.
          CURRENCIES.test(following.norm));
      // "Public Works Secretary": a portfolio before a government's title is no organisation.
      const portfolio = !!unknown && portfolioAt(tokens, i, unknown.last);
      const met =
        !!unknown &&
        (book.get(`org-${unknown.key}`) ||
          (unknown.last === i
            ? firstWords.has(token.norm)
            : shortForms.has(
                tokens
                  .slice(i, unknown.last + 1)
                  .map((t) => t.norm)
                  .join(" "),
              )));
      if (
        unknown &&
        (place ||
          placeNoun ||
          portfolio ||
          following?.norm === "administration" ||
          // "a Western diplomat", "Western governments": a compass adjective is no body.
          (unknown.last === i &&
            !!following &&
            !following.capital &&
            /^(?:western|eastern|northern|southern)$/.test(token.norm)) ||
          (!met && noActor(unknown)))
      ) {
        // ("Solaris 44" ... "Solaris sold for ...": a product named with its number is one wherever it comes again.)
        const numbered = tokens[unknown.last + 1];
        if (!met && numbered && /^\d{1,4}$/.test(numbered.text) && noActor(unknown)) places.add(placeKey(unknown.name));
        // "in the Dukan reservoir" ... "said Dukan was at a third of its capacity": a name the text
        // used as a place (after "in", "at", ..., after a preposition and "the", joined to a place, or
        // before a place's noun) is a place wherever it comes again.
        if (
          !met &&
          ((place &&
            (LOCATIVE.has(preposition?.norm ?? "") || previous?.norm === "the" || joinedToPlace || statesLand)) ||
            placeNoun)
        )
          places.add(placeKey(unknown.name));
        if (place || placeNoun) unknownPlaceEnd = unknown.last;
        i = unknown.last;
        continue;
      }
      if (unknown) {
        // "Harbor" after "Harbor Telecom": the short name is the same organisation.
        const words = tokens
          .slice(i, unknown.last + 1)
          .map((t) => t.norm)
          .join(" ");
        const short =
          unknown.last === i
            ? (bracketed(text, token, mentions, book) ?? firstWords.get(token.norm) ?? acronymOf(book, token.text))
            : shortForms.get(words);
        const actor = short
          ? (book.get(short) ?? book.add(short, unknown.name, unknown.kind))
          : book.add(`org-${unknown.key}`, unknown.name, unknown.kind);
        if (short) book.addAlias(actor, unknown.name);
        // Not "Food" for "Food and Drug Administration": a name joined by "and" or "of" is never cut short.
        else if (unknown.last > i && !firstWords.has(token.norm) && !/^(?:and|of|&)$/.test(tokens[i + 1]?.norm ?? ""))
          firstWords.set(token.norm, actor.key);
        // "Lakeview Memorial" after "Lakeview Memorial Hospital": a shorter form is the same one.
        if (!short)
          for (let cut = i + 2; cut <= unknown.last; cut++) {
            const prefix = tokens
              .slice(i, cut)
              .map((t) => t.norm)
              .join(" ");
            if (!shortForms.has(prefix)) shortForms.set(prefix, actor.key);
          }
        // "a California lettuce grower": a name between "a" and a common noun only describes.
        // ("the tanker's GPS record", "its Okpo shipyard", "the club's Facebook page": a name between a
        // possessive and a thing's common noun names what the thing belongs to or is of, no party.)
        const describes =
          (/^(?:a|an)$/.test(previous?.norm ?? "") && following && !following.capital) ||
          attributiveName(text, tokens, i, unknown.last);
        mentions.push(
          mention(
            actor.key,
            token,
            tokens[unknown.last] ?? token,
            i,
            unknown.last,
            describes ? "modifier" : "referent",
            false,
            unknown.kind,
          ),
        );
        i = unknown.last;
      }
    }
  }
  // "Mberengwa Lithium, which is majority-owned by the Hong Kong-listed Zhenhai Resources, said":
  // the owner named in a body's description only describes it (later "the company" is the body).
  for (const found of mentions)
    if (
      found.role === "referent" &&
      found.kind === "organisation" &&
      OWNED_BY.test(text.slice(Math.max(0, found.start - 48), found.start))
    )
      found.role = "modifier";
  return mentions;
}

/** Words that after a name are its verb, a function word or a body's noun, not a thing the name qualifies. */
const NOT_A_THING =
  /^(?:said|says|say|told|tells|has|have|had|is|was|were|are|will|would|could|can|may|might|should|must|did|does|do|also|then|and|or|of|in|on|at|to|for|with|by|from|who|which|that|whose|as|but|not|never|already|still|itself|officials|chief|spokesman|spokeswoman|spokesperson)$|(?:ed|s|ing|ly)$/;

/**
 * "the tanker's GPS record", "its Okpo shipyard", "the club's Facebook page": an unknown name right
 * after a possessive ("its", "the tanker's") and right before a lower-case common noun of a thing
 * (not a verb, a function word, or a body's noun: "Bolivia's ATT regulator" is the regulator)
 * qualifies that noun; it names no party.
 */
function attributiveName(text: string, tokens: Token[], at: number, last: number): boolean {
  const before = tokens[at - 1];
  const after = tokens[last + 1];
  const lastToken = tokens[last];
  if (!before || !after || !lastToken || after.capital || lastToken.possessive) return false;
  if (!before.possessive && !/^(?:its|their|his|her|our|my|your)$/.test(before.norm)) return false;
  if (text.slice(before.end, tokens[at]?.start ?? 0) !== " " || text.slice(lastToken.end, after.start) !== " ")
    return false;
  if (!/^\p{Ll}+$/u.test(after.text) || NOT_A_THING.test(after.norm)) return false;
  return (
    !ORGANISATION_NOUNS.test(after.norm) && !ORGANISATION_SUFFIXES.test(after.norm) && !BODY_WORDS.test(after.norm)
  );
}

/** A body's nouns not listed as an organisation's (a ministry's, a council's, a force's). */
const BODY_WORDS =
  /^(?:ministry|department|directorate|government|regime|authorities|embassy|agency|military|army|office|administration|regulator|council|court|police|commission|authority|board|committee|tribunal|congress|body|bloc|coalition|alliance|movement|front|forces|navy|coastguard|unit|division|subsidiary|affiliate|arm|branch|wing|delegation|mission|secretariat|inspectorate|service|services)$/;

/** Words before a body's owner in a description of another ("which is owned by the ...", "a unit of"). */
const OWNED_BY =
  /(?:\b(?:owned|controlled)\s+by|,\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+)?(?:subsidiary|unit|division|affiliate|arm)\s+of)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$/u;

/** A government's nouns after a ruling movement's name ("Taliban government", "Fidesz administration"). */
const GOVERNMENT_NOUNS = /^(?:government|administration|regime|junta|authorities|leadership|cabinet)$/;

/** The name tokens from `at`: capitalised words, none a state's, at most three; the index of the last. */
function rulingNameEnd(text: string, tokens: Token[], at: number, to: number): number | undefined {
  let last = at - 1;
  while (last + 1 < to && last < at + 2) {
    const next = tokens[last + 1] as Token;
    if (!next.capital || next.possessive || !/^\p{Lu}[\p{L}-]+$/u.test(next.text)) break;
    if (text.slice(tokens[last]?.end ?? next.start, next.start) !== " " && last >= at) break;
    const known = gazetteerAt(tokens, last + 1, text);
    if (known && gazetteer.get(known.key)?.kind === "state") break;
    last++;
  }
  return last >= at ? last : undefined;
}

/** "Afghanistan's Taliban government": a state, a name and a government's noun. */
function rulingAt(
  text: string,
  tokens: Token[],
  i: number,
  found: { key: string; length: number; form: string },
  to: number,
): { key: string; name: string; last: number } | undefined {
  if (found.form !== "demonym" && found.form !== "name") return undefined;
  if (gazetteer.get(found.key)?.kind !== "state") return undefined;
  const stateLast = tokens[i + found.length - 1];
  const at = i + found.length;
  if (!stateLast || !tokens[at] || text.slice(stateLast.end, tokens[at]?.start) !== " ") return undefined;
  if (found.form === "name" && !stateLast.possessive) return undefined;
  const nameLast = rulingNameEnd(text, tokens, at, to);
  const noun = nameLast !== undefined ? tokens[nameLast + 1] : undefined;
  if (nameLast === undefined || !noun || noun.capital || !GOVERNMENT_NOUNS.test(noun.norm)) return undefined;
  if (text.slice(tokens[nameLast]?.end ?? 0, noun.start) !== " ") return undefined;
  const government = institutionOf(found.key, "government");
  if (!government) return undefined;
  const name = tokens
    .slice(at, nameLast + 1)
    .map((t) => t.norm)
    .join(" ");
  return { key: government.id, name, last: nameLast + 1 };
}

/** "The Taliban administration", "the Taliban said" after "Afghanistan's Taliban government": that government. */
function rulingNameAt(
  text: string,
  tokens: Token[],
  i: number,
  to: number,
  rulers: Map<string, string>,
): { key: string; last: number } | undefined {
  if (rulers.size === 0 || !tokens[i]?.capital) return undefined;
  const nameLast = rulingNameEnd(text, tokens, i, to);
  if (nameLast === undefined) return undefined;
  const name = tokens
    .slice(i, nameLast + 1)
    .map((t) => t.norm)
    .join(" ");
  const key = rulers.get(name);
  if (!key) return undefined;
  const noun = tokens[nameLast + 1];
  const withNoun = !!noun && !noun.capital && GOVERNMENT_NOUNS.test(noun.norm);
  return { key, last: withNoun ? nameLast + 1 : nameLast };
}

/** The token opens a line (a dateline's place opens the story's first line, after any byline). */
const lineOpening = (text: string, token: Token) =>
  /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, token.start - 3), token.start));

/** A dateline's place ends in a comma, a bracket ("(Reuters)") or a spaced dash. */
const datelineEnds = (text: string, last: Token) => /^(?:,|\s*\(|\s+[-—–]\s)/.test(text.slice(last.end, last.end + 3));

const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower)$/;

/** A compass word and a country's name ("South Australia"), the gazetteer holding no such country. */
function regionAt(text: string, tokens: Token[], i: number, to: number): { state: string; last: number } | undefined {
  const token = tokens[i];
  if (!token?.capital || !COMPASS.test(token.norm) || token.possessive || i + 1 >= to) return undefined;
  const next = tokens[i + 1];
  if (!next || text.slice(token.end, next.start) !== " ") return undefined;
  const found = lookupPhrase(tokens, i + 1);
  const country = found?.hits.find((hit) => hit.form === "name" && gazetteer.get(hit.id)?.kind === "state");
  if (!found || !country) return undefined;
  return { state: country.id, last: i + found.length };
}

/** Nouns that make the name before them a place ("El Oro province", "the Esenyurt district"). */
const PLACE_NOUNS =
  /^(?:province|district|region|county|village|town|city|area|belt|valley|island|islands|state|prefecture|governorate|municipality|township|neighbourhood|neighborhood|suburb|river|lake|coast|border|delta|highlands|expressway|highway|motorway|freeway)$/;

/** Lower-case nouns of a water, a land or a work on them that a place's name before them names ("the Niger river", "the Hradok tunnel"). */
const FEATURE_NOUNS =
  /^(?:river|rivers|lake|delta|basin|valley|wetlands?|marshes|reservoir|dam|tunnel|wharf|crossing|corridor|estuary|lagoon|plateau|floodplain|watershed|catchment)$/;
/** A land's or water's last word ("Canary Islands", "Rift Valley", "the Gulf"): a place, never a party. */
const LAND_FEATURES =
  /^(?:islands|island|isles|valley|river|lake|coast|delta|highlands|mountains|hills|peninsula|bay|desert|plateau|gulf|sea|strait|basin|beach|forest|channel|canal|reef|archipelago|lagoon|estuary|falls|highway|expressway|motorway|freeway)$/;
/** A company's role nouns a demonym may qualify ("the vessel's Greek owner", "a Chinese supplier"). */
const COMPANY_ROLES =
  /^(?:owner|owners|shipowner|operator|operators|supplier|suppliers|contractor|contractors|subcontractor|maker|manufacturer|builder|developer|buyer|seller|insurer|lender|investor|investors|partner|parent|shareholder|charterer|shipper|carrier|firm|firms|company|companies|vendor|vendors|provider|providers|distributor|distributors|wholesaler|wholesalers|exporter|exporters|importer|importers|haulier|hauliers)$/;
/** People whose country after "from" is where they come from ("crew from the Philippines"). */
const ORIGIN_PEOPLE =
  /^(?:them|crew|crews|sailors|seafarers|migrants|workers|refugees|fishermen|tourists|passengers|nationals|citizens|people|students|pilgrims|labourers|laborers|members|families|victims|players|volunteers|immigrants|travellers|travelers)$/;

/** Capitalised words from `at` ending in a land's or water's word ("Canary Islands"). */
function landAfter(text: string, tokens: Token[], at: number, to: number): boolean {
  let last = at;
  while (
    last + 1 < to &&
    last < at + 3 &&
    tokens[last + 1]?.capital &&
    text.slice(tokens[last]?.end ?? 0, tokens[last + 1]?.start ?? 0) === " "
  )
    last++;
  return LAND_FEATURES.test(tokens[last]?.norm ?? "");
}

/** Plurals of people ("doctors", "workers", "residents", "fishermen"). */
const PEOPLE_PLURAL = /^\p{Ll}[\p{Ll}-]{2,}(?:ers|ors|ists|ants|ents|ians|men|ees|nurses|staff)$/u;
/** Title words after which the capitalised words before are the title's ("Prime Minister", "Health Secretary"). */
const TITLE_HEADS =
  /^(?:minister|secretary|president|premier|chancellor|governor|general|commissioner|ombudsman|attorney|prosecutor|envoy|ambassador|chief)$/;
/** A body's last word before a title ("Senate President", "Union General Secretary"): the body is named. */
const BODY_HEADS_BEFORE_TITLES =
  /^(?:senate|assembly|parliament|congress|house|council|commission|committee|board|court|union|party|league|federation|association|army|police|navy|bank|company|group|authority|agency|ministry|department|office|state|region|province|county|city)$/;
/** Nouns after a capitalised word that make it a currency's name ("CFA francs", "Swiss francs"). */
const CURRENCY_NOUNS =
  /^(?:francs?|dollars?|euros?|pounds?|pesos?|rupees?|rupiahs?|shillings?|nairas?|cedis?|rand|dinars?|dirhams?|riyals?|rials?|lira|liras|kwacha|birr|leones?|yuan|yen|won|rubles?|roubles?|hryvnias?|zlotys?|forints?|korunas?|krona|kronor|kroner|krone|lei|leva|levs?|manats?|somonis?|soms?|tenge|lari|drams?|takas?|kyats?|bahts?|dongs?|ringgits?|reais|reals?|bolivianos?|soles?|guaranies?|colones?|quetzales?|lempiras?|cordobas?)$/;
/** Last words of names that are events, laws or programmes, never parties ("World Cup", "Mining Act"). */
const EVENT_WORDS =
  /^(?:cup|championship|championships|games|olympics|tournament|festival|marathon|act|bill|amendment|treaty|accord|accords|protocol|doctrine|initiative|programme|program|plan|strategy|declaration|charter|budget|census|election|elections|referendum|war|uprising|revolution|crisis|storm|cyclone|hurricane|typhoon|flood|floods|earthquake|pandemic|day|week|prize|award|awards|expo|summit)$/;
/** Words that open a town's name ("Port Sudan", "San Pedro", "Saint-Louis", "Fort Portal", "Puerto Ayacucho"). */
const TOWN_PREFIXES = /^(?:port|fort|san|santa|santo|são|sao|saint|sainte|puerto|ciudad|mount|lake|cape|bandar|kota)$/;

/** A town named with a place prefix at `i`: the index of its last word, or undefined. */
function townAt(text: string, tokens: Token[], i: number, to: number): number | undefined {
  const token = tokens[i];
  if (!token?.capital || token.possessive || !TOWN_PREFIXES.test(token.norm)) return undefined;
  // (One word after the prefix, or a country's name: "Puerto Central Pacifico" may be a port's operator.)
  const country = lookupPhrase(tokens, i + 1)?.hits.find((hit) => hit.form === "name");
  let last = i;
  while (
    last + 1 < to &&
    last < i + (country ? 3 : 1) &&
    tokens[last + 1]?.capital &&
    !tokens[last]?.possessive &&
    text.slice(tokens[last]?.end ?? 0, tokens[last + 1]?.start ?? 0) === " "
  )
    last++;
  if (last === i) return undefined;
  if (ORGANISATION_SUFFIXES.test(tokens[last]?.norm ?? "")) return undefined;
  const after = tokens[last + 1];
  if (!country && after?.capital && text.slice(tokens[last]?.end ?? 0, after.start) === " ") return undefined;
  return last;
}

/** A place's name as the place sets keep it. */
const placeKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}`;
const TOWN_NOUN =
  "(?:village|town|city|hamlet|settlement|township|suburb|district|municipality|oasis|island|province|county|region)";
const INTRODUCED_PLACES = [
  // "the village of Chizungu", "the border town of Chaman"
  new RegExp(String.raw`\b(?:the|a) (?:[\p{Ll}-]+ ){0,2}${TOWN_NOUN} of (${PLACE_NAME})`, "gu"),
  // "Bargny, a fishing town east of Dakar", "Majak Ayuel, the village where ..."
  new RegExp(
    String.raw`(${PLACE_NAME}), (?:a|an|the) (?:[\p{Ll}-]+ ){0,3}${TOWN_NOUN}(?=[,.;:)]|\s+(?:in|on|near|of|where|that|which|with|some|about|north|south|east|west|outside|along|close|just|home)\b|\s+\d)`,
    "gu",
  ),
  // "from Rufisque to Bargny": a stretch of coast or road between two places.
  new RegExp(String.raw`\bfrom (${PLACE_NAME}) to (${PLACE_NAME})\b`, "gu"),
];

/** The names a text introduces as places, wherever they come again. */
function introducedPlaces(text: string): Set<string> {
  const found = new Set<string>();
  for (const pattern of INTRODUCED_PLACES)
    for (const match of text.matchAll(pattern))
      for (const name of match.slice(1))
        if (name && !ORGANISATION_SUFFIXES.test(name.split(" ").at(-1) ?? "")) found.add(placeKey(name));
  return found;
}

/** Heads of a country's civil groups ("Chile's firefighters' union", "Kenya's doctors' association"). */
const CIVIL_HEADS = /^(?:union|unions|association|federation|confederation|cooperative)$/;

/**
 * "The Independent Union of Resident Doctors (SIMR) said": a short name in brackets right after a
 * body's name is that body's, whatever its letters (an acronym of the name in another language).
 */
function bracketed(text: string, token: Token, mentions: Mention[], book: ActorBook): string | undefined {
  if (!/^[\p{Lu}][\p{Lu}\p{N}&-]{1,7}$/u.test(token.text) || text[token.end] !== ")") return undefined;
  const before = mentions.at(-1);
  // (A name the gazetteer lacks: a listed one comes with its own short names.)
  if (!before?.key.startsWith("org-") || !/^\s?\($/.test(text.slice(before.end, token.start))) return undefined;
  const actor = book.get(before.key);
  if (!actor || actor.kind === "person" || actor.kind === "state" || actor.kind === "media") return undefined;
  // ("SIMR president Rui Fonseca" later, or before, is that body's too.)
  book.sameAs(organisationKey(token.text), actor.key);
  return actor.key;
}

function mention(
  key: string,
  first: Token,
  last: Token,
  firstIndex: number,
  lastIndex: number,
  role: MentionRole,
  asPlace: boolean,
  kind: string,
): Mention {
  return { key, role, start: first.start, end: last.end, first: firstIndex, last: lastIndex, asPlace, kind };
}

/**
 * Capitalised words from `at` whose last is an organisation's word ("Teachers' Union", "Airways"),
 * "and" between two of them going on with the name ("Bangladesh Garment Manufacturers and
 * Exporters Association": a country's name opening it is the name's too).
 */
function endsInOrganisation(text: string, tokens: Token[], at: number, to: number): boolean {
  const glued = (a: number) => spacedInName(text, tokens[a], tokens[a + 1]);
  let last = at;
  while (last + 1 < to && last < at + 5 && glued(last)) {
    if (tokens[last + 1]?.capital) last++;
    else if (
      /^(?:and|&)$/.test(tokens[last + 1]?.norm ?? "") &&
      last + 2 < to &&
      tokens[last + 2]?.capital &&
      glued(last + 1) &&
      !gazetteerAt(tokens, last + 2, text)
    )
      last += 2;
    else break;
  }
  const word = tokens[last]?.norm ?? "";
  // ("Nigeria Labour Congress", "Ghana Trades Union Congress": a congress named by more than its
  // head is a body's; "Philippine Congress" alone is the state's legislature.)
  if (word === "congress" && last > at) return true;
  return (
    ORGANISATION_SUFFIXES.test(word) &&
    !/^(?:ministry|department|office|court|army|forces|commission|agency|authority|council|committee)$/.test(word)
  );
}
