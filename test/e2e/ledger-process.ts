// Runs the real tracker under `wrangler dev` for end-to-end tests: free loopback ports, state in a
// folder the test chooses (so a restart finds it), settings through an env file, and a process
// group of its own so a test can stop it, or kill it outright, by its own pid.
import { type ChildProcess, spawn } from "node:child_process";
import { createHash, generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const E2E_ADMIN_TOKEN = "e2e-admin-token-0001";

/** How many events the article's seed stream holds: the version `aleppo-2016` has once loaded. */
export const SEED_SIZE = readFileSync(new URL("../../events/seed/aleppo-2016.ndjson", import.meta.url), "utf8")
  .trim()
  .split("\n").length;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export interface LedgerProcess {
  url: string;
  stateDir: string;
  child: ChildProcess;
  /** Stop gracefully (SIGTERM to the group) and wait for the exit. */
  stop(): Promise<void>;
  /** Kill the whole process group at once, as a crash would. */
  kill(): Promise<void>;
}

const signingKey = generateKeyPairSync("ed25519")
  .privateKey.export({ format: "der", type: "pkcs8" })
  .toString("base64");

export async function startLedger(
  options: { stateDir?: string; vars?: Record<string, string> } = {},
): Promise<LedgerProcess> {
  const stateDir = options.stateDir ?? mkdtempSync(join(tmpdir(), "ledger-state-"));
  const envFile = join(mkdtempSync(join(tmpdir(), "ledger-env-")), ".env");
  const vars: Record<string, string> = {
    CHECKPOINT_SIGNING_KEY: signingKey,
    CHECKPOINT_KEY_NAME: "claims-ledger.e2e",
    API_TOKENS: JSON.stringify([
      {
        name: "e2e-admin",
        scopes: ["read", "write", "admin"],
        sha256: createHash("sha256").update(E2E_ADMIN_TOKEN).digest("hex"),
      },
    ]),
    WEBHOOKS_ALLOW_PRIVATE: "true",
    ...options.vars,
  };
  writeFileSync(
    envFile,
    Object.entries(vars)
      .map(([key, value]) => `${key}=${value}`)
      .join("\n"),
  );
  const port = await freePort();
  const inspectorPort = await freePort();
  const child = spawn(
    "node_modules/.bin/wrangler",
    [
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--inspector-port",
      String(inspectorPort),
      "--persist-to",
      stateDir,
      "--env-file",
      envFile,
      "--log-level",
      "warn",
    ],
    {
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true" },
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/v1`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      signalGroup("SIGKILL");
      throw new Error(`wrangler dev did not start:\n${output.slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    stateDir,
    child,
    stop: async () => {
      signalGroup("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      signalGroup("SIGKILL");
    },
    kill: async () => {
      signalGroup("SIGKILL");
      await exited;
    },
  };
}

export async function api(base: string, path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: {
      authorization: `Bearer ${E2E_ADMIN_TOKEN}`,
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  const isJson = /^application\/json\b/.test(response.headers.get("content-type") ?? "");
  return { status: response.status, body: isJson && text ? JSON.parse(text) : null, text };
}
