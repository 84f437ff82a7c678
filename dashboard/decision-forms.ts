// The two decisions that need words from the editor, as inline forms on a card: accept with edits
// (the fields most often corrected; only what changed is sent) and reject with a reason.
import { STATEMENT_CATEGORIES } from "../src/extract/categories";
import { element, labelled } from "./dom";
import { actorLabel, resolvedActorId } from "./proposal-actors";
import type { CardContext } from "./proposal-card";
import type { AcceptEdits, ProposalDoc } from "./review-api";

/** The categories the seed uses, offered as suggestions; any slug is allowed. */
const COMMON_CATEGORIES = [
  "targeting-civilians",
  "indiscriminate-attacks",
  "violating-ceasefire",
  "violating-international-law",
  "harbouring-terrorists",
  "obstructing-peace",
  "pessimistic-comment",
  "threat",
];

/** The inline form: the fields an editor most often corrects. Only changed fields are sent. */
export function acceptForm(
  proposal: ProposalDoc,
  context: CardContext,
  submit: (edits: AcceptEdits) => void,
): HTMLFormElement {
  const { statement } = proposal;
  const form = element("form", { class: "edit", "aria-label": `Edit proposal ${proposal.proposalId}` });
  form.hidden = true;
  const known = new Set(context.dossierActors.map((actor) => actor.actorId));
  // Actors the text names that accepting creates anyway (speakers, intermediaries, targets).
  const created = proposal.actors.filter(
    (actor) =>
      !actor.actorId &&
      [statement.speakerRef, statement.intermediary, ...statement.targets].includes(actor.ref) &&
      !known.has(resolvedActorId(proposal, actor)),
  );
  const actorOptions = () => [
    element(
      "optgroup",
      { label: "In the dossier" },
      ...context.dossierActors.map((actor) => new Option(`${actor.name} (${actor.kind})`, actor.actorId)),
    ),
    ...(created.length > 0
      ? [
          element(
            "optgroup",
            { label: "New, from this text" },
            ...created.map((actor) => new Option(`${actor.name} (new)`, resolvedActorId(proposal, actor))),
          ),
        ]
      : []),
  ];

  const forWhom = actorLabel(proposal, context, statement.speaksFor);
  const claimant = element("select", { name: "claimantId" });
  claimant.append(new Option(forWhom ? `as proposed: ${forWhom}` : "— choose who blames —", ""), ...actorOptions());

  const accused = element("select", { name: "accusedIds", multiple: "", size: "4" });
  accused.append(...actorOptions());
  const proposedTargets = statement.targets.flatMap((ref) => {
    const actor = proposal.actors.find((candidate) => candidate.ref === ref);
    return actor ? [resolvedActorId(proposal, actor)] : [];
  });
  for (const option of accused.options) option.selected = proposedTargets.includes(option.value);

  const kind = element("select", { name: "statementKind" });
  kind.append(
    ...STATEMENT_CATEGORIES.map(
      (value) => new Option(value === statement.category ? `${value} (as proposed)` : value, value),
    ),
  );
  kind.value = statement.category;

  const listId = `categories-${proposal.proposalId}`;
  const category = element("input", {
    name: "category",
    list: listId,
    pattern: "[a-z0-9](?:[a-z0-9\\-]*[a-z0-9])?",
    placeholder: `default: ${statement.category}`,
    autocomplete: "off",
  });
  const categories = element("datalist", { id: listId }, ...COMMON_CATEGORIES.map((slug) => new Option(slug)));

  const allegation = element("textarea", { name: "allegation", rows: "2", placeholder: "default: the quote" });

  const claimsId = `claims-${proposal.proposalId}`;
  const answered = proposal.answersProposalId ? context.proposalById(proposal.answersProposalId) : undefined;
  const initialAnswers = statement.answersClaimId ?? answered?.claimId ?? "";
  const answers = element("input", { name: "answersClaimId", list: claimsId, autocomplete: "off" });
  answers.value = initialAnswers;
  const claimList = element(
    "datalist",
    { id: claimsId },
    ...context.claims.map((claim) => new Option(claim.allegation.slice(0, 80), claim.claimId)),
  );

  const save = element("button", { type: "submit" }, "Accept with these edits");
  const cancel = element("button", { type: "button", class: "secondary" }, "Cancel");
  cancel.addEventListener("click", () => {
    form.hidden = true;
    form.closest<HTMLElement>(".proposal")?.focus();
  });
  form.append(
    labelled("Who blames (claimant)", claimant, statement.speaksFor ? undefined : "required: the text names no one"),
    labelled("Against whom", accused, "Ctrl/⌘ or Shift to choose several"),
    labelled("Category", category, "a slug, e.g. targeting-civilians"),
    categories,
    labelled("Allegation", allegation),
    labelled("Statement kind", kind),
    labelled("Answers claim", answers, "for a denial, justification, concession or retraction"),
    claimList,
    element("div", { class: "actions" }, save, cancel),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const edits: AcceptEdits = {};
    if (claimant.value) edits.claimantId = claimant.value;
    const chosen = [...accused.selectedOptions].map((option) => option.value);
    if (chosen.length > 0 && chosen.sort().join(",") !== [...proposedTargets].sort().join(",")) {
      edits.accusedIds = chosen;
    }
    if (kind.value !== statement.category) edits.statementKind = kind.value as AcceptEdits["statementKind"];
    if (category.value.trim()) edits.category = category.value.trim();
    if (allegation.value.trim()) edits.allegation = allegation.value.trim();
    if (answers.value.trim() && answers.value.trim() !== initialAnswers) edits.answersClaimId = answers.value.trim();
    submit(edits);
  });
  return form;
}

export function rejectForm(proposal: ProposalDoc, submit: (reason: string) => void): HTMLFormElement {
  const form = element("form", { class: "reject", "aria-label": `Reject proposal ${proposal.proposalId}` });
  form.hidden = true;
  const reason = element("input", { name: "reason", required: "", maxlength: "1000", autocomplete: "off" });
  const cancel = element("button", { type: "button", class: "secondary" }, "Cancel");
  cancel.addEventListener("click", () => {
    form.hidden = true;
    form.closest<HTMLElement>(".proposal")?.focus();
  });
  form.append(
    labelled("Why reject it?", reason, "e.g. not a blame statement, wrong speaker"),
    element("div", { class: "actions" }, element("button", { type: "submit" }, "Reject"), cancel),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (reason.value.trim()) submit(reason.value.trim());
  });
  return form;
}
