// The review queue as readers see it: proposals in the order they were made, filtered and paged,
// with how many are pending, accepted, rejected or already recorded.
import type { DocStore } from "../projections/doc-store";
import type { ProposalDoc, ProposalStatus } from "../projections/proposals";

export interface ProposalFilters {
  status?: ProposalStatus | undefined;
  sourceId?: string | undefined;
}

export function proposalsPage(store: DocStore, filters: ProposalFilters, after: number, limit: number) {
  const all = store.list<ProposalDoc>("proposals").map((entry) => entry.doc);
  const counts: Record<ProposalStatus, number> = { pending: 0, accepted: 0, rejected: 0, recorded: 0 };
  for (const proposal of all) counts[proposal.status]++;
  const matching = all
    .filter(
      (proposal) =>
        proposal.seq > after &&
        (!filters.status || proposal.status === filters.status) &&
        (!filters.sourceId || proposal.sourceId === filters.sourceId),
    )
    .sort((a, b) => a.seq - b.seq);
  const page = matching.slice(0, limit);
  const last = page[page.length - 1];
  return { counts, proposals: page, next: matching.length > limit && last ? last.seq : null };
}

export const proposalById = (store: DocStore, proposalId: string) => store.get<ProposalDoc>("proposals", proposalId);
