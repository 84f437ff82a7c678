// The extractor's part in an append: for each source of the batch that carries its text, the
// proposals it reads from it. A failure of the extractor never stops a source from being recorded:
// it is logged, and the source simply has no proposals.
import type { StoredEvent, StoredEventOf } from "../domain/events";
import type { DocStore } from "../domain/projections/doc-store";
import { knownToExtractor } from "../domain/review/proposal-events";
import { extract } from "../extract";
import { checkedProposalEvents } from "./source-readings";

export function proposalsFor(batch: StoredEvent[], store: DocStore, firstSeq: number) {
  const sources = batch.filter(
    (event): event is StoredEventOf<"source.added"> => event.type === "source.added" && event.data.text !== undefined,
  );
  if (sources.length === 0) return [];
  const known = knownToExtractor(store, firstSeq - 1);
  const proposals = [];
  for (const source of sources) {
    const { text = "", title, publishedAt } = source.data;
    try {
      const extraction = extract({ text, title, ...(publishedAt ? { publishedAt } : {}), known });
      // Proposal ids are the seqs they take: keep all of a source's proposals or, on a bug, none.
      const checked = checkedProposalEvents(source, extraction, firstSeq + proposals.length);
      if ("problem" in checked)
        console.error("extractor: invalid proposals dropped", source.data.sourceId, checked.problem);
      else proposals.push(...checked.events);
    } catch (error) {
      console.error("extractor failed on source", source.data.sourceId, error);
    }
  }
  return proposals;
}
