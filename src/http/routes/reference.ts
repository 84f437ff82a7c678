// The contract as JSON at /openapi.json, and a readable reference page at /docs rendered from it.
import { Hono } from "hono";
import type { Env } from "../../env";
import { openApiDocument, operations } from "../openapi";

const escape = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

function referencePage(): string {
  const document = openApiDocument();
  const sections = operations.map((operation) => {
    const spec = (
      document.paths[operation.path] as Record<
        string,
        { parameters: Array<Record<string, unknown>>; requestBody?: unknown }
      >
    )[operation.method];
    const params = spec?.parameters ?? [];
    const rows = params
      .map(
        (p) =>
          `<tr><td><code>${escape(String(p.name))}</code></td><td>${escape(String(p.in))}</td><td>${escape(String(p.description ?? ""))}</td></tr>`,
      )
      .join("");
    const body = spec?.requestBody
      ? `<details><summary>Request body schema</summary><pre>${escape(JSON.stringify((spec.requestBody as { content: Record<string, { schema: unknown }> }).content["application/json"]?.schema, null, 2))}</pre></details>`
      : "";
    return `<section id="${escape(operation.method + operation.path)}"><h3><span class="m ${operation.method}">${operation.method.toUpperCase()}</span> <code>${escape(operation.path)}</code></h3>
<p>${escape(operation.summary)} · scope: <b>${operation.scope}</b> · success: ${operation.ok[0]} ${escape(operation.ok[1])}</p>
${rows ? `<table><tr><th>parameter</th><th>in</th><th>meaning</th></tr>${rows}</table>` : ""}${body}</section>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Claims ledger API</title><link rel="icon" href="data:,"><style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;color:#1c2833}
section{border-top:1px solid #d5d8dc;padding:.5rem 0}h3{font-size:1rem;margin:.3rem 0}
.m{display:inline-block;min-width:4rem;font-size:.8rem;padding:.1rem .3rem;border-radius:3px;color:white;background:#2e86c1}
.m.post{background:#1e8449}.m.patch{background:#d68910}.m.delete{background:#c0392b}
table{border-collapse:collapse;font-size:.85rem}td,th{border:1px solid #d5d8dc;padding:.2rem .4rem;text-align:left}
pre{font-size:.75rem;max-height:24rem;overflow:auto;background:#f4f6f6;padding:.5rem}</style></head>
<body><h1>Claims ledger API</h1><p>${escape(document.info.description)} The machine-readable contract is at
<a href="/openapi.json">/openapi.json</a> (OpenAPI ${document.openapi}). Errors always have the shape
<code>{"error":{"code","message","details"?}}</code>.</p>${sections.join("\n")}</body></html>`;
}

export const referenceRoutes = new Hono<{ Bindings: Env }>()
  .get("/openapi.json", (c) => c.json(openApiDocument(new URL(c.req.url).origin)))
  .get("/docs", (c) => c.html(referencePage()));
