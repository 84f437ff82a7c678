// The pieces of a reported clause that need no clause to find: whether "added" speaks, where the
// clause's words stop, the speaker named after an inverted verb, where the reported words begin.
import type { Document } from "./document";
import { AMBIGUOUS_FORMS, REPORTING_FORMS, TIME_WORDS } from "./lexicon";
import type { Span, Token } from "./text";

/** Whether the words after "added" are what was said: "that", a mark, a name (inverted), or nothing. */
export function speaks(doc: Document, tokens: Token[], next: number): boolean {
  const after = tokens[next];
  if (!after) return true;
  const gap = doc.text.slice(tokens[next - 1]?.end ?? 0, after.start);
  return /[,:;.“”"]/.test(gap) || after.norm === "that" || after.capital || /^(?:on|in|at)$/.test(after.norm);
}

// (Not ", saying" nor ", adding": a participle of speech goes on with the words it follows; see
// clauses.ts, continuesWords.)
// (", drawing a sharp rebuttal from the governor", ", prompting ...": what the charge set off, the
// writer's; ", in the most serious incident on the frontier in a decade", ", in the sharpest
// exchange ... in more than a year": the writer's ranking of the event.)
const ASIDE_WORDS =
  "as|while|whilst|in a|in an|at a|on a|after|amid|according|which|who|whose|where|when|the|a|an|its|their|his|her|but|although|though|despite|even as|days|hours|weeks|months|years|drawing|prompting|sparking|triggering|provoking|in (?:the|what|its) (?:most|worst|latest|biggest|largest|sharpest|strongest|fiercest|gravest|greatest|deadliest|bloodiest|heaviest)";
const ASIDE = new RegExp(`,\\s+(${ASIDE_WORDS})\\b`, "gi");
const OPENS_ASIDE = new RegExp(`^(?:${ASIDE_WORDS}|and|or|but|said|says)\\b`, "i");

/**
 * ", and that Quorvix was responsible ...", ", and had only 15 days ...": after an aside set in the
 * middle of the words said, a second "that" or a verb with a backshifted auxiliary goes on with
 * those words (as "and that", "and had" do with no aside between: clauses.ts).
 */
const CONTINUES = /^(?:and|but)\s+(?:that\b|(?:had|would|could)\s)/i;

/** The verbs of a rule or an agreement an "as" of comparison names ("as national guidelines require", "as agreed"). */
const RULE_VERBS =
  /^(?:requires?|required|stipulates?|stipulated|demands?|prescribes?|prescribed|mandates?|mandated|allows?|permits?|provides?|agreed|promised)$/;

/**
 * Whether the clause after ", although", ", but only if" or ", as" is the condition, concession or
 * rule the claim is made on ("had taken five hours to reach the town, although their nearest base is
 * 20 kilometres away", "was ready to discuss larger releases, but only if Baghdad stopped ...", "was
 * being reviewed by a committee, as national guidelines require"), which the quote-span convention
 * keeps with the claim, rather than the writer's aside (", as floods swamped the capital"). Never a
 * clause that reports another voice (", although the ministry denied it"): that is the writer's.
 */
function qualifiesClaim(opener: string, rest: string): boolean {
  const clause = /^[^,.;:!?]*/.exec(rest)?.[0] ?? "";
  const words = clause.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  if (words.length === 0) return false;
  // (", despite a written complaint the club had sent", ", despite two recommendations from X to do
  // so": a concession the claim is made against, 5 labels of 4 sets, none ending before it. Its
  // words are a noun phrase: only a participle or a "said" in them reports another voice, ", despite
  // the company denying it"; "written requests" is a noun's.)
  if (opener === "despite")
    return !words.some(
      (word) => REPORTING_FORMS.has(word) && !AMBIGUOUS_FORMS.has(word) && /ing$|^said$|^says$/.test(word),
    );
  // (Not an empty clause, ", although, ...", nor one whose words report another voice, ", although
  // the company has denied it": that is the writer's aside.)
  if (words.some((word) => REPORTING_FORMS.has(word) && !AMBIGUOUS_FORMS.has(word))) return false;
  if (opener === "although" || opener === "though") return true;
  if (opener === "but") return /^\s+only\s+(?:if|when|after|once|provided|as long as)\b/i.test(rest);
  // (An "as" of comparison is short, names a rule and ends the words: "as the law requires.")
  // (Or the words said go on after it: ", as the rules require, and had built roads ...".)
  const after = rest.slice(clause.length);
  const ends = /^\s*[.;:!?]?\s*$/.test(after) || CONTINUES.test(after.replace(/^,\s*/, ""));
  return opener === "as" && ends && words.length <= 5 && words.some((word) => RULE_VERBS.test(word));
}

/** ", and in 2025 it closed its border": a clause of the writer's own, with a subject of its own, after ", and". */
const OWN_CLAUSE =
  /,\s+and\s+(?:(?:in|on|since|by|last|this|later|then)\s+[\p{L}\d]+\s+)?(?:it|he|she|they)\s+(?!said\b|says\b|added\b)\p{Ll}+ed\b/u;

/**
 * "accused South African park rangers of killing three villagers ..., and summoned Pretoria's high
 * commissioner", "... over the weekend and summoned Baghdad's charge d'affaires": a state's act
 * towards the other's envoy, told after its charge, is the writer's account of a deed, not more words.
 */
const ENVOY_ACT = /,?\s+and\s+(?:summoned|recalled|expelled)\s/u;

/** Where a clause's words stop: at the next clause, or at a comma that opens an aside (", the latest in ..."). */
export function clauseEnd(doc: Document, from: number, to: number): number {
  // "... accused Belarus of waging a hybrid attack, and in 2025 it closed its border": a clause of
  // the writer's own, with a subject of its own, after ", and" ends the words reported.
  const own = OWN_CLAUSE.exec(doc.text.slice(from, to));
  const envoy = ENVOY_ACT.exec(doc.text.slice(from, to));
  const limit = Math.min(own ? from + own.index : to, envoy ? from + envoy.index : to);
  const words = doc.text.slice(from, limit);
  ASIDE.lastIndex = 0;
  for (let aside = ASIDE.exec(words); aside; aside = ASIDE.exec(words)) {
    const opener = (aside[1] ?? "").toLowerCase();
    // The words after the aside's opening word.
    const rest = words.slice(aside.index + aside[0].length);
    if (qualifiesClaim(opener, rest)) continue;
    // ", which he said had tried to ram ...": a relative clause the speaker is said to assert is
    // part of what was said.
    // (And ", which it estimated at ...", ", which she called "..."", an apposition ", a rule he said
    // had been ignored ...": an aside whose own verb is the speaker's saying or judging.)
    // (Any relative clause with a pronoun for its subject, ", which it had asked the government to
    // change", ", which she put at 6 million ringgit", ", where it said the company had cut ...": 24
    // labels of 12 sets keep one with the words, none ends before one. Not ", which it denies": the
    // pronoun there is the other side's, rejecting the charge.)
    if (
      /^(?:who|which|where)$/.test(opener) &&
      /^\s+(?:he|she|it|they|we)\s+(?!(?:has\s+|have\s+|had\s+)?(?:denie[sd]|deny|rejects?|rejected|disputes?|disputed)\b)\p{Ll}/u.test(
        rest,
      )
    )
      continue;
    if (/^(?:a|the)$/.test(opener) && /^\s+[\p{Ll}-]+\s+(?:he|she|it|they|we)\s+(?:said|says)\b/u.test(rest)) continue;
    // ("said both sides shared responsibility, but that successive governments had ...": a second
    // "that" after "but" goes on with what was said.)
    if (opener === "but" && /^\s+that\b/i.test(rest)) continue;
    // An apposition or a relative clause set in the middle ("the shift supervisor, an employee of a
    // labour agency, had ignored ...", "blamed illegal tappers, who drill into the pipeline, for the
    // rupture"): the clause goes on after its closing comma.
    if (/^(?:the|a|an|its|their|his|her|who|which|whose)$/.test(opener)) {
      // (A number's comma or point, "₹4,000", closes nothing.)
      const close = /^(?:[^,.;:!?"“”]|(?<=\d)[,.](?=\d)){1,90}?,\s+(?=\p{Ll})/u.exec(rest);
      const after = close ? rest.slice(close[0].length) : "";
      if (close && (!OPENS_ASIDE.test(after) || CONTINUES.test(after))) {
        ASIDE.lastIndex = aside.index + aside[0].length + close[0].length;
        continue;
      }
      // ("blamed its supplier for a rise in the price of insulin crystals, the drug's active
      // ingredient, and pointed to ...": an apposition closed before ", and" is the clause's last words.)
      if (close && /^the$/.test(opener) && /^(?:and|but)\s/.test(after))
        return from + aside.index + aside[0].length + close[0].lastIndexOf(",");
      // (So is one closed where the next clause begins: "..., the drug's active ingredient, and
      // pointed to ...", the words cut before that clause's "and".)
      const tail = /^\s[^,.;:!?"“”]{1,90}?(?=,\s*$)/.exec(rest);
      if (!close && tail && /^the$/.test(opener)) return from + aside.index + aside[0].length + tail[0].length;
    }
    return from + aside.index;
  }
  return limit;
}

export const FINITE = /^(?:had|has|have|was|were|is|are|would|will|could|did|does)$/;

/** The speaker named right after an inverted verb, up to the next comma. */
export function afterSpeaker(doc: Document, tokens: Token[], from: number): Span | undefined {
  let to = from;
  while (
    to + 1 < tokens.length &&
    to < from + 7 &&
    !/[,;:.]/.test(doc.text.slice(tokens[to]?.end ?? 0, tokens[to + 1]?.start ?? 0))
  )
    to++;
  // "..., said Afghanistan did not allow ...": a speaker's phrase ends at a mark or the sentence's end.
  const stop = tokens[to + 1];
  if (to >= from + 7 && stop && !/[,;:.]/.test(doc.text.slice(tokens[to]?.end ?? 0, stop.start))) return undefined;
  // ("X, a party member, said the shelling had come from Y.": a finite verb makes it what was said.)
  if (tokens.slice(from, to + 1).some((t) => FINITE.test(t.norm))) return undefined;
  const span = { start: tokens[from]?.start ?? 0, end: tokens[to]?.end ?? 0 };
  const speaker = doc.resolveSpeaker(span);
  // ("X, the doctors' body, said both sides shared responsibility ...": a pair the words name, with
  // more words after it, is what was said, not who said it.)
  if (speaker.pair && to - from > 2) return undefined;
  return speaker.attribution === "named" ? span : undefined;
}

/** After "said", "insisted Thursday that": where the reported words begin. */
export function complementStart(doc: Document, content: Span): number {
  const tokens = doc.tokensIn(content);
  return tokens[leadingAdverbials(tokens)]?.start ?? content.start;
}

/**
 * After "told": where the words told begin, past whom they were told ("told reporters that ...",
 * "told a news conference in Baghdad that ...", "told the court that ...", "told reporters the
 * ministry would ...", "told Reuters the city had ..."): after a "that" among the first words with
 * no break before it, else after the press, a news agency or a single name the telling opens with.
 */
export function toldStart(doc: Document, content: Span): number {
  const tokens = doc.tokensIn(content);
  for (let i = 1; i < Math.min(tokens.length - 1, 10); i++) {
    const gap = doc.text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0);
    if (/[,.;:!?"“”(]/.test(gap)) break;
    if (tokens[i]?.norm === "that") return tokens[i + 1]?.start ?? content.start;
  }
  const first = tokens[0];
  if (!first) return content.start;
  const media = doc.mentionsIn(content).find((m) => m.start === first.start && m.kind === "media");
  const audience = media?.end ?? (/^(?:reporters|journalists)$/.test(first.norm) ? first.end : undefined);
  if (audience === undefined) return complementStart(doc, content);
  const rest = tokens.find((token) => token.start >= audience);
  return rest ? complementStart(doc, { start: rest.start, end: content.end }) : content.start;
}

/** Whether a speech verb's content holds more than when and where it was said (", X said on Monday."). */
export function saysSomething(doc: Document, content: Span): boolean {
  const tokens = doc.tokensIn(content);
  return leadingAdverbials(tokens) < tokens.length;
}

/** How many tokens at the start only say when or through what something was said. */
function leadingAdverbials(tokens: ReadonlyArray<{ norm: string }>): number {
  let i = 0;
  while (
    i < tokens.length &&
    (TIME_WORDS.test(tokens[i]?.norm ?? "") ||
      /^(?:on|in|via|following|that|last|this|statement|interview|post|twitter|x|facebook|telegram|instagram|youtube|tiktok|weibo|television|radio|briefing)$/.test(
        tokens[i]?.norm ?? "",
      ) ||
      (/^(?:the|a|an)$/.test(tokens[i]?.norm ?? "") &&
        /^(?:following|next|same|statement|interview|post|briefing|television|radio)$/.test(tokens[i + 1]?.norm ?? "")))
  )
    i++;
  return i;
}
