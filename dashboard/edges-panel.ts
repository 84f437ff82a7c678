// The review screen's view of the blame graph: its edges rolled up to states, as a list that marks
// what changed since it was last drawn, so an editor sees an accepted claim arrive.
import type { GraphEdge } from "../src/domain/graph/blame-graph";

export interface EdgesView {
  edges: GraphEdge[];
  nodes: Array<{ id: string; name: string }>;
}

/** Claims per edge, by "source>target". */
export type EdgeCounts = Map<string, number>;

const edgeKey = (edge: GraphEdge) => `${edge.source}>${edge.target}`;

/** How each edge of `view` differs from `before`: "new", or "was n". */
function differences(before: EdgeCounts, view: EdgesView): Map<string, string> {
  const changes = new Map<string, string>();
  for (const edge of view.edges) {
    const was = before.get(edgeKey(edge));
    if (was === undefined) changes.set(edgeKey(edge), "new");
    else if (was !== edge.claims) changes.set(edgeKey(edge), `was ${was}`);
  }
  return changes;
}

export class EdgesPanel {
  /** What was last drawn; null before the first drawing (nothing is "new" then). */
  private view: EdgesView | null = null;
  /** The edges the latest change touched, and how: kept until something else changes. */
  private changed = new Map<string, string>();

  constructor(private readonly list: HTMLElement) {}

  reset(): void {
    this.view = null;
    this.changed.clear();
  }

  /** The claims per edge as drawn now, to say later what a decision changed. */
  snapshot(): EdgeCounts {
    return new Map((this.view?.edges ?? []).map((edge) => [edgeKey(edge), edge.claims]));
  }

  /** What changed since `before`, in words: "Turkey → Greece is new". */
  describeSince(before: EdgeCounts): string[] {
    if (!this.view) return [];
    const names = new Map(this.view.nodes.map((node) => [node.id, node.name]));
    const name = (id: string) => names.get(id) ?? id;
    const changes = differences(before, this.view);
    return this.view.edges.flatMap((edge) => {
      const change = changes.get(edgeKey(edge));
      if (!change) return [];
      const what = change === "new" ? "is new" : `has ${edge.claims} claims`;
      return [`${name(edge.source)} → ${name(edge.target)} ${what}`];
    });
  }

  draw(view: EdgesView): void {
    const names = new Map(view.nodes.map((node) => [node.id, node.name]));
    const name = (id: string) => names.get(id) ?? id;
    if (this.view) {
      const changes = differences(this.snapshot(), view);
      if (changes.size > 0) this.changed = changes;
    }
    this.view = view;
    const edges = [...view.edges].sort((a, b) => b.claims - a.claims || edgeKey(a).localeCompare(edgeKey(b)));
    this.list.replaceChildren(
      ...edges.map((edge) => {
        const item = document.createElement("li");
        item.dataset.edge = edgeKey(edge);
        const claims = `${edge.claims} claim${edge.claims === 1 ? "" : "s"}`;
        item.textContent = `${name(edge.source)} → ${name(edge.target)}: ${claims}${edge.mutual ? " (mutual)" : ""}`;
        const change = this.changed.get(edgeKey(edge));
        if (change) {
          item.className = change === "new" ? "new" : "changed";
          item.append(" ", Object.assign(document.createElement("small"), { textContent: change }));
        }
        return item;
      }),
    );
    if (edges.length === 0) this.list.innerHTML = "<li>No blame recorded yet.</li>";
  }
}
