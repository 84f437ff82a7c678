// One text under analysis: its tokens, paragraphs, people and actor mentions, and what the
// discourse has established so far (the last person named, the last speaker, who opposes whom),
// which later "he said", "the ministry added" and statements without an explicit target lean on.

import { ActorBook } from "./actors";
import { clientGroup, pluralVoice } from "./collectives";
import { mergeDuplicates } from "./duplicates";
import { institutionOf, lookupHead, titleInstitution } from "./gazetteer";
import { BOTH_SIDES, PERSON_TITLES, REPORTING_FORMS, VAGUE_SOURCES } from "./lexicon";
import { findMentions, type Mention } from "./mentions";
import { organisationKey } from "./names";
import { partyMembers } from "./parties";
import { findPeople, type People, type Person } from "./people";
import { findQuotes, type QuoteRun } from "./quotes";
import {
  completeAffiliations,
  describedBefore,
  describedStateBodies,
  dominantState,
  INSTITUTION_NOUNS,
  namedByHead,
  resolveDefinite,
  runBodies,
  storyStateMinistries,
} from "./references";
import { sidesOfSpeakers } from "./sides";
import { sourceEmployer } from "./sources";
import { literal, paragraphIndex, paragraphSpans, type Span, sentenceSpans, type Token, tokenize } from "./text";

export interface Speaker {
  attribution: "named" | "vague" | "unattributed";
  /** A person actor, when the speaker is one. */
  personKey?: string;
  /** The actor spoken for (a book key). */
  actorKey?: string;
  name?: string;
  title?: string;
  /** A news organisation that relays the words. */
  media?: string;
  /** "the two sides", "Russia and the United States": both speak. */
  pair?: [string, string];
  /** How the speaker was found: "name", "pronoun", "description", ... (for confidence). */
  how: "name" | "reference" | "description" | "actor" | "vague" | "none";
  /** A vague plural voice given its group ("Residents said"): its words with no cue stay unweighed. */
  plural?: true;
}

/** The bodies an office-holder's name or title owns that speak for them ("the minister's office"). */
const OFFICE_NOUNS = /^(?:office|ministry|department|administration|team|cabinet)$/;

/** Parties to a dispute named by what they are: a family, plaintiffs, the suit they brought. */
const PARTY_NOUNS = /^(?:family|families|plaintiffs|relatives|parents|lawsuit|suit|complaint|petition)$/;

/** "a spokeswoman for the airport", "an RSF adviser": a role the text gives without a name. */
const UNNAMED_ROLE =
  /\b(?:[Aa]n?|[Tt]he) (?:[\w.'’-]+ ){0,3}?(?:spokes(?:man|woman|person)|official|lawyer|attorney|adviser|advisor|representative|executive|director|officer)(?: (?:for|of|at|in) (?:the )?[\p{L}'’ -]{2,40}?)?(?= (?:said|says|told|added)\b|,)/gu;

/** "the fisheries association of X province", "a farmers' union in Y": a civil body described, unnamed. */
const DESCRIBED_BODY =
  /^(?:[Tt]he|[Aa]n?) (?:[\p{Ll}'’-]+ ){1,3}?(association|union|federation|collective|cooperative|guild) (?:of|in|from) \p{Lu}/u;

/** A business's noun after a state's possessive ("Lithuania's state gas company", "Kenya's national carrier"). */
const COMPANY_NOUNS =
  /^(?:company|firm|operator|carrier|airline|utility|miner|producer|supplier|distributor|corporation|lender|insurer|broadcaster)$/;

/** A members' own body's noun ("a nurses' union", "the guards' association"). */
const MEMBERS_BODY = /^(?:union|association|federation|collective)$/;

/** A footer crediting the reporters and editors ("(Reporting by X in Y; Editing by Z)"). */
const FOOTER = /^\(?(?:(?:additional )?reporting|writing|editing|edited|compiled|written) by\b/i;

/**
 * The lines that credit a report's writers and outlet, not its story: a byline ("By Farah Idris",
 * "Marta Novak in Vilnius", "BBC News, Dhaka") among the first lines, a footer ("(Reporting by
 * ...; Editing by ...)") anywhere. Their names are no actors.
 */
export function creditSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const [index, line] of text.split("\n").entries()) {
    const words = line.trim();
    const byline =
      index < 3 &&
      words.length > 0 &&
      words.length <= 60 &&
      !/[.!?:;"“”]$|[:;"“”]/.test(words) &&
      /^(?:By\s+)?\p{Lu}[\p{L}'’.-]*(?:,?\s+(?:in\s+|and\s+)?\p{Lu}[\p{L}'’.-]*){1,5}$/u.test(words) &&
      (/^By\s/.test(words) || /\s(?:in|and)\s|,/.test(words));
    if (byline || FOOTER.test(words)) spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}

export class Document {
  readonly tokens: Token[];
  readonly paragraphs: Span[];
  readonly paragraphOf: (offset: number) => number;
  readonly book = new ActorBook();
  readonly people: People;
  readonly mentions: Mention[];
  /** The state the story is mostly about. */
  readonly dominant: string | undefined;
  lastPerson: string | undefined;
  lastSpeaker: Speaker | undefined;
  /** For each side, the side it last blamed or was last blamed by (the fallback target). */
  readonly opponent = new Map<string, string>();
  private quoteRunsFound: QuoteRun[] | undefined;

  /** The text's quotations, found once: the speakers' sides and the direct statements both read them. */
  get quoteRuns(): QuoteRun[] {
    this.quoteRunsFound ??= findQuotes(this.text, this.paragraphs);
    return this.quoteRunsFound;
  }

  constructor(readonly text: string) {
    this.tokens = tokenize(text);
    this.paragraphs = paragraphSpans(text);
    this.paragraphOf = paragraphIndex(text);
    this.people = findPeople(text, this.tokens, this.book);
    const credits = creditSpans(text);
    this.mentions = findMentions(text, this.tokens, 0, this.tokens.length, this.book, this.people, true).filter(
      (mention) => !credits.some((span) => span.start <= mention.start && mention.end <= span.end),
    );
    mergeDuplicates(this.book, this.mentions, this.people, text);
    describedStateBodies(this.mentions, this.book, text);
    runBodies(this.mentions, this.book, text);
    this.dominant = dominantState(this.mentions, this.book);
    storyStateMinistries(this.mentions, this.book, this.dominant, this.text);
    completeAffiliations(this.people, this.mentions, this.book, this.dominant, this.text);
    partyMembers(this);
    sidesOfSpeakers(this);
  }

  /** "the <noun>" at `offset`: the institution it refers to, not on the excluded sides. */
  definite(
    noun: string,
    offset: number,
    exclude: Set<string> = new Set(),
    introduced = false,
    modifiers: string[] = [],
    quoted = false,
  ): string | undefined {
    const key = resolveDefinite(noun, offset, {
      mentions: this.mentions,
      book: this.book,
      exclude,
      dominant: this.dominant,
      text: this.text,
      introduced,
      modifiers,
      quoted,
    });
    if (key && !this.book.get(key)) this.book.fromGazetteer(key);
    return key;
  }

  /** Token indexes [from, to) of the tokens inside a span. */
  tokenRange(span: Span): [number, number] {
    let low = 0;
    let high = this.tokens.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.tokens[mid]?.end ?? 0) <= span.start) low = mid + 1;
      else high = mid;
    }
    let to = low;
    while (to < this.tokens.length && (this.tokens[to]?.start ?? 0) < span.end) to++;
    return [low, to];
  }

  tokensIn(span: Span): Token[] {
    const [from, to] = this.tokenRange(span);
    return this.tokens.slice(from, to);
  }

  /** The mentions inside a span (mentions are in text order: a binary search finds the first). */
  mentionsIn(span: Span): Mention[] {
    let low = 0;
    let high = this.mentions.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.mentions[mid]?.start ?? 0) < span.start) low = mid + 1;
      else high = mid;
    }
    const found: Mention[] = [];
    for (let i = low; i < this.mentions.length; i++) {
      const mention = this.mentions[i] as Mention;
      if (mention.start >= span.end) break;
      if (mention.end <= span.end) found.push(mention);
    }
    return found;
  }

  /** The sides an actor stands on: its top, and its backers' tops. */
  sides(key: string | undefined): Set<string> {
    return key ? this.book.sides(key) : new Set();
  }

  /** Who is speaking, from the words that name them ("John Kirby, a State Department spokesperson"). */
  resolveSpeaker(span: Span): Speaker {
    const words = this.text.slice(span.start, span.end).trim();
    const lower = words.toLowerCase().replace(/[’]/g, "'");
    const tokens = this.tokensIn(span);
    const mentions = this.mentionsIn(span).filter(
      (mention) => mention.role === "referent" || mention.role === "modifier",
    );
    // "Kowalchuk's office rejected that", "The mayor's office denied ...", "Morvan's ministry said":
    // the office speaks for its holder's side, and no person is named as its speaker.
    const head = tokens.at(-1);
    const holder = tokens.at(-2);
    if (tokens.length >= 2 && head && OFFICE_NOUNS.test(head.norm) && holder?.possessive && !head.capital) {
      const office = this.resolveSpeaker({ start: span.start, end: holder.end });
      if (office.attribution === "named" && office.actorKey && (office.personKey || office.title))
        return { attribution: "named", actorKey: office.actorKey, how: "description" };
    }
    const persons = mentions.filter((mention) => mention.kind === "person");
    // "Nowak's deputy at the union, Marek Zielinski,", "A spokeswoman for Kowalchuk, Aisha Rahman,":
    // a person whose aide the subject is (a possessive, or after "for") is not the one speaking when
    // the aide is named after.
    const aideOf = (mention: Mention) =>
      this.tokens[mention.last]?.possessive || this.tokens[mention.first - 1]?.norm === "for";
    const person = persons.find((mention, i) => !(aideOf(mention) && persons[i + 1])) ?? persons[0];
    if (person) {
      const found = this.people.byKey.get(person.key);
      const speaker: Speaker = { attribution: "named", personKey: person.key, how: "name" };
      if (found) {
        speaker.name = found.name;
        if (found.title) speaker.title = found.title;
        // A person no institution claims speaks for themselves.
        speaker.actorKey = found.affiliation ?? found.key;
      }
      return speaker;
    }
    // "Lawyers for 112 families from Chizungu said", "a lawyer for the villagers": the clients' side.
    const clients = /^(?:(?:an?|the|their)\s+)?(?:[\p{L}-]+\s+)?(?:lawyers?|attorneys?|solicitors?|counsel)\s/u.test(
      lower,
    )
      ? clientGroup(lower, this.book)
      : undefined;
    if (clients) return { attribution: "named", actorKey: clients, how: "description" };
    // "The fisheries association of Vietnam's Ca Mau province said": a civil body described by its
    // members' noun and where it is, a body of its own (not the state its place names).
    const described = DESCRIBED_BODY.exec(words);
    if (described && mentions.every((m) => m.kind === "state" || m.role !== "referent" || m.asPlace)) {
      const name = words.replace(/^(?:the|an?)\s+/i, "");
      // (The same body a person's description found at construction, its words running on past the name.)
      const key = organisationKey(lower);
      const known = [...this.book.entries.keys()].find((other) => other.startsWith(`${key}-`));
      const actor = (known && this.book.get(known)) || this.book.add(key, name, "organisation");
      this.book.addAlias(actor, name);
      this.book.addAlias(actor, `the ${described[1]}`);
      return { attribution: "named", actorKey: actor.key, how: "description" };
    }
    const states = mentions.filter((mention) => mention.role === "referent" && this.book.get(mention.key));
    if (BOTH_SIDES.test(lower) || (/\band\b/.test(lower) && states.length >= 2)) {
      const tops = [
        ...new Set(
          states.filter((m) => m.kind === "state" || m.kind === "government").map((m) => this.book.top(m.key)),
        ),
      ];
      if (tops.length >= 2) return { attribution: "named", pair: [tops[0] as string, tops[1] as string], how: "actor" };
      if (BOTH_SIDES.test(lower)) return { attribution: "named", pair: ["", ""], how: "reference" };
    }
    const first = tokens[0]?.norm;
    if (tokens.length <= 2 && /^(?:he|she|him|her)$/.test(tokens.at(-1)?.norm ?? "")) {
      // "Concluding the hearing, senior coroner X said Mrs Parry's condition had ... . “...,” he
      // said.": the subject of the sentence before, when it reports speech, not the last name in it.
      const prior = this.priorSentenceSpeaker(span.start);
      if (prior) return { ...prior, how: "reference" };
      // "he said": the last person the text named, or the last who spoke.
      const named = this.mentions.filter((mention) => mention.kind === "person" && mention.end <= span.start).at(-1);
      // "A spokeswoman for the airport said ... . '...,' she said": an unnamed role after the last name.
      const role = this.unnamedRole(named?.end ?? 0, span.start);
      if (role) return role;
      return this.personSpeaker(named?.key ?? this.lastPerson, "reference");
    }
    if (tokens.length <= 2 && /^(?:they|it|we)$/.test(tokens.at(-1)?.norm ?? "")) {
      // "Eskom ... said ... . It denied": the actor the sentence before opened with, else the last speaker.
      const actor = this.pronounReferent(span.start);
      return actor
        ? { attribution: "named", actorKey: actor, how: "reference" }
        : { attribution: "unattributed", how: "none" };
    }
    const title = tokens.map((token) => token.norm).find((word) => PERSON_TITLES.has(word));
    // "Its government accused Kinshasa ...", "Its foreign ministry said", "Their spokesman said": the
    // possessor is whom "It said" would be (the actor the sentence before opened with, else the last
    // speaker), and the words its body of that kind when the possessor is a state's.
    if (/^(?:its|their)$/.test(first ?? "") && tokens.length >= 2 && tokens.length <= 4 && mentions.length === 0) {
      const suffix = lookupHead(tokens, 1)?.suffix ?? (title ? titleInstitution(lower) : undefined);
      const owner = suffix || title ? this.pronounReferent(span.start) : undefined;
      if (owner) {
        const state = this.book.top(owner);
        const body = suffix && this.book.get(state)?.kind === "state" ? institutionOf(state, suffix)?.id : undefined;
        if (body) this.book.fromGazetteer(body);
        const speaker: Speaker = { attribution: "named", actorKey: body ?? owner, how: "reference" };
        if (title) speaker.name = speaker.title = words;
        return speaker;
      }
    }
    const named = mentions.find((mention) => mention.role === "referent") ?? mentions[0];
    if (named) {
      const actor = this.book.get(named.key);
      if (actor?.kind === "media" && mentions.every((mention) => this.book.get(mention.key)?.kind === "media")) {
        return { attribution: "named", media: named.key, how: "actor" };
      }
      let actorKey = named.key;
      // "Lithuania's state gas company has blamed ...", then "Lietuvos Dujų Tinklai (LDT), which runs
      // ...": a state's company described, the body the text names next that fits the noun.
      const head = tokens.at(-1);
      if (
        !title &&
        actor?.kind === "state" &&
        mentions.length === 1 &&
        head &&
        !head.capital &&
        COMPANY_NOUNS.test(head.norm) &&
        tokens[1]?.start !== undefined &&
        named.end <= (tokens[1]?.start ?? 0)
      ) {
        // (The first body after it that opens a sentence of its own: the next time it acts or speaks.)
        const company = this.mentions.find(
          (m) =>
            m.start > span.end &&
            m.start - span.end < 1500 &&
            m.role === "referent" &&
            m.key.startsWith("org-") &&
            /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(this.text.slice(Math.max(0, m.start - 4), m.start)),
        );
        if (company) return { attribution: "named", actorKey: company.key, how: "description" };
      }
      if (title && actor?.kind === "state") {
        const suffix = titleInstitution(lower) ?? "government";
        actorKey = institutionOf(named.key, suffix)?.id ?? named.key;
        this.book.fromGazetteer(actorKey);
      }
      const speaker: Speaker = { attribution: "named", actorKey, how: title ? "description" : "actor" };
      // "Pakistan's health minister on Monday accused ..." in the lead, "Health Minister Naveed
      // Baloch" after: the office's holder, named later, is the one who spoke.
      const holder = title ? this.holderNamedLater(lower, title, actorKey, span.end) : undefined;
      if (holder) {
        speaker.personKey = holder.key;
        speaker.name = holder.name;
        if (holder.title) speaker.title = holder.title;
        return speaker;
      }
      if (title) {
        speaker.name = words.replace(/^(?:a|an|the)\s+/i, "");
        speaker.title = speaker.name;
      }
      return speaker;
    }
    // "a spokeswoman for the airport", "the company's chief executive", "an army spokesman", "a
    // person familiar with the company's position": the body the description names.
    const employer = sourceEmployer(this, span, tokens, title);
    if (employer) return { attribution: "named", actorKey: employer, name: words, title: words, how: "description" };
    if (first === "the" && tokens.length <= 3 && title) {
      // "the spokesman": the last person with that title, or the last one named.
      const match = [...this.people.byKey.values()]
        .filter((p) => p.title?.toLowerCase().includes(title) && p.at < span.start)
        .at(-1);
      if (match) return this.personSpeaker(match.key, "reference");
      // "the minister" after "Ukraine's foreign minister": the role, unnamed.
      const role = this.people.roleBefore(title, span.start);
      if (role)
        return { attribution: "named", actorKey: role.affiliation, name: words, title: words, how: "reference" };
      // "A senior official in the ministry, who ..., said ... . '...,' the official said": the
      // unnamed role with that title given after the last name, not the person named last.
      const named = this.mentions.filter((mention) => mention.kind === "person" && mention.end <= span.start).at(-1);
      const unnamed = this.unnamedRole(named?.end ?? 0, span.start, title);
      if (unnamed) return unnamed;
      return this.personSpeaker(this.lastPerson, "reference");
    }
    // "The patient's family", "the victims' relatives": a possessive before the party's noun says whose.
    const owned = tokens[1]?.possessive || /['’]$/.test(tokens[1]?.text ?? "") ? 2 : 1;
    const party = first === "the" || first === "a" ? PARTY_NOUNS.exec(tokens[owned]?.norm ?? "") : null;
    if (party && tokens.length <= 2 + owned) {
      // "The family", "the plaintiffs": a side of its own; "the lawsuit" speaks for whoever brought it.
      const filing = /^(?:lawsuit|suit|complaint|petition|claim)$/.test(party[0]);
      const brought = [...this.book.entries.values()].filter((actor) => actor.key.startsWith("party-")).at(-1);
      const name = owned === 2 ? words.replace(/^an?\s+/i, "The ").replace(/^the\s+/, "The ") : `The ${party[0]}`;
      const actor = filing && brought ? brought : this.book.add(`party-${party[0]}`, name, "organisation");
      if (owned === 2) this.book.addAlias(actor, `the ${party[0]}`);
      return { attribution: "named", actorKey: actor.key, how: "description" };
    }
    // "A nurses' union said": a body its members' noun describes, of its own.
    const membersOf = tokens[1];
    if (
      (first === "a" || first === "an") &&
      tokens.length === 3 &&
      membersOf &&
      !membersOf.capital &&
      /^['’]/.test(this.text.slice(membersOf.end, tokens[2]?.start)) &&
      MEMBERS_BODY.test(tokens[2]?.norm ?? "")
    ) {
      const actor = this.book.add(organisationKey(lower), words, "organisation");
      this.book.addAlias(actor, words.replace(/^an?\s+/i, ""));
      this.book.addAlias(actor, `the ${membersOf.norm}' ${tokens[2]?.norm}`);
      return { attribution: "named", actorKey: actor.key, how: "description" };
    }
    // "..., the statement said": the body the text said issued a statement ("Peru's foreign ministry
    // rejected the accusation. In a statement, it said ..."), not the person named last.
    if (tokens.length === 2 && /^(?:the|its|their)$/.test(first ?? "") && tokens[1]?.norm === "statement") {
      const issuer = this.statementIssuer(span.start);
      if (issuer) return issuer;
    }
    if (first === "the" && tokens.length <= 3) {
      // "the ministry added", "the company said": the institution named before.
      const noun = tokens.at(-1)?.norm ?? "";
      const members = tokens.length === 3 ? tokens[1] : undefined;
      // "The guards' union said", no union named: the members' own body, not the last speaker.
      const own =
        members &&
        (members.possessive || /^['’]/.test(this.text.slice(members.end, tokens[2]?.start))) &&
        !members.capital &&
        MEMBERS_BODY.test(noun)
          ? () => {
              const actor = this.book.add(organisationKey(lower), words, "organisation");
              this.book.addAlias(actor, words.replace(/^the\s+/i, ""));
              return actor.key;
            }
          : undefined;
      // ("The water ministry said": the word before the noun says which ministry.)
      const modifiers = tokens
        .slice(1, -1)
        .filter((t) => !t.capital && !t.possessive && /^\p{Ll}+$/u.test(t.text))
        .map((t) => t.norm);
      const found = INSTITUTION_NOUNS.test(noun)
        ? this.definite(noun, span.start, new Set(), false, modifiers)
        : undefined;
      // (A body named before keeps "the guards' union" only when its name says it is a union.)
      const ownName = own && !new RegExp(`\\b${literal(noun)}\\b`, "i").test(this.book.get(found)?.name ?? "");
      // ("The prefecture", "the patients' forum": a body named before by a longer name that ends in the noun.)
      const headed = () =>
        namedByHead(
          noun,
          tokens.slice(1, -1).map((t) => t.norm.replace(/['’]s?$/, "")),
          span.start,
          this.mentions,
          this.book,
          this.people,
        );
      const actorKey = INSTITUTION_NOUNS.test(noun)
        ? ((ownName ? own?.() : found) ?? headed() ?? this.lastSpeaker?.actorKey)
        : ((tokens.length === 2
            ? describedBefore(noun, span.start, this.mentions, this.text, new Set(), this.book)
            : undefined) ?? headed());
      if (actorKey) return { attribution: "named", actorKey, how: "reference" };
    }
    // "the vessel's Greek owner blamed ...", then "the ship's owner, Piraeus-based Halkidon Maritime,":
    // a thing's owner the text names further on by that noun.
    const owns = /^the [\p{L}-]+'s (?:[\p{L}-]+ ){0,2}(owner|operator|maker|manufacturer|builder|charterer)s?$/u.exec(
      lower,
    );
    const owner = owns ? this.ownerNamedAfter(owns[1] ?? "", span.end) : undefined;
    if (owner) return { attribution: "named", actorKey: owner, how: "description" };
    // "Residents said ...", "Some customers said ...": a vague plural voice speaks for its group.
    // (Only a voice opening its clause: at the sentence's start, after an opening phrase's comma or
    // ", while"; not one of a list, "a quarry operator and residents", a relative clause's, "a
    // drought that farmers say", or what a participle reports, "saying drivers had reported".)
    const opens = /(?:^|[.!?]["”’]?\s+|\n\s*|,\s*|\b(?:while|but|whereas)\s+)$/i.test(
      this.text.slice(Math.max(0, span.start - 12), span.start),
    );
    const voice = title || !opens || mentions.length > 0 ? undefined : pluralVoice(this.text, tokens, this.book);
    if (voice) return { attribution: "named", actorKey: voice, how: "description", plural: true };
    if (tokens.some((token) => VAGUE_SOURCES.has(token.norm)) || title) {
      return { attribution: "vague", how: "vague" };
    }
    return { attribution: "unattributed", how: "none" };
  }

  /** Where the sentence before the one `offset` is in starts (within 400 characters before it). */
  previousSentenceStart(offset: number): number {
    const before = this.text.slice(Math.max(0, offset - 400), offset);
    const previousEnd = [...before.matchAll(/[.!?]["”’]?\s+/g)].at(-2);
    return offset - before.length + (previousEnd ? (previousEnd.index ?? 0) + previousEnd[0].length : 0);
  }

  /** Whom "It said", "They denied", "Its government" at `offset` stands for: the actor the sentence before opened with, else the last speaker. */
  private pronounReferent(offset: number): string | undefined {
    return this.previousSubject(offset) ?? this.lastSpeaker?.actorKey;
  }

  /**
   * The organisation or government that opens the sentence before `offset` (its subject), when
   * `offset` opens a sentence of its own; with `afterConjunction`, also when only "But", "And",
   * "However" or "Yet" comes before it ("... declined to comment. But a person familiar with ...").
   */
  previousSubject(offset: number, afterConjunction = false, depth = 0): string | undefined {
    const before = this.text.slice(Math.max(0, offset - 400), offset);
    const ends = [...before.matchAll(/[.!?]["”’]?\s+/g)];
    const last = ends.at(-1);
    // (What stands between the last sentence's end and `offset`.)
    const between = before.slice((last?.index ?? 0) + (last?.[0].length ?? 0)).trim();
    if (!last || (between && !(afterConjunction && /^(?:but|and|however|yet),?$/i.test(between)))) return undefined;
    const sentenceStart = this.previousSentenceStart(offset);
    // ("Its government accused Kinshasa ... . Its foreign ministry said": a sentence a possessive
    // pronoun opens has the subject of the one before it, not the first name its words hold.)
    if (depth < 2 && /^\s*(?:its|their)\s/i.test(this.text.slice(sentenceStart, sentenceStart + 8)))
      return this.previousSubject(sentenceStart, false, depth + 1);
    const opening = this.mentions.find((m) => m.start >= sentenceStart && m.role === "referent");
    if (!opening || opening.start > sentenceStart + 30 || opening.kind === "person" || opening.kind === "media")
      return undefined;
    return opening.key;
  }

  /** The first body after `from` the text sets after "'s <noun>," ("the ship's owner, Piraeus-based X"). */
  private ownerNamedAfter(noun: string, from: number): string | undefined {
    const before = new RegExp(`['’]s ${noun}s?,?\\s+(?:[\\p{L}-]+-based\\s+)?$`, "u");
    return this.mentions.find(
      (m) =>
        m.start >= from &&
        m.role === "referent" &&
        !/^(?:person|state|media)$/.test(m.kind) &&
        before.test(this.text.slice(Math.max(0, m.start - 80), m.start)),
    )?.key;
  }

  /** The last unnamed role between two offsets that resolves to an actor ("a Lianfeng spokeswoman"). */
  private unnamedRole(from: number, to: number, title?: string): Speaker | undefined {
    const words = this.text.slice(from, to);
    let found: Speaker | undefined;
    const titled = title ? new RegExp(`\\b${title}\\b`, "i") : undefined;
    for (const match of words.matchAll(UNNAMED_ROLE)) {
      // (With a title: a role the text introduced, "a senior official ...", never "the official" again.)
      if (titled && (!/^an?\b/i.test(match[0]) || !titled.test(match[0]))) continue;
      const start = from + (match.index ?? 0);
      const speaker = this.resolveSpeaker({ start, end: start + match[0].length });
      if (speaker.attribution === "named" && !speaker.personKey && speaker.actorKey)
        found = { ...speaker, how: "reference" };
    }
    return found;
  }

  /**
   * The person the text names after `from` with the office a description gives ("Pakistan's health
   * minister" → "Health Minister Naveed Baloch"): the title's word and every lower-case word before
   * it in the description in their title, on the same side; none when a person with that title was
   * named before (then the description may be anyone's).
   */
  private holderNamedLater(lower: string, title: string, actorKey: string, from: number) {
    const before = lower.slice(0, lower.lastIndexOf(title)).replace(/^.*['’]s\s+|^(?:the|an?)\s+/, "");
    const portfolio = before
      .split(/\s+/)
      .filter((word) => /^\p{Ll}{3,}$/u.test(word) && !/^(?:the|and|for|of|top|senior|former|new)$/.test(word));
    const fits = (person: Person) => {
      const held = person.title?.toLowerCase();
      if (!held || !new RegExp(`\\b${title}\\b`).test(held)) return false;
      if (!portfolio.every((word) => held.includes(word))) return false;
      return person.affiliation !== undefined && this.book.top(person.affiliation) === this.book.top(actorKey);
    };
    const people = [...this.people.byKey.values()].filter(fits);
    if (people.some((person) => person.at < from)) return undefined;
    return people.filter((person) => person.at >= from).sort((a, b) => a.at - b.at)[0];
  }

  /**
   * The speaker of the sentence right before a "he said" (before its quote, when it follows one):
   * the subject of a sentence whose first verb reports speech or blame, no quote before it, when that
   * subject is a person named or an unnamed one described ("An engineer at the utility, who asked
   * not to be named, said ..."). The last sentence of the paragraph before, when the quote opens one.
   */
  private priorSentenceSpeaker(at: number): Speaker | undefined {
    const run = this.quoteRuns.find((r) => r.outer.end <= at && at - r.outer.end <= 3);
    const anchor = run ? run.outer.start : at;
    const index = this.paragraphs.findIndex((p) => p.start <= anchor && anchor < p.end);
    const paragraph = this.paragraphs[index];
    if (!paragraph) return undefined;
    let window: Span = { start: paragraph.start, end: anchor };
    if (this.text.slice(window.start, window.end).trim() === "") {
      const before = this.paragraphs[index - 1];
      if (!before) return undefined;
      window = before;
    }
    const sentence = sentenceSpans(this.text, window.start, window.end)
      .filter((s) => this.text.slice(s.start, s.end).trim() !== "")
      .at(-1);
    if (!sentence) return undefined;
    const tokens = this.tokensIn(sentence);
    // (Not a verb of a relative clause or an infinitive: "A municipal official, who asked not to be
    // named because he was not authorised to speak, said ...".)
    const verb = tokens.findIndex(
      (t, i) =>
        i > 0 &&
        !t.capital &&
        REPORTING_FORMS.has(t.norm) &&
        !/^(?:who|which|that|to|not)$/.test(tokens[i - 1]?.norm ?? "") &&
        !this.inRelative(tokens, i),
    );
    if (verb <= 0) return undefined;
    const subject = { start: sentence.start, end: tokens[verb - 1]?.end ?? sentence.start };
    // ("In Corrientes, the provincial governor, X, backed ...", "Concluding the hearing, X said":
    // the opening phrase's words are no part of the subject.)
    const opener = tokens[0]?.norm ?? "";
    const comma = this.text.indexOf(",", subject.start);
    if ((/^(?:in|at|on|after|before|during|with|from|for)$/.test(opener) || opener.endsWith("ing")) && comma > 0)
      if (comma < subject.end) subject.start = comma + 1;
    // (Quoted words may come in what was said, not before its verb.)
    if (/["“”]/.test(this.text.slice(subject.start, subject.end))) return undefined;
    if (/^(?:he|she|they|it|we|i)$/.test(tokens[verb - 1]?.norm ?? "")) return undefined;
    const speaker = this.resolveSpeaker(subject);
    if (speaker.personKey || (speaker.attribution === "named" && speaker.name && speaker.how === "description"))
      return speaker;
    // ("A municipal official, who asked not to be named, said ... . “...,” he said.": the unnamed
    // source goes on speaking, a vague one, not the last person named before it.)
    if (speaker.attribution !== "named" && /^(?:an?|one)$/.test(this.tokensIn(subject)[0]?.norm ?? ""))
      return { attribution: "vague", how: "vague" };
    return undefined;
  }

  /** Whether a token sits in a relative clause set off by commas before it (", who asked not to be named ..."). */
  private inRelative(tokens: Token[], at: number): boolean {
    for (let i = at; i >= 1; i--) {
      const gap = this.text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0);
      if (i < at && /^(?:who|which)$/.test(tokens[i]?.norm ?? "") && gap.includes(",")) return true;
      if (gap.includes(",")) return false;
    }
    return false;
  }

  /**
   * Who issued the statement "the statement said" at `offset` quotes: the subject of the last
   * sentence before it (within two paragraphs' reach) that says a statement was issued ("ACPL ...
   * said in a statement that ...", "In a statement, it said ..."): the body or person opening that
   * sentence, else, for "In a statement, it said", the one opening the sentence before.
   */
  private statementIssuer(offset: number): Speaker | undefined {
    const before = this.text.slice(Math.max(0, offset - 800), offset);
    const issued = [...before.matchAll(/\b(?:in|issued|released|published)\s+a\s+(?:[\p{L}-]+\s+)?statement\b/giu)].at(
      -1,
    );
    if (!issued) return undefined;
    const at = offset - before.length + (issued.index ?? 0);
    const upTo = this.text.slice(Math.max(0, at - 400), at);
    const end = [...upTo.matchAll(/[.!?]["”’]?\s+|\n\s*/g)].at(-1);
    const sentenceStart = at - upTo.length + (end ? (end.index ?? 0) + end[0].length : 0);
    const opening = this.mentions.find(
      (m) => m.start >= sentenceStart && m.start < at && m.role === "referent" && m.kind !== "media",
    );
    if (opening && opening.start <= sentenceStart + 30) {
      if (opening.kind === "person") return this.personSpeaker(opening.key, "reference");
      return { attribution: "named", actorKey: opening.key, how: "reference" };
    }
    // ("In a statement published by the official news site El 19 Digital, it said ...".)
    if (!/,\s*(?:it|they)\s/i.test(this.text.slice(at, at + 160))) return undefined;
    const subject = this.previousSubject(sentenceStart);
    return subject ? { attribution: "named", actorKey: subject, how: "reference" } : undefined;
  }

  private personSpeaker(key: string | undefined, how: Speaker["how"]): Speaker {
    const person = key ? this.people.byKey.get(key) : undefined;
    if (!person) return { attribution: "unattributed", how: "none" };
    const speaker: Speaker = { attribution: "named", personKey: person.key, name: person.name, how };
    if (person.title) speaker.title = person.title;
    speaker.actorKey = person.affiliation ?? person.key;
    return speaker;
  }

  /** Records who spoke, for "he said" and "the ministry added" later. */
  noteSpeaker(speaker: Speaker): void {
    if (speaker.attribution !== "named") return;
    if (speaker.personKey) this.lastPerson = speaker.personKey;
    if (speaker.actorKey || speaker.personKey) this.lastSpeaker = speaker;
  }
}
