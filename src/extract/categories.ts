// The kinds of statement a proposal can be, as plain data: the contract's enum and the review
// screen's choices are made from this one list.
export const STATEMENT_CATEGORIES = [
  "accusation",
  "denial",
  "justification",
  "counter-accusation",
  "concession",
  "threat",
  "demand",
  "retraction",
] as const;
