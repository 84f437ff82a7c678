// Loads the seed dossiers (events/seed/*.ndjson) into a running tracker through its public API.
// Idempotent: events already stored are skipped by id, so a restart neither duplicates nor loses.
import { readdirSync, readFileSync } from "node:fs";

const seedFolder = new URL("../events/seed/", import.meta.url);

async function storedIds(baseUrl, dossierId, headers) {
  const ids = new Set();
  let after = 0;
  for (;;) {
    const response = await fetch(`${baseUrl}/v1/dossiers/${dossierId}/events?after=${after}&limit=1000`, { headers });
    if (response.status === 404) return ids;
    if (!response.ok) throw new Error(`reading ${dossierId}: ${response.status} ${await response.text()}`);
    const page = await response.json();
    for (const event of page.events) ids.add(event.id);
    if (page.next === null) return ids;
    after = page.next;
  }
}

export async function loadSeeds(baseUrl, { token } = {}) {
  const headers = token ? { authorization: `Bearer ${token}` } : {};
  const results = [];
  for (const file of readdirSync(seedFolder)
    .filter((name) => name.endsWith(".ndjson"))
    .sort()) {
    const dossierId = file.replace(/\.ndjson$/, "");
    const events = readFileSync(new URL(file, seedFolder), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line));
    const stored = await storedIds(baseUrl, dossierId, headers);
    const missing = events.filter((event) => !stored.has(event.id));
    if (missing.length > 0) {
      const response = await fetch(`${baseUrl}/v1/dossiers/${dossierId}/events`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ expectedVersion: stored.size === 0 ? "no_stream" : stored.size, events: missing }),
      });
      if (!response.ok) throw new Error(`seeding ${dossierId}: ${response.status} ${await response.text()}`);
    }
    results.push({ dossierId, events: events.length, appended: missing.length });
  }
  return results;
}

// `npm run seed`: load the seeds into a tracker that is already running (LEDGER_URL, default local).
if (import.meta.url === `file://${process.argv[1]}`) {
  const baseUrl = process.env.LEDGER_URL ?? "http://127.0.0.1:8787";
  for (const result of await loadSeeds(baseUrl, { token: process.env.LEDGER_TOKEN })) console.log(result);
}
