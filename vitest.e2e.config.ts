// End-to-end tests in Node against the real `wrangler dev`, a real receiver and a real browser.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    environment: "node",
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A page updates after a round trip to wrangler dev: on a loaded 2-core machine that can take
    // more than expect.poll's default second.
    expect: { poll: { timeout: 5_000 } },
  },
});
