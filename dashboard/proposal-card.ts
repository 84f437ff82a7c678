// One proposal as a card: what the extractor read (speaker, for whom, against whom, category,
// what it answers, confidence), what became of it, and the editor's three choices: accept,
// accept with edits (an inline form), reject with a reason. The card reports failures in words.
import { actorSlug } from "../src/domain/review/actor-slug";
import type { AcceptEdits, Actor, ClaimSummary, ProposalDoc, ProposedActor } from "./review-api";
import { ApiError } from "./review-api";

export interface CardContext {
  dossierActors: Actor[];
  claims: ClaimSummary[];
  /** The other proposals of this source, to link answers to. */
  proposalById: (proposalId: string) => ProposalDoc | undefined;
  actorName: (actorId: string) => string;
  /** A preview: nothing can be decided yet. */
  readonly: boolean;
  claimUrl: (claimId: string) => string;
  accept: (proposal: ProposalDoc, edits: AcceptEdits) => Promise<void>;
  reject: (proposal: ProposalDoc, reason: string) => Promise<void>;
}

const STATEMENT_KINDS = [
  "accusation",
  "denial",
  "justification",
  "counter-accusation",
  "concession",
  "threat",
  "demand",
  "retraction",
] as const;

/** The categories the seed uses, offered as suggestions; any slug is allowed. */
export const COMMON_CATEGORIES = [
  "targeting-civilians",
  "indiscriminate-attacks",
  "violating-ceasefire",
  "violating-international-law",
  "harbouring-terrorists",
  "obstructing-peace",
  "pessimistic-comment",
  "threat",
];

export const cardId = (proposalId: string) => `card-${proposalId}`;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

/** What an actor ref of the proposal becomes on acceptance: the dossier's actor, or a new one. */
export function resolvedActorId(proposal: ProposalDoc, actor: ProposedActor): string {
  return actor.actorId ?? actorSlug(actor.name, `${proposal.proposalId}-${actor.ref}`);
}

function refName(proposal: ProposalDoc, context: CardContext, ref: string | null | undefined): string | null {
  if (!ref) return null;
  const actor = proposal.actors.find((candidate) => candidate.ref === ref);
  if (!actor) return ref;
  // An actor new to the dossier when proposed may have been created since, by another acceptance.
  const actorId = resolvedActorId(proposal, actor);
  return context.dossierActors.some((known) => known.actorId === actorId)
    ? context.actorName(actorId)
    : `${actor.name} (new)`;
}

function facts(proposal: ProposalDoc, context: CardContext): HTMLElement {
  const { statement } = proposal;
  const list = element("dl", { class: "facts" });
  const row = (term: string, value: Node | string | null | undefined) => {
    if (value === null || value === undefined || value === "") return;
    list.append(element("dt", {}, term), element("dd", {}, value));
  };
  row(
    "Speaker",
    statement.speaker ? [statement.speaker.name, statement.speaker.title].filter(Boolean).join(", ") : "—",
  );
  row("For", refName(proposal, context, statement.speaksFor) ?? "— no one named");
  row("Against", statement.targets.map((ref) => refName(proposal, context, ref)).join(", ") || "—");
  row("Category", statement.category + (statement.mutual ? " (mutual)" : ""));
  row("CAMEO", statement.cameo);
  if (proposal.answersProposalId) {
    const answered = context.proposalById(proposal.answersProposalId);
    const link = element("a", { href: `#${cardId(proposal.answersProposalId)}` }, proposal.answersProposalId);
    row(
      "Answers",
      answered ? element("span", {}, link, ` (${answered.statement.category}, ${answered.status})`) : link,
    );
  } else if (statement.answersClaimId) {
    row("Answers", element("a", { href: context.claimUrl(statement.answersClaimId) }, statement.answersClaimId));
  }
  row("Via", refName(proposal, context, statement.intermediary));
  row("Mode", statement.mode);
  row("Confidence", `${Math.round(statement.confidence * 100)}%`);
  return list;
}

function outcome(proposal: ProposalDoc, context: CardContext): HTMLElement | null {
  const by = proposal.decision?.author ? ` by ${proposal.decision.author}` : "";
  const claimLink = (claimId: string) => element("a", { href: context.claimUrl(claimId) }, claimId);
  switch (proposal.status) {
    case "accepted":
      return element(
        "p",
        { class: "outcome" },
        `Accepted${by}: claim `,
        claimLink(proposal.claimId ?? ""),
        proposal.decision?.edits ? ` (edited: ${Object.keys(proposal.decision.edits).join(", ")})` : "",
      );
    case "rejected":
      return element("p", { class: "outcome" }, `Rejected${by}: ${proposal.decision?.reason ?? ""}`);
    case "recorded":
      return element(
        "p",
        { class: "outcome" },
        "Already recorded by hand as claim ",
        claimLink(proposal.claimId ?? ""),
        ". Reject it to clear it from the queue.",
      );
    default:
      return null;
  }
}

function labelled(text: string, field: HTMLElement, hint?: string): HTMLElement {
  const label = element("label", {}, element("span", {}, text), field);
  if (hint) label.append(element("small", {}, hint));
  return label;
}

/** The inline form: the fields an editor most often corrects. Only changed fields are sent. */
function editForm(proposal: ProposalDoc, context: CardContext, submit: (edits: AcceptEdits) => void): HTMLFormElement {
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

  const forWhom = refName(proposal, context, statement.speaksFor);
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
    ...STATEMENT_KINDS.map(
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

function rejectForm(proposal: ProposalDoc, submit: (reason: string) => void): HTMLFormElement {
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

export interface Card {
  element: HTMLElement;
  accept(): void;
  edit(): void;
  reject(): void;
}

export function renderCard(proposal: ProposalDoc, context: CardContext): Card {
  const { statement } = proposal;
  const id = cardId(proposal.proposalId);
  const card = element("article", {
    class: `proposal ${proposal.status}`,
    id,
    tabindex: "0",
    "data-proposal": proposal.proposalId,
    "aria-labelledby": `${id}-title`,
  });
  const title = element(
    "h3",
    { id: `${id}-title` },
    element("span", { class: `badge ${proposal.status}` }, context.readonly ? "preview" : proposal.status),
    ` ${statement.category} · ${statement.speaker?.name ?? "no speaker"} · ¶${statement.paragraph}`,
  );
  const quote = element("blockquote", {}, `“${statement.quote}”`);
  card.append(title, quote, facts(proposal, context));
  if (statement.attribution !== "named") {
    card.append(
      element(
        "p",
        { class: "warning" },
        statement.attribution === "vague"
          ? "⚠ Vague source (“officials said”): nobody is named. Choose a claimant when accepting, or reject."
          : "⚠ Unattributed: the text gives no source. Choose a claimant when accepting, or reject.",
      ),
    );
  }
  const done = outcome(proposal, context);
  if (done) card.append(done);
  const error = element("p", { class: "card-error", role: "alert" });

  const busy = async (work: () => Promise<void>) => {
    error.textContent = "";
    card.setAttribute("aria-busy", "true");
    for (const button of card.querySelectorAll("button")) button.disabled = true;
    try {
      await work();
    } catch (failure) {
      error.textContent = failure instanceof ApiError ? failure.describe() : `Failed: ${String(failure)}`;
    } finally {
      card.removeAttribute("aria-busy");
      for (const button of card.querySelectorAll("button")) button.disabled = false;
    }
  };
  const accept = (edits: AcceptEdits) => void busy(() => context.accept(proposal, edits));
  const form = editForm(proposal, context, accept);
  const refuse = rejectForm(proposal, (reason) => void busy(() => context.reject(proposal, reason)));

  const canAccept = !context.readonly && proposal.status === "pending";
  const canReject = !context.readonly && (proposal.status === "pending" || proposal.status === "recorded");
  const open = (which: HTMLFormElement) => {
    for (const other of [form, refuse]) other.hidden = other !== which;
    which.querySelector<HTMLElement>("input, select, textarea")?.focus();
  };
  if (canAccept || canReject) {
    const actions = element("div", { class: "actions" });
    if (canAccept) {
      const acceptButton = element("button", { type: "button", "aria-keyshortcuts": "a" }, "Accept");
      acceptButton.addEventListener("click", () => accept({}));
      const editButton = element("button", { type: "button", "aria-keyshortcuts": "e" }, "Edit");
      editButton.addEventListener("click", () => open(form));
      actions.append(acceptButton, editButton);
    }
    const rejectButton = element("button", { type: "button", "aria-keyshortcuts": "r" }, "Reject");
    rejectButton.addEventListener("click", () => open(refuse));
    actions.append(rejectButton);
    card.append(actions, ...(canAccept ? [form] : []), refuse);
  }
  card.append(error);
  return {
    element: card,
    accept: () => canAccept && accept({}),
    edit: () => canAccept && open(form),
    reject: () => canReject && open(refuse),
  };
}
