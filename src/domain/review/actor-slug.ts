// Actor ids for actors first met in a proposal: the name as a slug ("U.S. State Department" →
// "us-state-department"), so the same name in two articles becomes the same actor.

export function actorSlug(name: string, fallback: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/, "");
  return slug.length > 0
    ? slug
    : fallback
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, "-")
        .slice(0, 128);
}

/** The id a proposed actor gets when accepting creates it: its name as a slug, else one from its proposal. */
export const newActorId = (proposalId: string, actor: { ref: string; name: string }) =>
  actorSlug(actor.name, `${proposalId}-${actor.ref}`);
