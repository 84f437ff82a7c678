// The blame graph in the formats graph tools read: a CSV edge list (RFC 4180), GraphML (Gephi,
// NetworkX, yEd) and DOT (Graphviz). Every value is quoted or escaped for its format.
import type { BlameGraph } from "./blame-graph";

export const GRAPH_FORMATS = ["json", "csv", "graphml", "dot"] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

export const graphContentType: Record<GraphFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  graphml: "application/graphml+xml; charset=utf-8",
  dot: "text/vnd.graphviz; charset=utf-8",
};

function csvField(value: string | number | boolean): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsvEdges(graph: BlameGraph): string {
  const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
  const header = [
    "source",
    "target",
    "source_name",
    "target_name",
    "claims",
    "open",
    "rebutted",
    "conceded",
    "retracted",
    "categories",
    "first_stated_at",
    "latest_stated_at",
    "mutual",
    "claim_ids",
  ];
  const rows = graph.edges.map((edge) =>
    [
      edge.source,
      edge.target,
      names.get(edge.source) ?? edge.source,
      names.get(edge.target) ?? edge.target,
      edge.claims,
      edge.open,
      edge.rebutted,
      edge.conceded,
      edge.retracted,
      edge.categories.map((c) => c.category).join(";"),
      edge.firstStatedAt,
      edge.latestStatedAt,
      edge.mutual,
      edge.claimIds.join(";"),
    ]
      .map(csvField)
      .join(","),
  );
  return `${[header.join(","), ...rows].join("\r\n")}\r\n`;
}

function xml(text: string | number | boolean): string {
  return String(text)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

const NODE_KEYS = [
  ["name", "string"],
  ["kind", "string"],
  ["parent", "string"],
  ["blames_made", "int"],
  ["blames_received", "int"],
] as const;
const EDGE_KEYS = [
  ["claims", "int"],
  ["open", "int"],
  ["rebutted", "int"],
  ["conceded", "int"],
  ["retracted", "int"],
  ["categories", "string"],
  ["first_stated_at", "string"],
  ["latest_stated_at", "string"],
  ["mutual", "boolean"],
  ["claim_ids", "string"],
] as const;

export function toGraphML(graph: BlameGraph): string {
  const keys = [
    ...NODE_KEYS.map(([name, type]) => `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`),
    ...EDGE_KEYS.map(([name, type]) => `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`),
  ];
  const data = (prefix: string, values: Record<string, string | number | boolean>) =>
    Object.entries(values)
      .map(([key, value]) => `      <data key="${prefix}_${key}">${xml(value)}</data>`)
      .join("\n");
  const nodes = graph.nodes.map(
    (node) =>
      `    <node id="${xml(node.id)}">\n${data("n", {
        name: node.name,
        kind: node.kind,
        parent: node.parentId ?? "",
        blames_made: node.blamesMade,
        blames_received: node.blamesReceived,
      })}\n    </node>`,
  );
  const edges = graph.edges.map(
    (edge, index) =>
      `    <edge id="e${index}" source="${xml(edge.source)}" target="${xml(edge.target)}">\n${data("e", {
        claims: edge.claims,
        open: edge.open,
        rebutted: edge.rebutted,
        conceded: edge.conceded,
        retracted: edge.retracted,
        categories: edge.categories.map((c) => c.category).join(";"),
        first_stated_at: edge.firstStatedAt,
        latest_stated_at: edge.latestStatedAt,
        mutual: edge.mutual,
        claim_ids: edge.claimIds.join(";"),
      })}\n    </edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="blame" edgedefault="directed">',
    ...nodes,
    ...edges,
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}

function dotId(text: string): string {
  return `"${text.replaceAll("\\", "\\\\").replaceAll('"', '\\"').replaceAll("\n", "\\n")}"`;
}

export function toDot(graph: BlameGraph): string {
  const lines = ["digraph blame {", "  rankdir=LR;", '  node [shape=box, style=rounded, fontname="Helvetica"];'];
  for (const node of graph.nodes) lines.push(`  ${dotId(node.id)} [label=${dotId(node.name)}];`);
  for (const edge of graph.edges) {
    const width = Math.min(1 + Math.log2(edge.claims), 6).toFixed(1);
    const style = edge.mutual ? ", dir=forward, color=firebrick" : "";
    lines.push(
      `  ${dotId(edge.source)} -> ${dotId(edge.target)} [label=${dotId(String(edge.claims))}, penwidth=${width}${style}];`,
    );
  }
  lines.push("}", "");
  return lines.join("\n");
}

export function renderGraph(graph: BlameGraph, format: Exclude<GraphFormat, "json">): string {
  if (format === "csv") return toCsvEdges(graph);
  if (format === "graphml") return toGraphML(graph);
  return toDot(graph);
}
