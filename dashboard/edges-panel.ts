// The review screen's view of the blame graph: its edges rolled up to states, as a list that marks
// what changed since it was last drawn, so an editor sees an accepted claim arrive.
import type { GraphEdge } from "../src/domain/graph/blame-graph";

export interface EdgesView {
  edges: GraphEdge[];
  nodes: Array<{ id: string; name: string }>;
}

const edgeKey = (edge: GraphEdge) => `${edge.source}>${edge.target}`;

export class EdgesPanel {
  /** Claims per edge as last drawn; null before the first drawing (nothing is "new" then). */
  private drawn: Map<string, number> | null = null;
  /** The edges the latest change touched, and how: kept until something else changes. */
  private changed = new Map<string, string>();

  constructor(private readonly list: HTMLElement) {}

  reset(): void {
    this.drawn = null;
    this.changed.clear();
  }

  draw(view: EdgesView): void {
    const names = new Map(view.nodes.map((node) => [node.id, node.name]));
    const name = (id: string) => names.get(id) ?? id;
    const edges = [...view.edges].sort((a, b) => b.claims - a.claims || edgeKey(a).localeCompare(edgeKey(b)));
    if (this.drawn) {
      const changes = new Map<string, string>();
      for (const edge of edges) {
        const before = this.drawn.get(edgeKey(edge));
        if (before === undefined) changes.set(edgeKey(edge), "new");
        else if (before !== edge.claims) changes.set(edgeKey(edge), `was ${before}`);
      }
      if (changes.size > 0) this.changed = changes;
    }
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
    this.drawn = new Map(edges.map((edge) => [edgeKey(edge), edge.claims]));
  }
}
