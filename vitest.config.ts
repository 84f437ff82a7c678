import { createHash, generateKeyPairSync } from "node:crypto";
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { TEST_TOKENS } from "./test/tokens.ts";

// Tests sign checkpoints with a key made for this run, never with a committed one.
const { privateKey } = generateKeyPairSync("ed25519");
const testSigningKey = privateKey.export({ format: "der", type: "pkcs8" }).toString("base64");
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const apiTokens = JSON.stringify([
  { name: "test-reader", scopes: ["read"], sha256: sha256(TEST_TOKENS.reader) },
  { name: "test-writer", scopes: ["read", "write"], sha256: sha256(TEST_TOKENS.writer) },
  { name: "test-admin", scopes: ["read", "write", "admin"], sha256: sha256(TEST_TOKENS.admin) },
  { name: "test-strict", scopes: ["read", "write"], sha256: sha256(TEST_TOKENS.strict), tier: "strict" },
]);

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: {
          CHECKPOINT_SIGNING_KEY: testSigningKey,
          CHECKPOINT_KEY_NAME: "claims-ledger.test",
          API_TOKENS: apiTokens,
          WEBHOOKS_ALLOW_PRIVATE: "true",
          // The retry schedule (5 s ... 10 h) scaled down so a whole schedule runs in about a second.
          WEBHOOK_RETRY_SCALE: "0.00002",
          CORS_WRITE_ORIGINS: "https://newsroom.example",
        },
      },
    }),
  ],
  test: { include: ["test/**/*.test.ts"], globalSetup: ["test/support/global-setup.ts"] },
});
