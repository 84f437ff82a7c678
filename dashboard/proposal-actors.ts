// The actors a proposal refers to, by ref: what each becomes on acceptance (the dossier's actor,
// or a new one with the id the ledger will give it), and how to name it on the page.
import { newActorId } from "../src/domain/review/actor-slug";
import type { Actor, ProposalDoc, ProposedActor } from "./review-api";

/** What an actor ref of the proposal becomes on acceptance: the dossier's actor, or a new one. */
export function resolvedActorId(proposal: ProposalDoc, actor: ProposedActor): string {
  return actor.actorId ?? newActorId(proposal.proposalId, actor);
}

/** The name to show for an actor ref: the dossier's name once it exists there, else the text's, marked new. */
export function actorLabel(
  proposal: ProposalDoc,
  context: { dossierActors: Actor[]; actorName: (actorId: string) => string },
  ref: string | null | undefined,
): string | null {
  if (!ref) return null;
  const actor = proposal.actors.find((candidate) => candidate.ref === ref);
  if (!actor) return ref;
  // An actor new to the dossier when proposed may have been created since, by another acceptance.
  const actorId = resolvedActorId(proposal, actor);
  return context.dossierActors.some((known) => known.actorId === actorId)
    ? context.actorName(actorId)
    : `${actor.name} (new)`;
}
