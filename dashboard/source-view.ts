// A source's text drawn for review: paragraph by paragraph, the proposed quotes as <mark>s (coloured
// by the status of the proposal they belong to), and beside each paragraph the cards of the quotes
// that start in it. The quotes of the focused card stand out; a click on a quote goes to its card.
import { layout, paragraphOf, type Span } from "./highlight";
import { cardId } from "./proposal-card";
import type { ProposalDoc } from "./review-api";

export interface SourceViewInput {
  text: string;
  proposals: ProposalDoc[];
  /** The card of a proposal, already drawn. */
  cardOf: (proposal: ProposalDoc) => HTMLElement;
  visible: (proposal: ProposalDoc) => boolean;
}

function markFor(words: string, ids: string[], byId: Map<string, ProposalDoc>, visible: SourceViewInput["visible"]) {
  const mark = document.createElement("mark");
  const first = byId.get(ids[0] as string);
  mark.className = `${first?.status ?? "pending"}${ids.length > 1 ? " overlap" : ""}`;
  if (!ids.some((id) => visible(byId.get(id) as ProposalDoc))) mark.classList.add("filtered-out");
  mark.dataset.proposals = ids.join(" ");
  mark.title = ids.map((id) => `${id}: ${byId.get(id)?.statement.category} (${byId.get(id)?.status})`).join("; ");
  mark.textContent = words;
  return mark;
}

/** One row per paragraph: its text with the marks, and the cards of the quotes that start in it. */
export function sourceRows({ text, proposals, cardOf, visible }: SourceViewInput): HTMLElement[] {
  const byId = new Map(proposals.map((proposal) => [proposal.proposalId, proposal]));
  const spans: Span[] = proposals
    .map((proposal) => ({ id: proposal.proposalId, start: proposal.statement.start, end: proposal.statement.end }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const paragraphs = layout(text, spans);
  const cardsByParagraph = new Map<number, HTMLElement[]>();
  for (const proposal of [...proposals].sort((a, b) => a.statement.start - b.statement.start)) {
    const paragraph = paragraphOf(paragraphs, proposal.statement.start);
    cardsByParagraph.set(paragraph, [...(cardsByParagraph.get(paragraph) ?? []), cardOf(proposal)]);
  }
  return paragraphs.map((paragraph) => {
    const row = document.createElement("div");
    row.className = "para-row";
    row.dataset.paragraph = String(paragraph.index);
    const body = document.createElement("p");
    body.className = "para-text";
    for (const run of paragraph.runs) {
      const words = text.slice(run.start, run.end);
      body.append(run.ids.length === 0 ? words : markFor(words, run.ids, byId, visible));
    }
    const cards = document.createElement("div");
    cards.className = "para-cards";
    cards.append(...(cardsByParagraph.get(paragraph.index) ?? []));
    row.append(body, cards);
    return row;
  });
}

export function wireMarks(view: HTMLElement): void {
  view.addEventListener("focusin", (event) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>(".proposal")?.dataset.proposal;
    for (const mark of view.querySelectorAll("mark.current")) mark.classList.remove("current");
    if (!id) return;
    for (const mark of view.querySelectorAll<HTMLElement>("mark")) {
      if (mark.dataset.proposals?.split(" ").includes(id)) mark.classList.add("current");
    }
  });
  view.addEventListener("click", (event) => {
    const mark = (event.target as HTMLElement).closest<HTMLElement>("mark");
    const ids = mark?.dataset.proposals?.split(" ") ?? [];
    const shown = ids.find((id) => !document.getElementById(cardId(id))?.hidden);
    if (shown) document.getElementById(cardId(shown))?.focus();
  });
}
