// Reading a source that is already in the dossier: by the model extractor, which the append
// transaction cannot wait for (the Worker asks the model, then records what it proposed), or by the
// rules extractor for a source that was added with `?extract=false`. One reading a source and an
// extractor: asking again answers the proposals already made, so a retried request stores nothing twice.
import type { NewEvent, StoredEventOf } from "../domain/events";
import { ProposalCreated } from "../domain/events";
import type { DocStore } from "../domain/projections/doc-store";
import type { ProposalDoc } from "../domain/projections/proposals";
import { proposalEvents } from "../domain/review/proposal-events";
import type { Extraction } from "../extract/contract";

/** The proposals an extractor (by name) already made from a source, in the order of their quotes. */
export function proposalsOfSource(docs: DocStore, sourceId: string, extractorName: string): ProposalDoc[] {
  return docs
    .list<{ proposalId: string }>("proposal-spans", `${sourceId}/`)
    .map(({ doc }) => docs.get<ProposalDoc>("proposals", doc.proposalId))
    .filter((proposal): proposal is ProposalDoc => proposal?.extractor.name === extractorName);
}

/**
 * The proposal events of one reading, numbered from `firstSeq`, each checked against the event
 * schema: all of them, or the first problem (a reading is kept whole or not at all, since
 * proposal ids are the seqs they take and answers point between them).
 */
export function checkedProposalEvents(
  source: StoredEventOf<"source.added">,
  extraction: Extraction,
  firstSeq: number,
): { events: NewEvent[] } | { problem: string } {
  const events = proposalEvents(source, extraction, firstSeq);
  for (const event of events) {
    const parsed = ProposalCreated.safeParse(event.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { problem: `${issue?.path.join("/") ?? ""}: ${issue?.message ?? "invalid"}` };
    }
  }
  return { events };
}
