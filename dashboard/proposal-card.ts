// One proposal as a card: what the extractor read (speaker, for whom, against whom, category,
// what it answers, confidence), what became of it, and the editor's three choices: accept,
// accept with edits (an inline form), reject with a reason. The card reports failures in words.
import { acceptForm, rejectForm } from "./decision-forms";
import { element } from "./dom";
import { actorLabel } from "./proposal-actors";
import type { AcceptEdits, Actor, ClaimSummary, ProposalDoc } from "./review-api";
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

export const cardId = (proposalId: string) => `card-${proposalId}`;

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
  row("For", actorLabel(proposal, context, statement.speaksFor) ?? "— no one named");
  row("Against", statement.targets.map((ref) => actorLabel(proposal, context, ref)).join(", ") || "—");
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
  row("Via", actorLabel(proposal, context, statement.intermediary));
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
  if (statement.attribution !== "named" && proposal.status === "pending") {
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

  // The ledger says the answered statement is not accepted yet; if it was rejected, it never will be.
  const adviceFor = (failure: ApiError) => {
    const answered = proposal.answersProposalId ? context.proposalById(proposal.answersProposalId) : undefined;
    return failure.details.rule === "answered_proposal_pending" && answered?.status === "rejected"
      ? `The statement it answers (${answered.proposalId}) was rejected: use Edit to give the claim it answers, or reject this one.`
      : undefined;
  };
  const busy = async (work: () => Promise<void>) => {
    error.textContent = "";
    card.setAttribute("aria-busy", "true");
    for (const button of card.querySelectorAll("button")) button.disabled = true;
    try {
      await work();
    } catch (failure) {
      error.textContent =
        failure instanceof ApiError ? failure.describe(adviceFor(failure)) : `Failed: ${String(failure)}`;
    } finally {
      card.removeAttribute("aria-busy");
      for (const button of card.querySelectorAll("button")) button.disabled = false;
    }
  };
  const accept = (edits: AcceptEdits) => void busy(() => context.accept(proposal, edits));
  const form = acceptForm(proposal, context, accept);
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
