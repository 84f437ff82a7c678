// What said words do, from their content: the cues that give a statement its category and CAMEO
// code when its reporting verb does not (a direct quote, "said that ..."). General English.
import type { StatementCategory } from "./contract";

export interface Cue {
  pattern: RegExp;
  category: StatementCategory;
  cameo: string;
  /** How sure the cue alone makes the category. */
  weight: number;
}

const cue = (category: StatementCategory, cameo: string, weight: number, pattern: RegExp): Cue => ({
  pattern,
  category,
  cameo,
  weight,
});

/** Strongest first: the first that matches gives the category. */
export const CONTENT_CUES: Cue[] = [
  cue(
    "retraction",
    "",
    0.8,
    /\b(?:retract\w*|withdr[ae]w (?:the|my|our|his|her|its) (?:claim|remark|statement|allegation)s?|t[ao]ke?n? (?:it|that) back|took (?:it|that) back|misspoke)\b/i,
  ),
  // "The responsibility lies with them", "In both cases, the responsibility lies with the ministry",
  // "We regret the loss of life. But the responsibility lies with those who ...", "What happens
  // behind the meter is the responsibility of the owners": the words put the responsibility on
  // another, a charge (not "lies with us", the speaker's own).
  cue(
    "accusation",
    "112",
    0.75,
    /\b(?:(?:the\s+)?(?:responsibility|blame|fault)\s+(?:lies|rests|lay|rested)\s+(?:squarely\s+|entirely\s+|solely\s+)?with\s+(?!us\b|me\b|our\b|my\b)|(?:is|are|was|were)\s+the\s+(?:sole\s+)?responsibility\s+of\s+(?!us\b|our\b|my\b))/i,
  ),
  cue(
    "concession",
    "015",
    0.7,
    /\b(?:on all sides|on both sides|mistakes (?:were|have been) made|we (?:made|have made) (?:a )?mistakes?|(?:our|my) (?:fault|mistake|responsibility)|not (?:entirely )?blameless|bears? (?:some|part of the) (?:blame|responsibility)|we (?:regret|apologi[sz]e)|(?:take|accept)s? (?:full )?responsibility)\b/i,
  ),
  cue(
    "denial",
    "016",
    0.6,
    /\b(?:not true|untrue|false|baseless|groundless|unfounded|without (?:merit|foundation|basis)|(?:wildly |grossly )?inaccurate|premature|incorrect|fabricat\w*|fake news|lies|nonsense|absurd|ridiculous|no evidence|categorically|slander\w*|smear|propaganda|deny|denies|denied|had nothing to do|no (?:role|involvement|part|wrongdoing)|(?:reject|dismiss|refute|contest|dispute)\w* (?:the |these |those |this |such |all |any )?(?:\w+'s )?(?:findings|claims?|accusations?|allegations?|charges?|reports?|assertions?|characteri[sz]ation|account|version))\b/i,
  ),
  // "But we want answers, and we want them quickly", "We want the old fare back", "I expect them to
  // meet it", "I'm asking them to test the tub", "We are asking for the federation to keep its word":
  // what the speaker wants or asks of another is a demand, even after a negation of its own ("We are
  // not accusing anyone lightly. But ..."). Not "If we want to save ...", a condition, nor "we want to
  // work with ...", the speaker's own wish.
  cue(
    "demand",
    "100",
    0.55,
    /(?<!\bif\s)\b(?:we|i)(?:\s+(?:want|expect|are\s+asking|am\s+asking)|['’]m\s+asking)\s+(?!to\s+(?:be|work|see|make|say|thank|stress|assure|continue|help|talk|meet)\b)(?:answers?\b|an?\s+(?:answer|explanation|apology|inquiry|investigation)\b|the\s+truth\b|justice\b|to\s+know\b|our\s+\p{L}+|(?:them|you|him|her|it)\s+to\b|(?:for\s+)?the\s+(?:[\p{L}-]+\s+){1,4}?(?:to\b|back\b))/iu,
  ),
  // "We did not bomb any hospital": the speaker's side saying it did not do it.
  cue(
    "denial",
    "016",
    0.55,
    /\b(?:we|i|our (?:forces|troops|army|soldiers|military|aircraft|jets|company|side|government|country)) (?:did not|didn't|have not|haven't|had not|never|do not|don't|are not|aren't|were not|weren't)\b/i,
  ),
  cue(
    "denial",
    "016",
    0.45,
    /\b(?:free,? (?:and )?fair|(?:fully )?transparent|lawful|in (?:line|accordance) with (?:the )?law|within the law|complied with|fully cooperat\w*)\b/i,
  ),
  // "its crew had followed every safety rule", "every bottle it shipped had passed a pressure test",
  // "all its cranes had been certified", "the figures it published were accurate": a side saying it
  // met every rule, test or requirement denies the charge that it did not. So do "the pipe had
  // passed a pressure test in June", "had been “fully tested and certified”", "in line with every
  // requirement": a test passed, a thing fully certified, every requirement met.
  cue(
    "denial",
    "016",
    0.45,
    /\b(?:(?:passed|followed|met|meets|meet|obeyed|respected) (?:every|all(?: the)?) (?:[\w-]+ ){0,2}?(?:rules?|tests?|inspections?|requirements?|standards?|regulations?|checks?|procedures?)|every (?:[\w-]+ ){1,4}?(?:had|has|have) (?:passed|been (?:inspected|certified|tested|approved))|all (?:its|our|their|the) (?:[\w-]+ ){0,2}?(?:had|have|has) been (?:certified|inspected|tested|approved)|(?:were|was|are|is) accurate|(?:had|has|have) passed (?:a|an|its|their|our) (?:[\w-]+ ){0,2}?(?:tests?|inspections?|checks?|audits?)|been ["“]?fully (?:tested|certified|inspected)|in (?:line|accordance|compliance) with (?:every|all(?: the)?) (?:[\w-]+ ){0,2}?(?:rules?|requirements?|standards?|regulations?))\b/i,
  ),
  cue(
    "justification",
    "",
    0.45,
    /\b(?:self-defen[cs]e|in (?:response|retaliation) to|had no (?:choice|option)|legitimate (?:military )?targets?|only (?:hit|targeted|struck|targeting)|necessary (?:to|measures)|human shields?|acted to protect|to protect (?:its|our) (?:territory|sovereignty|citizens))\b/i,
  ),
  cue(
    "threat",
    "132",
    0.6,
    /\b(?:impose|will impose|could impose|slap) (?:new |further |fresh )?(?:sanctions|tariffs)\b/i,
  ),
  cue(
    "threat",
    "134",
    0.7,
    /\b(?:suspend|halt|end|ending|quit|abandon|walk away from|pull out of|withdraw from|break off|cut off)\w* (?:the |all |its |our |their )?(?:[\w.-]+ ){0,3}(?:talks|negotiations|dialogue|cooperation|contacts|deal|agreement|relations)\b/i,
  ),
  cue("threat", "139", 0.6, /\b(?:ultimatum|or else|or face)\b/i),
  cue(
    "threat",
    "138",
    0.6,
    /\b(?:military (?:action|option|force|response)|use of force|other options|all options|options (?:are|remain) on the table|retaliat\w*|will respond|would respond|respond (?:forcefully|decisively|firmly)|consequences|pay a (?:heavy )?price|will not (?:stand|tolerate)|(?:strike|hit) back|face the full force|(?:be|are|is) held (?:responsible|accountable)|(?:will|shall) defend (?:every|our|its)\b)\b/i,
  ),
  cue(
    "threat",
    "130",
    0.5,
    /\b(?:will|would|shall) (?:shut down|close|expel|sue|retaliate|act|cut|block|ban|seize|strike)\b/i,
  ),
  cue(
    "demand",
    "100",
    0.55,
    /\b(?:must (?:stop|end|halt|withdraw|leave|release|allow|cease|comply|pay|return|respect)|should (?:stop|end|halt|withdraw|leave)|we (?:call on|urge|demand)|(?:demand|demanded|demands) that|have to stop|needs? to stop)\b/i,
  ),
  cue(
    "accusation",
    "1124",
    0.65,
    /\b(?:war crimes?|crimes? against humanity|genocide|ethnic cleansing|international (?:law|laws|humanitarian law|norms|standards)|humanitarian (?:law|norms)|civilian (?:targets|infrastructure|areas)|civilians|hospitals?|schools?|indiscriminate\w*|innocent (?:people|women|children|civilians)|deliberate\w*|targeting|massacre\w*|atrocit\w*|egregious|horrific|barbar\w*)\b/i,
  ),
  cue(
    "accusation",
    "1122",
    0.65,
    /\b(?:human rights (?:abuses?|violations?)|tortur\w*|repression|persecution|arbitrary (?:arrests?|detention)|execut(?:ed|ing|ions?)|summary killings?|abduct\w*|kidnap\w*|rap(?:e|ed|es|ing)|loot\w*|detain\w*|imprison\w*|jail\w*|intimidat\w*|harass\w*|crackdown|suppress\w*|censor\w*)\b/i,
  ),
  cue(
    "accusation",
    "1123",
    0.6,
    /\b(?:aggression|invasion|invad\w*|occupation|provocation|provocative|provok\w*|incursion|intrud\w*|annex\w*|violat\w+ (?:our|its|the) (?:sovereignty|border|airspace|territory)|status quo|threat to (?:our|its|the|their) (?:territorial integrity|sovereignty|security|national security))\b/i,
  ),
  cue(
    "accusation",
    "1125",
    0.6,
    /\b(?:spy|spies|spying|espionage|hack\w*|cyber ?attacks?|interference|interfer\w+|meddling|meddl\w*)\b/i,
  ),
  cue(
    "accusation",
    "1121",
    0.6,
    /\b(?:corrupt\w*|fraud\w*|rigg(?:ed|ing)|stole|stolen|steal\w*|cheat\w*|brib\w*|embezzl\w*|launder\w*|cover[ -]?up|negligen\w*|illegal\w*|unlawful\w*|crimes?|criminal)\b/i,
  ),
  cue(
    "accusation",
    "112",
    0.5,
    /\b(?:violat\w*|breach\w*|broke (?:the|a) (?:ceasefire|truce|agreement|deal|law)|responsible for|to blame|fault|terrorist (?:attacks?|groups?)|bomb\w*|shell\w*|attack\w*|kill\w*|destroy\w*|fir(?:ed|ing) (?:on|at|into)|pulling the trigger|first shot|aggress\w*|lied|lying|hypocri\w*|destabili[sz]\w*|obstruct\w*|sabotag\w*|reckless\w*|irresponsib\w*|mislead\w*|far from innocent|not innocent|failed to|refus\w+ to|no sign|ignored|overcharg\w*|squeez\w*|conceal\w*|exploit\w*|abus\w*|blatant|abandon(?:ed|ing) (?:us|them|the people|its citizens)|betray\w*|neglect\w*|underinvest\w*)\b/i,
  ),
  cue(
    "accusation",
    "111",
    0.45,
    /\b(?:deeply (?:troubled|concerned|disturbed)|alarmed|appalled|outraged|dismayed|unacceptable|shameful|disgraceful)\b/i,
  ),
  cue(
    "accusation",
    "012",
    0.4,
    /\b(?:life support|flatlin\w*|futile|futility|deadlock\w*|stalled|stalemate|collapse\w*|no progress|dim prospects|bleak|impasse|on the verge|breaking point|dead end|hopeless)\b/i,
  ),
];
