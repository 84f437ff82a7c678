// The review queue as readers see it: proposals in the order they were made, filtered and paged,
// with how many are pending, accepted, rejected or already recorded.
import type { ActorDoc } from "../projections/actors";
import type { DocStore } from "../projections/doc-store";
import type { ProposalDoc, ProposalStatus } from "../projections/proposals";
import { newActorId } from "./actor-slug";

export interface ProposalFilters {
  status?: ProposalStatus | undefined;
  sourceId?: string | undefined;
}

/**
 * Each proposed actor with the dossier actor it stands for now (`currentActorId`): the one the extractor
 * resolved, or the one accepting another proposal created under its slug since.
 */
function withCurrentActors(store: DocStore, proposal: ProposalDoc): ProposalDoc {
  const actors = proposal.actors.map((actor) => {
    const candidates = [actor.actorId, newActorId(proposal.proposalId, actor)];
    const current = candidates.find((id) => id !== undefined && store.get<ActorDoc>("actors", id));
    return current ? { ...actor, currentActorId: current } : actor;
  });
  return { ...proposal, actors };
}

export function proposalsPage(store: DocStore, filters: ProposalFilters, after: number, limit: number) {
  const all = store
    .list<ProposalDoc>("proposals")
    .map((entry) => entry.doc)
    .filter((proposal) => !filters.sourceId || proposal.sourceId === filters.sourceId);
  // Counts follow the source filter, not the status one: they are what the status filter chooses from.
  const counts: Record<ProposalStatus, number> = { pending: 0, accepted: 0, rejected: 0, recorded: 0 };
  for (const proposal of all) counts[proposal.status]++;
  const matching = all
    .filter((proposal) => proposal.seq > after && (!filters.status || proposal.status === filters.status))
    .sort((a, b) => a.seq - b.seq);
  const page = matching.slice(0, limit).map((proposal) => withCurrentActors(store, proposal));
  const last = page[page.length - 1];
  return { counts, proposals: page, next: matching.length > limit && last ? last.seq : null };
}

export function proposalById(store: DocStore, proposalId: string): ProposalDoc | undefined {
  const proposal = store.get<ProposalDoc>("proposals", proposalId);
  return proposal ? withCurrentActors(store, proposal) : undefined;
}
