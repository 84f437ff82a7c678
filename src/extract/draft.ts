// A statement while it is being built, and the helpers both kinds of statement share: the targets
// a stretch of words names, and the trimming that makes a quote the claim itself.

import { contentCue } from "./classify";
import type { StatementCategory } from "./contract";
import type { Document, Speaker } from "./document";
import { actors as gazetteer, institutionOf, lookupPhrase } from "./gazetteer";
import { OPENERS, ORGANISATION_SUFFIXES } from "./lexicon";
import type { Mention } from "./mentions";
import { describedBefore, INSTITUTION_NOUNS, namedByHead, runnerOf } from "./references";
import { literal, type Span, type Token, tokenize } from "./text";

export interface Draft {
  span: Span;
  mode: "direct" | "reported";
  speaker: Speaker;
  targets: string[];
  explicitTarget: boolean;
  category: StatementCategory;
  cameo?: string;
  strength: number;
  intermediary?: string;
  mutual?: boolean;
  /** Mutual blame whose subject names neither side ("the two sides", "each"): the answers pass may name them. */
  unnamedPair?: boolean;
  /** The sentence around it: the words answers are matched on. */
  context: Span;
  /** Where what is said starts, past the subject and any relative clause in it (reported speech). */
  saidFrom?: number;
  answers?: number;
  answersClaimId?: string;
  /**
   * A direct quote with no cue and no target ("They did not listen to us"): kept only when its
   * speaker's side is already in a dispute, which the answers pass decides.
   */
  weak?: boolean;
  /**
   * A threat told as a plan whose side's other clause names no one ("The airline said it would
   * appeal."): weighed like other cue-less words, then a threat again against whom it answers
   * (recategorise.ts).
   */
  toldThreat?: boolean;
  /** Set by the answers pass on a weak quote whose side was in no dispute: dropped. */
  drop?: boolean;
}

const looksLikeOrganisation = (name: string) =>
  /^[\p{Lu}]{2,6}$/u.test(name) || ORGANISATION_SUFFIXES.test(name.split(/\s+/).at(-1) ?? "");

const PRONOUNS = /^(?:them|they|him|her)$/;
/** ", run by ...", ", led by ...": an apposition naming who runs the body just described. */
const RUN_BY = /^,\s+(?:(?:which|that) is\s+)?(?:run|led|headed|controlled|owned)\s+by\s/;

/**
 * The actors a span blames, in the order found: the names in it, then the bodies its descriptions
 * stand for, then the people of a body, office-holders, the opposition, and an owner named later.
 * Never the speaker's own side (but see the opposition pass), places, or (unless kept) media.
 */
export function targetsIn(
  doc: Document,
  span: Span,
  speakerSides: Set<string>,
  keepMedia = false,
  quoted = false,
): string[] {
  const found: string[] = [];
  /** Add a target once; unless told otherwise, never one on the speaker's side. */
  const add = (key: string | undefined, evenOwnSide = false): boolean => {
    if (!key) return false;
    if (!found.includes(key) && (evenOwnSide || !speakerSides.has(doc.book.top(key)))) found.push(key);
    return true;
  };
  const pass: TargetPass = { doc, span, speakerSides, tokens: doc.tokensIn(span), mentions: doc.mentionsIn(span), add };
  namedTargets(pass, keepMedia);
  ownGovernmentTargets(pass);
  describedTargets(pass, quoted);
  staffTargets(pass);
  forcesTargets(pass);
  officeHolderTargets(pass);
  oppositionTargets(pass);
  add(ownerNamedLater(doc, span));
  return found;
}

/** What each pass of `targetsIn` reads, and the one way it adds a target. */
interface TargetPass {
  doc: Document;
  span: Span;
  speakerSides: Set<string>;
  tokens: Token[];
  mentions: Mention[];
  add: (key: string | undefined, evenOwnSide?: boolean) => boolean;
}

/** The actors the span names, as referents: not the speaker's side, nor those the words do not blame. */
function namedTargets({ doc, span, speakerSides, tokens, mentions, add }: TargetPass, keepMedia: boolean): void {
  const opening = tokens[4]?.start ?? span.end;
  let previous: { mention: Mention; taken: boolean } | undefined;
  for (const mention of mentions) {
    if (mention.role !== "referent") continue;
    const actor = doc.book.get(mention.key);
    if (!actor || (actor.kind === "media" && !keepMedia)) continue;
    // (One joined by "and" to a name just taken stands where that one does: "X, Italy's Y and Z had ...".)
    const joined =
      !!previous?.taken && /^(?:,\s+|\s+and\s+|,\s+and\s+)$/.test(doc.text.slice(previous.mention.end, mention.start));
    // A name the gazetteer lacks is a target only where a target stands (first words), or when it looks like one.
    // (Or where its words do: "(JFM)" after "Jabhat Fateh al-Sham" is that body's short name.)
    const skipped =
      mention.key.startsWith("org-") &&
      mention.start >= opening &&
      !joined &&
      !looksLikeOrganisation(actor.name) &&
      !looksLikeOrganisation(doc.text.slice(mention.start, mention.end));
    previous = { mention, taken: !skipped };
    if (skipped) continue;
    if (speakerSides.has(mention.key)) continue;
    if (destination(doc, mention)) continue;
    // "would ask FIFA to let its members terminate their contracts": whom help or leave is asked of.
    if (askedToLet(doc, mention)) continue;
    // "they want us to blame the Belarusians": whom others would have blamed, not the speaker.
    if (BLAME_SHIFT.test(doc.text.slice(Math.max(span.start, mention.start - 60), mention.start))) continue;
    // "the league's clubs" in the league's words: what the speaker's side has is on its side.
    if (ownedBySpeaker(doc, mention, speakerSides)) continue;
    // "would file in the Federal Court", "would move the Supreme Court", "a ruling by the
    // International Court of Justice": a court is where a case goes or a ruling comes from, not
    // whom the words blame, unless a verb of blame takes it ("accused the Supreme Court of ...").
    if (
      COURT.test(actor.name) &&
      !BLAMES_OBJECT.test(doc.text.slice(Math.max(0, mention.start - 30), mention.start).replace(/\bthe\s+$/i, ""))
    )
      continue;
    add(mention.key);
  }
}

/**
 * The state a speaker's body belongs to when the body is no state's own (a council, a union, a
 * group of the story's people): a state's name or demonym opening the body's name ("The Honduran
 * Private Enterprise Council", "The Costa Rican Chamber of Dairy Producers").
 */
function homeStateOf(doc: Document, speakerSides: Set<string>): string | undefined {
  for (const side of speakerSides) {
    const actor = doc.book.get(side);
    if (!actor || actor.kind === "state" || doc.book.topIsState(side)) return undefined;
    const tokens = tokenize(actor.name.replace(/^the\s+/i, ""));
    const found = lookupPhrase(tokens, 0);
    const state = found?.hits.find(
      (hit) => (hit.form === "name" || hit.form === "demonym") && gazetteer.get(hit.id)?.kind === "state",
    )?.id;
    if (state) return state;
  }
  return undefined;
}

/** The government of the speaker's body's own state (homeStateOf), in the book. */
function homeGovernment(doc: Document, speakerSides: Set<string>): string | undefined {
  const state = homeStateOf(doc, speakerSides);
  const government = state ? institutionOf(state, "government") : undefined;
  if (!government) return undefined;
  doc.book.fromGazetteer(government.id);
  return government.id;
}

/**
 * "the government" with nothing that places it ("the government in Panama", "the government of
 * President X", "Honduras' government"): at most one of "national", "central", "federal" between.
 */
function plainGovernment(doc: Document, tokens: Token[], i: number, at: number): boolean {
  const between = tokens.slice(i + 1, at);
  if (between.some((t) => !/^(?:national|central|federal)$/.test(t.norm))) return false;
  const noun = tokens[at];
  if (!noun || noun.possessive) return false;
  return !/^\s+(?:in|of|at)\s+\p{Lu}/u.test(doc.text.slice(noun.end, noun.end + 20));
}

/** The state of the city a dateline opens with ("DAKAR/NOUAKCHOTT, Jan 27 -": Senegal's), if any. */
function datelineState(doc: Document): string | undefined {
  for (const m of doc.mentions) {
    if (m.start > 200) break;
    // (Read as a place, or as a referent where the gazetteer's reading of the line missed it: "DAKAR/NOUAKCHOTT".)
    if (m.kind !== "state" || m.end - m.start < 3) continue;
    if (doc.text.lastIndexOf("\n", m.start - 1) + 1 !== m.start) continue;
    if (!/^[\p{Lu}.\s,]+$/u.test(doc.text.slice(m.start, m.end))) continue;
    return doc.book.top(m.key);
  }
  return undefined;
}

/**
 * In a story between two states, "the government" in the words of a body of neither state's
 * (a union, a group of the story's people) with no state in its name: the dateline's state's, when
 * it is one of the two (PORT MORESBY's "Landowners at Wutung village ... If the government cannot
 * protect this border").
 */
function datelineGovernment(doc: Document, speakerSides: Set<string>): string | undefined {
  if (speakerSides.size === 0) return undefined;
  for (const side of speakerSides) {
    const actor = doc.book.get(side);
    if (!actor || actor.kind === "state" || actor.kind === "person" || doc.book.topIsState(side)) return undefined;
  }
  const [first, second] = storyStates(doc);
  const state = datelineState(doc);
  if (!first || !second || !state || (state !== first && state !== second)) return undefined;
  const government = institutionOf(state, "government");
  if (!government) return undefined;
  doc.book.fromGazetteer(government.id);
  return government.id;
}

/** The states the story names most, as referents: the two of a story between two states first. */
function storyStates(doc: Document): string[] {
  const counts = new Map<string, number>();
  for (const m of doc.mentions)
    if (m.role === "referent" && doc.book.topIsState(m.key)) {
      const top = doc.book.top(m.key);
      counts.set(top, (counts.get(top) ?? 0) + 1);
    }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key);
}

/**
 * "accused their own government", "criticised her own government", "our own government took our
 * hope": the speaker's body's own state's government. Its state: the one the body's name says
 * (homeStateOf); else, in a story between two states, the one of them the same words do not name
 * ("Turkey took our water, yes. But our own government ..."); else the dateline's (a report from
 * "DAKAR/NOUAKCHOTT" quotes "Fishermen in Saint-Louis" as Dakar's people), else the story's state.
 */
function ownGovernmentTargets({ doc, speakerSides, tokens, mentions, add }: TargetPass): void {
  for (const [i, token] of tokens.entries()) {
    if (token.norm !== "own" || !/^(?:its|their|her|his|our)$/.test(tokens[i - 1]?.norm ?? "")) continue;
    const noun = tokens[i + 1];
    if (noun?.norm !== "government" || noun.possessive) continue;
    if (speakerSides.size === 0) continue;
    let state = homeStateOf(doc, speakerSides);
    if (!state && [...speakerSides].every((side) => !doc.book.topIsState(side))) {
      const [first, second] = storyStates(doc);
      const named = new Set(
        mentions.filter((m) => m.role === "referent" && doc.book.topIsState(m.key)).map((m) => doc.book.top(m.key)),
      );
      if (first && second && named.has(first) !== named.has(second)) state = named.has(first) ? second : first;
      else state = datelineState(doc) ?? doc.dominant;
    }
    const government = state ? institutionOf(state, "government") : undefined;
    if (!government) continue;
    doc.book.fromGazetteer(government.id);
    add(government.id);
  }
}

/** "accused the regulator of ...": a definite description of an institution named before. */
function describedTargets(pass: TargetPass, quoted: boolean): void {
  const { doc, span, speakerSides, tokens, mentions, add } = pass;
  /** The town's own government, looked up at the first "the city" (the book does not change here). */
  let localBody: { key: string } | null | undefined;
  for (const [i, token] of tokens.entries()) {
    if (!/^(?:the|a|an)$/.test(token.norm)) continue;
    // "the regulator"; "the engine's maker", "the state power distributor", "a contract manufacturer".
    let at = i + 1;
    // (Not "the discrepancies the coalition had ...": an article opens another phrase.)
    while (
      at < i + 3 &&
      tokens[at] &&
      !tokens[at]?.capital &&
      !/^(?:the|a|an)$/.test(tokens[at]?.norm ?? "") &&
      !INSTITUTION_NOUNS.test(tokens[at]?.norm ?? "")
    )
      at++;
    // A lead's longer description, named further on: "the country's largest food delivery app", "a
    // California lettuce grower", "a Dutch-owned company" (more describing words, or a place's name).
    const longer = describingWords(doc, tokens, i + 1);
    if (longer > at - i - 1 && INSTITUTION_NOUNS.test(tokens[i + 1 + longer]?.norm ?? "")) at = i + 1 + longer;
    const noun = tokens[at];
    // "the state treats them as cheap labour", "the state's own inspector": the government.
    const next = tokens[i + 1];
    if (token.norm === "the" && next?.norm === "state" && !next.capital && stateItself(doc, next, tokens[i + 2])) {
      add(doc.definite("government", token.start, speakerSides));
      continue;
    }
    // "blamed the city's inspectors": the town's own government, when the text gave it one.
    // (Not where something is: "collapsed in the city's Esenyurt district".)
    const located = /^(?:in|at|near|across|around|from|outside|inside|throughout|of|to|into)$/.test(
      tokens[i - 1]?.norm ?? "",
    );
    if (token.norm === "the" && next?.norm === "city" && !next.capital && !located) {
      localBody ??=
        [...doc.book.entries.values()].find((actor) => [...actor.aliases].some((alias) => LOCAL_BODY.test(alias))) ??
        mayorsBody(doc) ??
        null;
      if (add(localBody?.key)) continue;
    }
    // "the brewery" after "Czech brewer Hradek Pivovar": a noun the text gave a name before.
    if (token.norm === "the" && next && !next.capital && !INSTITUTION_NOUNS.test(next.norm)) {
      if (add(describedBefore(next.norm, token.start, doc.mentions, doc.text, speakerSides, doc.book))) continue;
      // "urged Eskom and the municipality to ...", "accused the secretariat of ...": a body named
      // before by a longer name that ends in the noun ("the Lehlabile Local Municipality"); "the
      // municipality" named by no such name is the town's own body its mayor speaks for, as "the
      // city" is. (A singular noun: "the controllers'" are people, not the union named for them. Nor
      // the speaker's own body under a longer name: "the municipality" in the words of "Lehlabile".)
      const headed = /[^s]s$/.test(next.norm)
        ? undefined
        : (namedByHead(next.norm, [], token.start, doc.mentions, doc.book, doc.people) ??
          (next.norm === "municipality" && !located ? mayorsBody(doc)?.key : undefined) ??
          runnerOf(next.norm, token.start, doc.mentions, doc.book, speakerSides, doc.text));
      if (headed && !speakerSides.has(doc.book.top(headed)) && !ownLongerName(doc, headed, speakerSides) && add(headed))
        continue;
    }
    if (!noun || noun.capital || !INSTITUTION_NOUNS.test(noun.norm)) continue;
    if (mentions.some((m) => m.start <= noun.start && noun.start < m.end)) continue;
    const between = tokens.slice(i + 1, at);
    if (between.some((t) => (!/^[\p{Ll}'’-]+$/u.test(t.text) && !placeWord(doc, t)) || t.norm === "of")) continue;
    const indefinite = token.norm !== "the";
    // "A company that earns its profits from patients ...", "a hospital board keeping lists is
    // intimidation": in a speaker's own words "a" names a kind, not a body the writer names next.
    if (indefinite && quoted) continue;
    // A noun with words before it or "of" after it introduces its actor, named later.
    // (Not "accused the regulator of ignoring ...": that "of" opens the charge; nor "strip the
    // company of its licence": a possessive pronoun after "of" names no owner.)
    const after = doc.tokenRange(span)[0] + at + 1;
    const ofWord = doc.tokens[after + 1]?.norm ?? "ing";
    const of =
      doc.tokens[after]?.norm === "of" && !/ing$/.test(ofWord) && !/^(?:its|their|his|her|our|my|your)$/.test(ofWord);
    const introduced = indefinite || at > i + 1 || (of && !noun.possessive);
    // "ignored warnings from the market operator": a body introduced after "from" is a source, not a target,
    // nor one introduced as where something goes ("sold the rights to a little-known streaming company").
    if (introduced && (tokens[i - 1]?.norm === "from" || destination(doc, token))) continue;
    // "would appeal the award in the administrative court": a court the words go before is where
    // the case is heard, not whom they blame.
    if (/^(?:court|tribunal)$/.test(noun.norm) && /^(?:in|before|at)$/.test(tokens[i - 1]?.norm ?? "")) continue;
    // "the defence ministry, run by the Homeland Union,": the body that runs it is the one charged.
    if (RUN_BY.test(doc.text.slice(noun.end, noun.end + 40))) continue;
    // "She said the union would withdraw its members": a noun the speaker's own body's name holds is
    // that body, not another one the story names.
    const ownNoun = new RegExp(`\\b${noun.norm}\\b`, "i");
    if (token.norm === "the" && [...speakerSides].some((key) => ownNoun.test(doc.book.get(key)?.name ?? ""))) continue;
    const modifiers = between.map((t) => t.norm.replace(/['’]s?$/, "")).filter((word) => /^\p{Ll}+$/u.test(word));
    // ("the previous administration" introduces no body named next: see PREVIOUS_GOVERNMENT.)
    if (
      token.norm === "the" &&
      modifiers.length === 1 &&
      /^(?:previous|former|outgoing|last)$/.test(modifiers[0] ?? "") &&
      /^(?:administration|government|regime)$/.test(noun.norm)
    )
      continue;
    // "the union had seen an email" in a union leader's words: the speaker's own body, no one else.
    if (speakerSides.size > 0 && !introduced) {
      const own = doc.definite(noun.norm, token.start, new Set(), introduced, modifiers);
      if (own && speakerSides.has(doc.book.top(own))) continue;
    }
    // "The Honduran Private Enterprise Council said the government had ...": a body of one state's
    // people means its own state's government (homeGovernment), not the last one named.
    if (token.norm === "the" && noun.norm === "government" && plainGovernment(doc, tokens, i, at)) {
      if (add(homeGovernment(doc, speakerSides) ?? datelineGovernment(doc, speakerSides))) continue;
    }
    const key =
      doc.definite(noun.norm, token.start, speakerSides, introduced, modifiers, quoted) ??
      (introduced ? undefined : describedEarlier(doc, token.start, speakerSides, noun.norm));
    if (indefinite && key && doc.mentions.some((m) => m.key === key && m.end <= token.start)) continue;
    add(key);
  }
}

/**
 * The body a mayor the text names speaks for ("Quito's mayor, Esteban Carvajal", "Mayor Jorge
 * Villacorta"): the town's own government, or the state's where the sides pass rolled it up.
 */
function mayorsBody(doc: Document): { key: string } | undefined {
  for (const person of doc.people.byKey.values()) {
    if (!/\bmayor\b/i.test(person.title ?? "") || !person.affiliation) continue;
    const body = doc.book.get(person.affiliation);
    // (Not a party the mayor leads: "City Alliance" is no town's government.)
    if (body && body.kind !== "state" && !looksLikeOrganisation(body.name)) return body;
  }
  return undefined;
}

/** Whether `key`'s name holds every word of a speaker's side's name ("Lehlabile", "Lehlabile Local Municipality"). */
function ownLongerName(doc: Document, key: string, speakerSides: Set<string>): boolean {
  const name = doc.book.get(key)?.name ?? "";
  return [...speakerSides].some((side) => {
    const words = (doc.book.get(side)?.name ?? "").split(/\s+/).filter((word) => word.length >= 3);
    return words.length > 0 && words.every((word) => new RegExp(`\\b${literal(word)}\\b`, "i").test(name));
  });
}

/** A body described before it is named: an article or a state's possessive, describing words, a body's noun. */
const DESCRIPTION =
  /(?:^|[\s,(])(?:[Aa]n?|(\p{Lu}[\p{L}.]*['’]s))\s+((?:[\p{Ll}-]+\s+){0,3}?)(\p{Ll}+)\b(?=\s+(?:whose|which|that|who|has|have|had|in|at|of|on|said|says)\b|\s*,)/gu;

/**
 * "A lithium mining company whose tailings dam burst ... has blamed the rain, as lawyers for the
 * villagers accused it of ...", "Lithuania's state gas company has blamed sabotage ..., while
 * residents accused the company of ...", "Families of women who died at a public hospital ...
 * accused its managers": a lead describes a body and names it only further on; "it", "its" or "the
 * <noun>" later in the same sentence is that body. The description introduces the body named after
 * it (for a state's company or body, the first body of that state named after it). With a noun,
 * only a description with that noun.
 */
function describedEarlier(doc: Document, at: number, speakerSides: Set<string>, noun?: string): string | undefined {
  const before = doc.text.slice(0, at);
  // (The sentence opens after the last line break or full stop before a capital.)
  const sentenceStart = Math.max(
    before.lastIndexOf("\n") + 1,
    ...[...before.matchAll(/[.!?]["”’]?\s+(?=\p{Lu})/gu)].map((m) => (m.index ?? 0) + m[0].length),
  );
  const sentence = before.slice(sentenceStart);
  let found: RegExpExecArray | undefined;
  for (const match of sentence.matchAll(DESCRIPTION)) {
    const head = match[3] ?? "";
    if (!INSTITUTION_NOUNS.test(head) || (noun !== undefined && head !== noun)) continue;
    const start = sentenceStart + (match.index ?? 0) + match[0].indexOf(head);
    // (Not a body the text has already named: "the company" of a name is no description.)
    if (doc.mentions.some((m) => m.start <= start && start < m.end && m.role === "referent" && m.kind !== "state"))
      continue;
    found = match;
  }
  if (!found) return undefined;
  const from = sentenceStart + (found.index ?? 0);
  const owner = found[1]
    ? doc.mentions.find((m) => m.start >= from && m.kind === "state" && m.start < from + found[0].length)
    : undefined;
  if (owner) {
    // "Lithuania's state gas company": the first body of that state named after it.
    const state = doc.book.top(owner.key);
    return doc.mentions.find(
      (m) =>
        m.start > from + found[0].length &&
        m.role === "referent" &&
        m.key.startsWith("org-") &&
        doc.book.top(m.key) === state &&
        !speakerSides.has(state),
    )?.key;
  }
  const modifiers = (found[2] ?? "")
    .trim()
    .split(/\s+/)
    .filter((word) => /^\p{Ll}+$/u.test(word));
  return doc.definite(found[3] ?? "", from, speakerSides, true, modifiers);
}

/** Words that end a description's run of describing words: they join, relate or predicate. */
const NOT_DESCRIBING =
  /^(?:the|a|an|and|or|but|nor|of|by|from|to|for|with|in|on|at|into|as|that|which|who|whose|is|was|were|are|be|been|has|had|have|its|their|his|her|our|not|no|than|said|says)$/;

/** A capitalised word that only says where a body is from: a state's or a place's name, a demonym. */
function placeWord(doc: Document, token: Token): boolean {
  if (!token.capital) return false;
  const mention = doc.mentions.find((m) => m.start <= token.start && token.end <= m.end);
  return mention !== undefined && (mention.kind === "state" || mention.role === "modifier" || mention.role === "place");
}

/**
 * How many describing words run from `from` (at most four) before a body's noun: lower-case words
 * that join nothing ("largest", "food", "delivery", "country's") and places' names ("California");
 * stops at the first institution noun. ("Dutch-owned" is two tokens, a place's name and "owned":
 * two describing words.)
 */
function describingWords(doc: Document, tokens: Token[], from: number): number {
  let count = 0;
  for (let at = from; at < from + 4; at++) {
    const token = tokens[at];
    if (!token || INSTITUTION_NOUNS.test(token.norm)) break;
    const lower = /^[\p{Ll}'’-]+$/u.test(token.text) && !NOT_DESCRIBING.test(token.norm);
    if (!lower && !placeWord(doc, token)) break;
    count++;
  }
  return count;
}

/** "warned hospital managers", "company bosses ignored it": a body's people, the body the text named. */
function staffTargets({ doc, speakerSides, tokens, add }: TargetPass): void {
  for (const [i, token] of tokens.entries()) {
    const people = tokens[i + 1];
    if (!people || token.capital || !STAFF.test(people.norm) || !BODY_OF_STAFF.test(token.norm)) continue;
    if (/^(?:the|a|an)$/.test(tokens[i - 1]?.norm ?? "") || tokens[i - 1]?.possessive) continue;
    add(doc.definite(token.norm, token.start, speakerSides));
  }
}

/**
 * "the gendarmes had opened fire on a peaceful crowd", "had been detained by police": a state's
 * armed or police forces named by their common noun, no state's name or demonym before it, as the
 * doer of the charged act (the subject of a verb, a passive's "by", or the object of a verb of
 * blame: "accused police of detaining farmers"), are the state's: the government the text names
 * last, else the story's state's.
 */
function forcesTargets({ doc, speakerSides, tokens, add }: TargetPass): void {
  for (const [i, token] of tokens.entries()) {
    if (token.capital || !FORCES.test(token.norm)) continue;
    const before = tokens[i - 1]?.norm === "the" ? tokens[i - 2] : tokens[i - 1];
    const after = tokens[i + 1];
    const byThem = before?.norm === "by";
    const doing =
      !!after &&
      FORCES_DO.test(after.norm) &&
      (tokens[i - 1]?.norm === "the" || !before || !/^\p{Ll}/u.test(before.text));
    // ("accused police of detaining farmers": or the object of a verb of blame.)
    const blamed = !!before && BLAME_VERB.test(before.norm);
    if (!byThem && !doing && !blamed) continue;
    // (Not "Indonesian soldiers", "the army's troops": a name before says whose they are.)
    if (tokens[i - 1]?.capital || tokens[i - 1]?.possessive) continue;
    add(doc.definite("government", token.start, speakerSides));
  }
}

/** A state's forces by their common noun ("the gendarmes", "police"). */
const FORCES = /^(?:police|policemen|gendarmes|soldiers|troops)$/;
/** What follows forces that act: an auxiliary or a verb of force. */
const FORCES_DO =
  /^(?:had|have|has|were|was|are|opened|fired|shot|beat|killed|detained|arrested|attacked|raided|used|tortured|dispersed)$/;

/** "called on the prime minister to ...": an office-holder the text named before by that title. */
function officeHolderTargets({ doc, span, add }: TargetPass): void {
  for (const match of doc.text.slice(span.start, span.end).matchAll(HOLDER)) {
    const at = span.start + (match.index ?? 0);
    const office = new RegExp(`\\b${(match[1] ?? "").toLowerCase()}$`);
    if (doc.mentions.some((m) => m.start <= at + match[0].length && at < m.end)) continue;
    const holder = [...doc.people.byKey.values()]
      .filter((p) => p.at < at && office.test(p.title?.toLowerCase() ?? ""))
      .at(-1);
    add(holder && doc.book.get(holder.key) ? holder.key : undefined);
  }
}

/**
 * "accused the opposition of ...": the body the text has called the opposition (found off the
 * speaker's side already); so is "the previous administration" in a story of a party out of power.
 * "Critics say successive governments have neglected maintenance": the story's state.
 */
function oppositionTargets({ doc, span, speakerSides, add }: TargetPass): void {
  const words = doc.text.slice(span.start, span.end);
  for (const match of [...words.matchAll(OPPOSITION), ...words.matchAll(PREVIOUS_GOVERNMENT)]) {
    add(oppositionBefore(doc, span.start + (match.index ?? 0), speakerSides), true);
  }
  if (SUCCESSIVE_GOVERNMENTS.test(words) && doc.dominant) add(doc.dominant);
}

/**
 * "the prime minister", "The minister has had the report", "the mayor" with no name after: an
 * office-holder named before; so is the possessive before a common noun ("accused the president's
 * office of ...", "rejected the mayor's account", "the minister's numbers"), which names what is theirs.
 */
const HOLDER =
  /\b[Tt]he ((?:prime |deputy |foreign |interior |finance |health |defence |defense )?(?:minister|president|premier|mayor|governor|chancellor))\b(?:['’]s(?= \p{Ll}))?(?!['’]s\b)(?! \p{Lu})/gu;

/** "the opposition" with no name after it. */
const OPPOSITION =
  /\b[Tt]he (?:main )?opposition\b(?!['’]s?\b)(?!\s+(?:\p{Lu}|party|parties|leader|candidate|coalition|alliance|lawmakers))/gu;

/** "successive governments", "consecutive administrations": the state's governments one after another. */
const SUCCESSIVE_GOVERNMENTS = /\b(?:successive|consecutive|past|previous) (?:governments|administrations)\b/i;

/** "the previous administration", "the former government": those in power before, now out of it. */
const PREVIOUS_GOVERNMENT = /\b[Tt]he (?:previous|former|outgoing|last) (?:administration|government|regime)\b/gu;

/** The last body before `at` the text called the opposition ("Liberia's main opposition coalition", "the opposition X party", "opposition candidate Y of the X"). */
function oppositionBefore(doc: Document, at: number, speakerSides: Set<string>): string | undefined {
  let found: string | undefined;
  for (const m of doc.mentions) {
    if (m.end > at) break;
    if (m.role !== "referent" || m.kind === "person" || m.kind === "state" || m.kind === "media") continue;
    const own = doc.text.slice(m.start, m.end);
    const before = doc.text.slice(Math.max(0, m.start - 50), m.start);
    const called = /\bopposition\b/i.test(own) || /\bopposition\b[^.!?;]*$/i.test(before);
    if (!called || /\bopposition to\b/i.test(before)) continue;
    const key = doc.book.resolve(m.key);
    if (!speakerSides.has(doc.book.top(key))) found = key;
  }
  return found;
}

/** Whether a mention follows a possessive of the speaker's own side ("the league's clubs", "Selat's cranes"). */
function ownedBySpeaker(doc: Document, mention: { start: number }, speakerSides: Set<string>): boolean {
  if (speakerSides.size === 0) return false;
  const [at] = doc.tokenRange({ start: mention.start, end: mention.start + 1 });
  for (let back = at - 1; back >= Math.max(0, at - 3); back--) {
    const token = doc.tokens[back];
    const gap = doc.text.slice(token?.end ?? 0, doc.tokens[back + 1]?.start ?? mention.start);
    if (!token || !/^['’]?\s+$/.test(gap)) return false;
    if (token.possessive) {
      const owner = doc.mentions.find((m) => m.start <= token.start && token.end <= m.end);
      const key =
        owner?.key ?? (INSTITUTION_NOUNS.test(token.norm) ? doc.definite(token.norm, token.start) : undefined);
      return key !== undefined && speakerSides.has(doc.book.top(key));
    }
    // (Only "own" between: "Thailand's army said Cambodian troops" is no one's troops.)
    if (token.norm !== "own") return false;
  }
  return false;
}

/** "asked X to let / allow / help ...": X is asked for leave or help, not charged. */
function askedToLet(doc: Document, mention: { start: number; end: number }): boolean {
  const before = doc.text.slice(Math.max(0, mention.start - 30), mention.start);
  if (!/\b(?:ask|asks|asked|asking|petition|petitioned|appeal\s+to|appealed\s+to)\s+(?:the\s+)?$/i.test(before))
    return false;
  return /^\s+to\s+(?:let|allow|permit|authori[sz]e|help|assist)\b/i.test(
    doc.text.slice(mention.end, mention.end + 30),
  );
}

/** "want us to blame", "trying to blame", "to shift the blame onto": blame someone else would lay. */
const BLAME_SHIFT =
  /\b(?:(?:want|wants|wanted|trying|tries|tried|try)\s+(?:us\s+|people\s+|everyone\s+|the\s+public\s+)?to\s+(?:blame|pin\s+(?:it|this|the\s+blame)\s+on)|(?:shift|shifting|shifted)\s+(?:the\s+)?blame\s+(?:on|onto|to))\s+(?:the\s+)?$/i;

/** Words before "to X" that make X the one a harm is put down to ("attributed the attack to X"). */
const PUT_DOWN_TO =
  /\b(?:attribut\w*|ascrib\w*|link\w*|tied|ties|traced?|traces|connected|connects|owed|owes|due|apologi[sz]\w*)\b/i;

/**
 * "customers move to Singapore", "take it to the Supreme Court", "losing doctors to Britain", "a
 * letter to the ministry": a body after "to" is where something goes or whom it is addressed to,
 * not whom the words blame (unless the words put the harm down to it: "attributed the blast to X").
 */
function destination(doc: Document, mention: { start: number; end: number }): boolean {
  const before = doc.text.slice(Math.max(0, mention.start - 60), mention.start);
  // "told the National Assembly that ...", "informed parliament that ...": whom the words are told to.
  if (
    /\b(?:told|tells|telling|informed|informs|briefed|briefs|assured|assures)\s+(?:the\s+)?$/i.test(before) &&
    /^\s*(?:that\b|on\b|in\b|,)/.test(doc.text.slice(mention.end, mention.end + 8))
  )
    return true;
  // "a complaint filed through the embassy", "sent via the ministry": the channel words went by.
  if (/\b(?:through|via)\s+(?:the\s+|its\s+|their\s+)?$/i.test(before)) return true;
  // ("sold the rights to a little-known streaming company, Andes Sports Media": a name set off
  // after the description of where something goes is that place too.)
  const to = /\bto\s+(?:(?:the\s+)?|an?\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+,\s+)$/iu.exec(before);
  if (!to) return false;
  const clause =
    before
      .slice(0, to.index)
      .split(/[.;:!?"“”]/)
      .at(-1) ?? "";
  return !PUT_DOWN_TO.test(clause);
}

/** People of a thing ("the crew of a passenger ferry", "the staff of a private clinic"). */
const THINGS_PEOPLE =
  /\b(?:the|its) (?:crew|crews|staff|workers|employees|managers|management) of (?:a|an|the) ((?:[\p{Ll}-]+ ?){1,3})/u;
const ALL_THINGS_PEOPLE = new RegExp(THINGS_PEOPLE.source, "gu");
/** "the crew" with no "of" after it: people of a thing the text named before. */
const BARE_PEOPLE = /\b[Tt]he (?:crew|crews|staff|management)\b(?!\s+of\b)/u;
const NOT_A_THING = /^(?:on|in|at|for|from|to|with|by|near|off|after|before|that|which|who|and|or|but|during|over)$/;

/**
 * "blamed the crew of a passenger ferry" ... "The ferry's owner, Island Star Shipping, said":
 * the people of a thing the text describes belong to the thing's owner, named after it.
 */
function ownerNamedLater(doc: Document, span: Span): string | undefined {
  let found = THINGS_PEOPLE.exec(doc.text.slice(span.start, span.end));
  let from = span.start + (found?.index ?? 0);
  // "the crew had also failed to sound the alarm", after "blamed the crew of a passenger ferry":
  // the same crew, the thing's owner's people.
  if (!found && BARE_PEOPLE.test(doc.text.slice(span.start, span.end))) {
    const earlier = [...doc.text.slice(0, span.start).matchAll(ALL_THINGS_PEOPLE)].at(-1);
    if (earlier) {
      found = earlier;
      from = earlier.index ?? 0;
    }
  }
  // The thing is the last word before a preposition or the phrase's end ("a passenger ferry on ...").
  const words = (found?.[1] ?? "").trim().split(" ");
  const stop = words.findIndex((word) => NOT_A_THING.test(word));
  const thing = (stop < 0 ? words : words.slice(0, stop)).at(-1);
  if (!found || !thing) return undefined;
  const later = new RegExp(
    `\\b[Tt]he ${thing}['’]s (?:owner|owners|operator|operators|parent company|maker|manufacturer|builder)\\s*,?\\s*`,
    "g",
  );
  later.lastIndex = from;
  const match = later.exec(doc.text);
  if (!match) return undefined;
  const at = match.index + match[0].length;
  const named = doc.mentions.find(
    (m) => m.start === at && m.role === "referent" && m.kind !== "person" && m.kind !== "media" && m.kind !== "state",
  );
  return named?.key;
}

/** "accuses them of ...": the pronoun's actor, the last one named before, not on the speaker's side. */
export function pronounTarget(doc: Document, span: Span, speakerSides: Set<string>): string | undefined {
  const tokens = doc.tokensIn(span).slice(0, 4);
  // "accused it of ...", "accused its managers of ...": the body the sentence described before naming it.
  // (Only as the object of a verb of blame: "said it had warned the bank" is the speaker's own "it".)
  const objectAt = tokens.findIndex(
    (token) =>
      (token.norm === "it" || token.norm === "its") &&
      BLAMES_OBJECT.test(doc.text.slice(Math.max(0, token.start - 20), token.start)),
  );
  const object = tokens[objectAt];
  if (object && (object.norm === "it" || STAFF.test(tokens[objectAt + 1]?.norm ?? ""))) {
    const described = describedEarlier(doc, object.start, speakerSides);
    if (described) return described;
  }
  if (!tokens.some((token) => PRONOUNS.test(token.norm))) return undefined;
  const before = doc.mentions.filter((mention) => mention.end <= span.start && mention.role === "referent");
  for (let i = before.length - 1; i >= 0 && i >= before.length - 12; i--) {
    const mention = before[i];
    if (!mention) continue;
    const kind = doc.book.get(mention.key)?.kind;
    if (kind === "media" || kind === "person") continue;
    if (!speakerSides.has(doc.book.top(mention.key))) return mention.key;
  }
  return undefined;
}

/** A court's or a tribunal's name ("Federal Court", "International Court of Justice", "Court of Arbitration for Sport"). */
const COURT = /\b(?:Court|Courts|Tribunal)\b/;

/** The verbs of blame that take whom they blame as their object, any form ("accused", "blaming", "criticized"). */
const BLAME_STEMS = "(?:accus|blam|condemn|critici[sz]|fault)\\p{L}*";
/** A verb of blame right before its object ("accused it", "blaming its managers"), or a suit's ("sued the city"). */
const BLAMES_OBJECT = new RegExp(`\\b(?:${BLAME_STEMS}|su(?:e|ed|es|ing))\\s+$`, "iu");
/** A verb of blame as one token's norm ("accused police of ..."); unlike BLAMES_OBJECT, no "sue". */
const BLAME_VERB = new RegExp(`^${BLAME_STEMS}$`, "u");

/** People of a body who answer for it ("hospital managers", "company executives"). */
const STAFF = /^(?:managers|management|bosses|executives|administrators|directors)$/;
const BODY_OF_STAFF = /^(?:hospital|company|school|mine|factory|airline|club|bank|university|firm)$/;

/** An alias `localGovernments` gives a town's own government. */
const LOCAL_BODY = /^\p{Lu}\S* (?:municipality|city council|city hall|municipal government)$/u;

/** Words after "the state" that make it the government itself, not a modifier ("the state power company"). */
const STATE_ACTS =
  /^(?:has|had|have|is|was|were|are|must|should|would|will|can|could|cannot|did|does|do|never|not|also|still|and|or|to|for|that|which|who|itself|now|alone)$/;

/**
 * "the state" as a body: possessive ("the state's own inspector"), before a verb ("the state
 * treats them", "the state failed"), or ending its phrase; not "the state of emergency" nor "the
 * state power distributor", "state media".
 */
function stateItself(
  doc: Document,
  state: { end: number; possessive: boolean },
  after: { start: number; norm: string } | undefined,
): boolean {
  if (state.possessive) return true;
  const gap = after ? doc.text.slice(state.end, after.start) : "";
  if (!after || /[^\s]/.test(gap)) return true;
  return (
    STATE_ACTS.test(after.norm) ||
    (/^\p{Ll}{2,}(?:ed|s)$/u.test(after.norm) && !/(?:ss|us|ics|ies|ors|ers|als|ists|ments|ings)$/.test(after.norm))
  );
}

/** Drops openers ("I mean,"), a trailing comma or dash, and white space from a quote. */
export function tidy(text: string, span: Span): Span {
  let { start, end } = span;
  // A dateline ("WASHINGTON, D.C. — ") is not part of what anyone said.
  const dateline = /^\p{Lu}[\p{Lu}\s.,'’-]{2,40}(?:\([^)]*\))?\s*[—–]\s*/u.exec(text.slice(start, end));
  if (dateline) start += dateline[0].length;
  const opener = OPENERS.exec(text.slice(start, end));
  if (opener && opener[0].length < end - start) start += opener[0].length;
  while (start < end && /[\s,;:—–-]/.test(text[start] ?? "")) start++;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

/**
 * The claim inside a sentence: after "but" or "the fact that" when only the words after carry
 * the charge ("There have been times when they have, but they have also ... hit civilian targets").
 */
export function focus(text: string, span: Span): Span {
  const words = text.slice(span.start, span.end);
  const pattern = /(?:,\s*but\s+|\bthe fact that\s+)/g;
  for (let match = pattern.exec(words); match; match = pattern.exec(words)) {
    const before = words.slice(0, match.index);
    const after = words.slice(match.index + match[0].length);
    if (!contentCue(before) && contentCue(after) && after.length > 20) {
      return { start: span.start + match.index + match[0].length, end: span.end };
    }
  }
  return span;
}
