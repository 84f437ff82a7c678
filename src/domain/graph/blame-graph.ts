// The blame graph as readers see it, built from the actor and edge documents: rolled up to a
// level (people and agencies into their states), filtered by category or actor, mutual blame marked.
import type { ActorDoc } from "../projections/actors";
import type { BlameEdgeDoc, EdgeClaimDoc } from "../projections/blame-edges";

export type Rollup = "none" | "state" | "top";
export const ROLLUPS: readonly Rollup[] = ["none", "state", "top"];

export interface GraphNode {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  /** Claims this actor (or those rolled into it) made, and received. */
  blamesMade: number;
  blamesReceived: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  claims: number;
  /** Unanswered claims. */
  open: number;
  /** Claims with a rebuttal (denial, justification or counter-accusation). */
  rebutted: number;
  conceded: number;
  retracted: number;
  categories: Array<{ category: string; claims: number }>;
  firstStatedAt: string;
  latestStatedAt: string;
  claimIds: string[];
  /** True when the target also blames the source in this graph. */
  mutual: boolean;
}

export interface BlameGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphOptions {
  rollup?: Rollup;
  category?: string[];
  actor?: string;
}

/** Where an actor lands at a roll-up level: itself, its nearest state ancestor, or its top ancestor. */
export function rollupTarget(actorId: string, actors: Map<string, ActorDoc>, rollup: Rollup): string {
  if (rollup === "none") return actorId;
  let current = actors.get(actorId);
  const seen = new Set<string>();
  while (current && !seen.has(current.actorId)) {
    seen.add(current.actorId);
    if (rollup === "state" && current.kind === "state") return current.actorId;
    const parent = current.parentId ? actors.get(current.parentId) : undefined;
    if (!parent) return current.actorId;
    current = parent;
  }
  return actorId;
}

export function buildBlameGraph(
  docs: { actors: ActorDoc[]; edges: BlameEdgeDoc[]; edgeClaims: Array<{ key: string; doc: EdgeClaimDoc }> },
  options: GraphOptions = {},
): BlameGraph {
  const rollup = options.rollup ?? "none";
  const actors = new Map(docs.actors.map((actor) => [actor.actorId, actor]));
  const claimsByEdge = new Map<string, EdgeClaimDoc[]>();
  for (const { key, doc } of docs.edgeClaims) {
    const edge = key.slice(0, key.indexOf("|"));
    const list = claimsByEdge.get(edge) ?? [];
    list.push(doc);
    claimsByEdge.set(edge, list);
  }
  const merged = new Map<string, GraphEdge>();
  for (const doc of docs.edges) {
    const source = rollupTarget(doc.accuserId, actors, rollup);
    const target = rollupTarget(doc.accusedId, actors, rollup);
    if (source === target) continue; // blame inside one actor after roll-up
    const categories = Object.entries(doc.byCategory).filter(
      ([category]) => !options.category || options.category.includes(category),
    );
    if (categories.length === 0) continue;
    const key = `${source}>${target}`;
    const edge: GraphEdge = merged.get(key) ?? {
      source,
      target,
      claims: 0,
      open: 0,
      rebutted: 0,
      conceded: 0,
      retracted: 0,
      categories: [],
      firstStatedAt: doc.firstStatedAt,
      latestStatedAt: doc.latestStatedAt,
      claimIds: [],
      mutual: false,
    };
    for (const [category, counts] of categories) {
      edge.claims += counts.claims;
      edge.open += counts.unanswered;
      edge.rebutted += counts.disputed;
      edge.conceded += counts.conceded;
      edge.retracted += counts.retracted;
      const existing = edge.categories.find((entry) => entry.category === category);
      if (existing) existing.claims += counts.claims;
      else edge.categories.push({ category, claims: counts.claims });
    }
    for (const claim of claimsByEdge.get(`${doc.accuserId}>${doc.accusedId}`) ?? []) {
      if (!options.category || options.category.includes(claim.category)) edge.claimIds.push(claim.claimId);
    }
    if (doc.firstStatedAt < edge.firstStatedAt) edge.firstStatedAt = doc.firstStatedAt;
    if (doc.latestStatedAt > edge.latestStatedAt) edge.latestStatedAt = doc.latestStatedAt;
    merged.set(key, edge);
  }
  let edges = [...merged.values()];
  if (options.actor) edges = edges.filter((edge) => edge.source === options.actor || edge.target === options.actor);
  for (const edge of edges) {
    edge.claimIds = [...new Set(edge.claimIds)].sort();
    edge.categories.sort((a, b) => b.claims - a.claims || a.category.localeCompare(b.category));
    // Mutual blame is a property of the pair, whatever the actor filter kept.
    edge.mutual = merged.has(`${edge.target}>${edge.source}`);
  }
  edges.sort((a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target));

  const nodes = new Map<string, GraphNode>();
  const node = (id: string) => {
    let found = nodes.get(id);
    if (!found) {
      const actor = actors.get(id);
      found = {
        id,
        name: actor?.name ?? id,
        kind: actor?.kind ?? "unknown",
        parentId: actor?.parentId ?? null,
        blamesMade: 0,
        blamesReceived: 0,
      };
      nodes.set(id, found);
    }
    return found;
  };
  for (const edge of edges) {
    node(edge.source).blamesMade += edge.claims;
    node(edge.target).blamesReceived += edge.claims;
  }
  return { nodes: [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id)), edges };
}
