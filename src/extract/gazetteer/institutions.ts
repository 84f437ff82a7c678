// Institutions of states, as data. Every country gets the same generic set (its government,
// foreign and defence ministries, military, rebels) built from its slug; the named ones below
// ("the Kremlin", "the State Department") are aliases or children of those, so they roll up.

/** The generic institutions every country has: suffix of the id, kind, name template, code role. */
export interface InstitutionKind {
  suffix: string;
  kind: "government" | "organisation" | "armed_group";
  /** `{name}` is the country's name, `{adj}` its first demonym adjective. */
  name: string;
  role: "GOV" | "MIL" | "REB" | "OPP";
  /** Parent: the state itself, another institution of the same country, or none (a party is not the state). */
  parent: "state" | "government" | "none";
  /** Head nouns that, after a country's demonym or possessive, name this institution. */
  heads: string[];
}

export const INSTITUTION_KINDS: InstitutionKind[] = [
  {
    suffix: "government",
    kind: "government",
    name: "{adj} government",
    role: "GOV",
    parent: "state",
    heads: [
      "government",
      "regime",
      "authorities",
      "administration",
      "leadership",
      "cabinet",
      "officials",
      "official",
      "president",
      "presidency",
      "prime minister",
      "leader",
      "premier",
      "chancellor",
      "dictator",
      "king",
      "monarch",
      "emir",
      "government spokesman",
      "government spokeswoman",
      "government spokesperson",
      "interior ministry",
      "ministry of interior",
      "justice ministry",
      "parliament",
      "lawmakers",
      "state media",
      "embassy",
      "ambassador",
      "envoy",
      "diplomats",
      "diplomat",
      "police",
    ],
  },
  {
    suffix: "foreign-ministry",
    kind: "organisation",
    name: "{adj} Foreign Ministry",
    role: "GOV",
    parent: "government",
    heads: [
      "foreign ministry",
      "ministry of foreign affairs",
      "foreign affairs ministry",
      "foreign office",
      "foreign minister",
      "foreign secretary",
      "foreign affairs minister",
      "minister of foreign affairs",
      "foreign ministry spokesman",
      "foreign ministry spokeswoman",
      "foreign ministry spokesperson",
      "secretary of state",
    ],
  },
  {
    suffix: "defence-ministry",
    kind: "organisation",
    name: "{adj} Defence Ministry",
    role: "MIL",
    parent: "government",
    heads: [
      "defence ministry",
      "defense ministry",
      "ministry of defence",
      "ministry of defense",
      "defence minister",
      "defense minister",
      "defence secretary",
      "defense secretary",
      "secretary of defense",
      "minister of defence",
      "minister of defense",
    ],
  },
  {
    suffix: "military",
    kind: "organisation",
    name: "{adj} military",
    role: "MIL",
    parent: "government",
    heads: [
      "military",
      "army",
      "armed forces",
      "forces",
      "government forces",
      "troops",
      "soldiers",
      "jets",
      "warplanes",
      "planes",
      "aircraft",
      "bombers",
      "helicopters",
      "drones",
      "navy",
      "air force",
      "coast guard",
      "artillery",
      "tanks",
      "warships",
      "border guards",
      "military spokesman",
      "army spokesman",
      "general",
      "commander",
      "generals",
      "commanders",
    ],
  },
  {
    suffix: "rebels",
    kind: "armed_group",
    name: "{adj} rebels",
    role: "REB",
    parent: "state",
    heads: ["rebels", "rebel", "insurgents", "opposition fighters", "militants", "militias", "militia", "separatists"],
  },
  {
    suffix: "opposition",
    kind: "organisation",
    name: "{adj} opposition",
    role: "OPP",
    parent: "state",
    heads: [
      "opposition leader",
      "main opposition leader",
      "opposition lawmakers",
      "opposition politicians",
      "opposition figures",
      "opposition candidates",
    ],
  },
  // "South Africa's main opposition party" blames the governing party: a party of its own, not its
  // country, or the two would roll up to one side blaming itself.
  {
    suffix: "opposition-party",
    kind: "organisation",
    name: "{name}'s main opposition party",
    role: "OPP",
    parent: "none",
    heads: [
      "opposition",
      "opposition party",
      "main opposition party",
      "largest opposition party",
      "opposition parties",
      "opposition coalition",
      "main opposition coalition",
      "opposition alliance",
      "main opposition alliance",
    ],
  },
];

/**
 * Named institutions: slug | kind | name | other names | code | parent slug. A parent that is a
 * generic institution is written country-slug + suffix ("united-states-foreign-ministry").
 * Where a named institution IS a country's generic one (the State Department is the U.S. foreign
 * ministry) it is listed with that generic id, so both spellings resolve to one actor.
 */
export const NAMED_INSTITUTION_LINES = `
united-states-foreign-ministry|organisation|U.S. State Department|State Department;Department of State;US State Department;the State Department|USAGOV|united-states-government
united-states-defence-ministry|organisation|Pentagon|the Pentagon;Department of Defense;Defense Department;U.S. Department of Defense;Department of War;War Department|USAMIL|united-states-government
united-states-white-house|government|White House|the White House|USAGOV|united-states-government
united-states-congress|government|U.S. Congress|Congress;Capitol Hill|USALEG|united-states
united-states-senate|government|U.S. Senate|Senate|USALEG|united-states-congress
united-states-treasury|organisation|U.S. Treasury|Treasury Department;Department of the Treasury|USAGOV|united-states-government
united-states-justice-department|organisation|U.S. Justice Department|Justice Department;Department of Justice|USAGOV|united-states-government
united-states-homeland-security|organisation|Department of Homeland Security|DHS|USAGOV|united-states-government
united-states-fbi|organisation|FBI|Federal Bureau of Investigation|USAGOV|united-states-justice-department
united-states-cia|organisation|CIA|Central Intelligence Agency|USAGOV|united-states-government
united-states-faa|organisation|Federal Aviation Administration|FAA|USAGOV|united-states-government
united-states-sec|organisation|Securities and Exchange Commission|SEC|USAGOV|united-states-government
united-states-epa|organisation|Environmental Protection Agency|EPA|USAGOV|united-states-government
united-states-ntsb|organisation|National Transportation Safety Board|NTSB|USAGOV|united-states-government
united-states-fema|organisation|Federal Emergency Management Agency|FEMA|USAGOV|united-states-government
united-states-federal-reserve|organisation|Federal Reserve|the Fed|USAGOV|united-states
russia-government|government|Kremlin|the Kremlin;Russian government|RUSGOV|russia
russia-foreign-ministry|organisation|Russian Foreign Ministry|Russian Ministry of Foreign Affairs|RUSGOV|russia-government
russia-defence-ministry|organisation|Russian Defence Ministry|Russian Defense Ministry|RUSMIL|russia-government
russia-fsb|organisation|FSB|Federal Security Service|RUSGOV|russia-government
united-kingdom-government|government|British government|Downing Street;Number 10;No 10;No. 10;Whitehall;UK government|GBRGOV|united-kingdom
united-kingdom-foreign-ministry|organisation|Foreign Office|the Foreign Office;Foreign, Commonwealth and Development Office;FCDO;Foreign and Commonwealth Office|GBRGOV|united-kingdom-government
united-kingdom-defence-ministry|organisation|Ministry of Defence|MoD|GBRMIL|united-kingdom-government
united-kingdom-parliament|government|British Parliament|House of Commons;Westminster|GBRLEG|united-kingdom
france-government|government|French government|Elysee;Élysée;Elysee Palace;Élysée Palace;Matignon|FRAGOV|france
france-foreign-ministry|organisation|French Foreign Ministry|Quai d'Orsay|FRAGOV|france-government
germany-government|government|German government|Chancellery;Bundesregierung|DEUGOV|germany
germany-military|organisation|German military|Bundeswehr|DEUMIL|germany-government
germany-parliament|government|Bundestag||DEULEG|germany
china-military|organisation|People's Liberation Army|PLA|CHNMIL|china-government
china-government|government|Chinese government|Zhongnanhai;State Council;Chinese Communist Party;Communist Party of China|CHNGOV|china
china-foreign-ministry|organisation|Chinese Foreign Ministry|Chinese Ministry of Foreign Affairs|CHNGOV|china-government
israel-military|organisation|Israel Defense Forces|IDF;Israeli Defense Forces;Israel Defence Forces|ISRMIL|israel-government
israel-parliament|government|Knesset||ISRLEG|israel
israel-mossad|organisation|Mossad||ISRGOV|israel-government
india-foreign-ministry|organisation|Ministry of External Affairs|External Affairs Ministry;MEA|INDGOV|india-government
pakistan-military|organisation|Pakistan Army|Inter-Services Public Relations;ISPR|PAKMIL|pakistan-government
pakistan-isi|organisation|ISI|Inter-Services Intelligence|PAKGOV|pakistan-government
japan-military|organisation|Japan Self-Defense Forces|Self-Defense Forces|JPNMIL|japan-government
turkey-government|government|Turkish government|Turkish presidency|TURGOV|turkey
ukraine-government|government|Ukrainian government|Bankova|UKRGOV|ukraine
iran-government|government|Iranian government|Islamic Republic|IRNGOV|iran
syria-government|government|Syrian government|Syrian regime|SYRGOV|syria
north-korea-military|organisation|Korean People's Army|KPA|PRKMIL|north-korea-government
`;

/**
 * Job titles that, written before a person's name or after it in apposition, say which
 * generic institution they speak for once the country or institution is known.
 */
export const TITLE_INSTITUTION: Record<string, string> = {
  opposition: "opposition",
  "foreign minister": "foreign-ministry",
  "foreign secretary": "foreign-ministry",
  "secretary of state": "foreign-ministry",
  "minister of foreign affairs": "foreign-ministry",
  ambassador: "foreign-ministry",
  envoy: "foreign-ministry",
  diplomat: "foreign-ministry",
  "defence minister": "defence-ministry",
  "defense minister": "defence-ministry",
  "defence secretary": "defence-ministry",
  "defense secretary": "defence-ministry",
  "secretary of defense": "defence-ministry",
  general: "military",
  commander: "military",
  "military spokesman": "military",
  "army spokesman": "military",
};
