// `npm start`: runs the tracker locally with `wrangler dev` (state persisted under .wrangler/state,
// no Cloudflare account), then loads the seed dossiers through the API. Ctrl-C stops both.
import { spawn } from "node:child_process";
import { ensureDevVars } from "./dev-vars.mjs";
import { loadSeeds } from "./seed.mjs";

const root = new URL("../", import.meta.url);
const port = Number(process.env.PORT ?? 8787);
const baseUrl = `http://127.0.0.1:${port}`;
const devVars = ensureDevVars(root);

const wrangler = spawn(
  "npx",
  ["wrangler", "dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", ".wrangler/state"],
  { cwd: root, stdio: "inherit", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => wrangler.kill(signal));
wrangler.on("exit", (code) => process.exit(code ?? 0));

async function waitForServer() {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(`${baseUrl}/v1`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the tracker did not answer on ${baseUrl} within two minutes`);
}

try {
  await waitForServer();
  for (const { dossierId, events, appended } of await loadSeeds(baseUrl, { token: devVars.DEV_API_TOKEN })) {
    console.log(`seed: ${dossierId}: ${events} events, ${appended} appended now, ${events - appended} already stored`);
  }
  console.log(`claims ledger ready on ${baseUrl}  (try ${baseUrl}/v1/dossiers/aleppo-2016)`);
} catch (error) {
  console.error(`seed failed: ${error.message}`);
  wrangler.kill("SIGTERM");
  process.exitCode = 1;
}
