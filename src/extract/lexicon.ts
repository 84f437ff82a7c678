// The words the extractor keys on: reporting verbs by what they do to blame, the vague sources, the
// titles that make a name a person, and the cues in a statement's content that give its category
// and CAMEO code. General English, nothing about any one article.

export { AMBIGUOUS_FORMS, LONGER_FORM_STARTS, REPORTING_FORMS, type ReportingVerb, type VerbAct } from "./verbs";

/** Sources the text does not name: kept vague, never pinned on an actor. */
export const VAGUE_SOURCES = new Set([
  "officials",
  "official",
  "sources",
  "source",
  "critics",
  "analysts",
  "observers",
  "experts",
  "activists",
  "residents",
  "witnesses",
  "diplomats",
  "diplomat",
  "some",
  "many",
  "others",
  "opponents",
  "detractors",
  "campaigners",
  "monitors",
  "people",
  "insiders",
  "commentators",
  "skeptics",
  "sceptics",
  "observers",
  "aides",
  "lawmakers",
  "investigators",
  "authorities",
  "groups",
  "organisations",
  "organizations",
]);

/** Unattributed hedges: the text reports a charge without saying who makes it. */
export const HEDGES =
  /\b(?:allegedly|reportedly|purportedly|supposedly|it is (?:alleged|claimed|said|believed)|is (?:alleged|suspected|believed) to|are (?:alleged|suspected|believed) to)\b/i;

/** Words that, before or after a name, make it a person's: titles and roles. */
export const PERSON_TITLES = new Set([
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "minister",
  "secretary",
  "president",
  "premier",
  "chancellor",
  "ambassador",
  "envoy",
  "general",
  "gen",
  "senator",
  "sen",
  "representative",
  "rep",
  "governor",
  "gov",
  "mayor",
  "dictator",
  "leader",
  "king",
  "queen",
  "prince",
  "emir",
  "chief",
  "director",
  "chairman",
  "chairwoman",
  "chair",
  "ceo",
  "executive",
  "official",
  "commander",
  "colonel",
  "col",
  "lieutenant",
  "captain",
  "admiral",
  "analyst",
  "professor",
  "prof",
  "dr",
  "mr",
  "mrs",
  "ms",
  "judge",
  "prosecutor",
  "lawyer",
  "attorney",
  "adviser",
  "advisor",
  "aide",
  "deputy",
  "head",
  "founder",
  "owner",
  "economist",
  "strongman",
  "ruler",
  "lawmaker",
  "mp",
  "diplomat",
  "correspondent",
  "editor",
  "pope",
  "cardinal",
  "sheikh",
  "ayatollah",
  "negotiator",
  "coordinator",
  "commissioner",
  "administrator",
  "inspector",
  "researcher",
  "scientist",
  "activist",
  "resident",
  "witness",
  "manager",
  "officer",
  "presidential",
  // Compound and registry titles ("union secretary-general X", "council registrar X").
  "secretary-general",
  "director-general",
  "attorney-general",
  "inspector-general",
  "auditor-general",
  "solicitor-general",
  "vice-president",
  "vice-chairman",
  "co-founder",
  "registrar",
  "organiser",
  "organizer",
  "councillor",
  "councilor",
  "treasurer",
  "chairperson",
]);

/**
 * The last word of a state's public body's name ("Federal Police", "Border Service", "Naval
 * Prefecture", "Civil Aviation Authority"): a body of the state whose name or demonym comes right
 * before it, and never a person's surname.
 */
export const PUBLIC_BODY_HEADS =
  /^(?:authority|commission|council|agency|board|inspectorate|directorate|bureau|ministry|department|office|guard|prefecture|tribunal|regulator|police|service|court)$/;

/** Heads of organisation names that are not in the gazetteer ("Acme Corp", "Northern Mining Group"). */
export const ORGANISATION_SUFFIXES =
  /^(?:inc|corp|corporation|co|ltd|limited|pty|gmbh|bv|nv|spa|srl|sarl|oyj|oy|ab|jsc|pjsc|asa|bhd|pte|llp|plc|llc|ag|sa|group|company|holdings|bank|airlines|airways|air|aerospace|aviation|telecom|telecoms|farms|foods|produce|pharma|capital|media|studios|labs|logistics|shipping|steel|chemicals|construction|insurance|securities|ventures|resources|petroleum|minerals|solutions|services|health|healthcare|medical|electronics|software|communications|entertainment|brands|beverages|spirits|distillers|distillery|wines|rail|railway|transport|automotive|engineering|dynamics|enterprises|international|global|worldwide|motors|mines|metals|utilities|markets|fund|trust|exchange|institute|university|hospital|airport|port|stores|energy|industries|partners|association|union|council|party|front|movement|committee|commission|agency|authority|institute|foundation|federation|ministry|department|office|court|university|network|alliance|coalition|brigade|brigades|army|forces|militia|organisation|organization|club|league|academy|college|school|schools|lines|athletic|atl[eé]tico|rovers|wanderers|fc|sporting|society|clinic|charity|cooperative|co-operative|systems|technologies|guard|brewery|breweries|works|glassworks|pharmaceuticals|mining|oil|gas|electric|power|railways|ports|board|fuels|terminals|practitioners|chambers|associates|advocates|attorneys|solicitors|guild|forum|collective|syndicate|consortium|maritime|tankers|freight|organisations|organizations|unions|associations|federations|observatory)$/i;

/** Acronyms of things, techniques and measures, never a party's name ("GPS data", "CCTV footage", "GDP"). */
export const COMMON_ACRONYMS =
  /^(?:GPS|CCTV|SMS|DNA|RNA|PCR|GDP|GNP|VAT|LNG|LPG|CNG|ATM|ATMs|SIM|USB|PDF|HIV|PPE|ICU|MRI|GMT|UTC|LED|GSM|SUV|SUVs|HGV|HGVs|PIN|URL|IT|AI|4G|5G|3G)$/;

/** Common nouns that, just before a capitalised name, say it is an organisation's ("rival Porto Atlético", "carrier SkyBridge"). */
export const ORGANISATION_NOUNS =
  /^(?:group|rival|rivals|carrier|airline|club|association|union|company|firm|operator|insurer|lender|miner|retailer|bank|team|party|charity|trust|federation|manufacturer|automaker|supplier|developer|contractor|broadcaster|newspaper|regulator|watchdog|network|chain|giant|conglomerate|subsidiary|startup|platform|maker|carmaker|drugmaker|chipmaker|producer|distributor|provider|builder|exporter|importer|grocer|supermarket|utility|cooperative|brewer|brewery|refiner|shipper|processor|publisher|caterer)$/;

/** Group nouns that make an unknown name an armed group ("the group Jabhat X", "the militia Y"). */
export const ARMED_GROUP_NOUNS =
  /^(?:group|offshoot|affiliate|faction|militia|militias|rebels|insurgents|militants|fighters|brigade|brigades|front|movement|jihadists|extremists|terrorists|guerrillas|paramilitaries|paramilitary)$/i;

/** Nouns after an actor that make it a modifier, not the one meant ("al-Qaeda offshoot X", "Russia's allies"). */
export const RELATIONAL_NOUNS = new Set([
  "offshoot",
  "affiliate",
  "affiliates",
  "splinter",
  "branch",
  "ally",
  "allies",
  "rival",
  "rivals",
  "enemy",
  "enemies",
  "critic",
  "critics",
  "opponent",
  "opponents",
  "proxy",
  "proxies",
  "partner",
  "partners",
  "border",
  "territory",
  "soil",
  "airspace",
  "waters",
  "capital",
  "city",
  "cities",
  "province",
  "region",
  "people",
  "citizens",
  "civilians",
  "embassy",
  "consulate",
  "economy",
  "market",
  "markets",
  "sanctions",
  "talks",
  "side",
]);

/** Compound modifiers that make the actor a backer or a place, not the one meant ("U.S.-backed rebels"). */
export const BACKING_SUFFIX = /^(?:backed|led|supported|sponsored|allied|aligned|funded|armed|trained)$/i;
export const PLACE_SUFFIX =
  /^(?:based|controlled|held|occupied|administered|run|born|made|listed|flagged|registered|owned|headquartered)$/i;

/** Mutual blame: "accused each other", "blaming one another", "traded accusations". */
export const MUTUAL = /\b(?:each other|one another)\b|\btrad(?:e|ed|es|ing) (?:blame|accusations|barbs|charges)\b/i;
export const BOTH_SIDES =
  /\b(?:both (?:sides|countries|nations|governments|parties|camps|companies|men|leaders)|the two (?:sides|countries|nations|governments|parties|camps|companies|men|leaders|neighbours|neighbors|rivals|powers|states)|both)\b/i;

/** Weekdays, months and time words: never names, and skipped between a verb and its content. */
export const TIME_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|sept|oct|nov|dec|aug|feb|today|yesterday|tonight|earlier|later|recently|last|this|next|week|month|year|morning|afternoon|evening|night|day)$/i;

/** Words that may sit between a subject and its verb, or before the verb, without breaking the clause. */
export const VERB_MODIFIERS = new Set([
  "has",
  "have",
  "had",
  "is",
  "are",
  "was",
  "were",
  "been",
  "be",
  "will",
  "would",
  "could",
  "should",
  "may",
  "might",
  "also",
  "again",
  "repeatedly",
  "previously",
  "already",
  "later",
  "then",
  "now",
  "publicly",
  "openly",
  "strongly",
  "flatly",
  "firmly",
  "swiftly",
  "quickly",
  "immediately",
  "angrily",
  "sharply",
  "reportedly",
  "allegedly",
  "itself",
  "himself",
  "herself",
  "themselves",
  "in",
  "fact",
  "not",
  "did",
  "does",
  "do",
  "further",
  "once",
  "long",
  "often",
  "frequently",
  "consistently",
  "vehemently",
  "categorically",
  "officially",
  "separately",
  "subsequently",
  "initially",
  "first",
  "even",
  "just",
  "still",
]);

/** Discourse openers trimmed from the start of a quoted sentence ("I mean, ..."). */
export const OPENERS =
  /^(?:I mean|Look|Well|You know|Frankly|Honestly|Listen|Again|Now|So|Indeed|Of course)\s*[,—–-]\s*/;

/** A town's or a city's office ("mayor", "councillor"). */
const LOCAL_OFFICE = /\b(?:mayor|councillor|councilor|alderman)\b/i;

/**
 * A story of two levels of government: the writer names the national one as such ("the national
 * government", "Spain's central government", "the federal government", "the federal and provincial
 * governments") or by its seat ("the pro-European government in Chisinau"), setting a town or a
 * region against it. There a town's office-holder speaks for the town, never for the national
 * government (Conventions for sides: a local government set against its state's is a side of its own).
 */
const TWO_LEVELS = /\b(?:national|central|federal|union) (?:and (?:provincial|state|regional|local) )?governments?\b/i;
const GOVERNMENT_AT_SEAT = /\bgovernment in \p{Lu}/u;

/**
 * Whether a title is a town's office ("Mayor", "Quito's mayor") in a story of two levels of
 * government (TWO_LEVELS): its holder is the town's voice, never the state's or its national
 * government's (read so by titles.ts, references.ts and sides.ts alike).
 */
export const townOfficeInTwoLevels = (title: string, text: string): boolean =>
  LOCAL_OFFICE.test(title) && (TWO_LEVELS.test(text) || GOVERNMENT_AT_SEAT.test(text));
