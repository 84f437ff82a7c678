// The blame graph as readers see it, built from the actor and edge documents: rolled up to a
// level (people and agencies into their states), filtered by category or actor, mutual blame marked.
import type { ActorDoc } from "../projections/actors";
import type { BlameEdgeDoc, EdgeClaimDoc } from "../projections/blame-edges";

export type Rollup = "none" | "state" | "top";

/**
 * Claim ids a JSON graph shows per edge unless asked for all (`claimIds=all`): a busy edge of a
 * large dossier has tens of thousands, which made the answer megabytes, too big to keep cached.
 */
export const EDGE_CLAIM_IDS_SHOWN = 100;
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
  /** The claims behind the edge, sorted; the first `claimIdLimit` of them when it is set. */
  claimIds: string[];
  /** Present (true) only when `claimIds` holds the first `claimIdLimit` ids of more. */
  claimIdsTruncated?: true;
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
  /** At most this many claim ids per edge (the rest flagged `claimIdsTruncated`); all when unset. */
  claimIdLimit?: number;
}

/** The claims on one stored edge (`accuser>accused`), in claim id order, read as far as asked. */
export type EdgeClaimsReader = (edgeKey: string) => Iterable<EdgeClaimDoc>;

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

/**
 * The first `limit + 1` claim ids (ASCII slugs: the store's key order is JavaScript's) of a stored edge that pass the category filter: enough to fill a
 * merged edge's first `limit` and to know whether there are more (the smallest ids of a union are
 * among the smallest of each part), without reading a busy edge's every claim.
 */
function edgeClaimIds(claims: Iterable<EdgeClaimDoc>, category: string[] | undefined, limit: number | undefined) {
  const ids: string[] = [];
  for (const claim of claims) {
    if (category && !category.includes(claim.category)) continue;
    ids.push(claim.claimId);
    if (limit !== undefined && ids.length > limit) break;
  }
  return ids;
}

export function buildBlameGraph(
  docs: { actors: ActorDoc[]; edges: BlameEdgeDoc[]; edgeClaims: EdgeClaimsReader },
  options: GraphOptions = {},
): BlameGraph {
  const rollup = options.rollup ?? "none";
  const limit = options.claimIdLimit;
  const actors = new Map(docs.actors.map((actor) => [actor.actorId, actor]));
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
    const claims = docs.edgeClaims(`${doc.accuserId}>${doc.accusedId}`);
    for (const claimId of edgeClaimIds(claims, options.category, limit)) edge.claimIds.push(claimId);
    if (doc.firstStatedAt < edge.firstStatedAt) edge.firstStatedAt = doc.firstStatedAt;
    if (doc.latestStatedAt > edge.latestStatedAt) edge.latestStatedAt = doc.latestStatedAt;
    merged.set(key, edge);
  }
  let edges = [...merged.values()];
  if (options.actor) edges = edges.filter((edge) => edge.source === options.actor || edge.target === options.actor);
  for (const edge of edges) {
    edge.claimIds = [...new Set(edge.claimIds)].sort();
    if (limit !== undefined && edge.claimIds.length > limit) {
      edge.claimIds = edge.claimIds.slice(0, limit);
      edge.claimIdsTruncated = true;
    }
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
