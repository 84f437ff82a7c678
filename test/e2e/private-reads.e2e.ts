// A deployment may make reads token-only: then every read without a valid read token is a 401.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, E2E_ADMIN_TOKEN, type LedgerProcess, startLedger } from "./ledger-process";

let ledger: LedgerProcess;
beforeAll(async () => {
  ledger = await startLedger({ vars: { READS_REQUIRE_TOKEN: "true" } });
  const opened = { id: "open", type: "dossier.opened", data: { title: "Private" } };
  expect((await api(ledger.url, "/v1/dossiers/private/events", { body: { events: [opened] } })).status).toBe(201);
});
afterAll(async () => {
  await ledger?.stop();
});

describe("token-only reads", () => {
  it("refuses anonymous reads and serves a token holder", async () => {
    for (const path of [
      "/v1/dossiers",
      "/v1/dossiers/private",
      "/v1/dossiers/private/blame-graph",
      "/v1/blame-graph",
    ]) {
      const anonymous = await fetch(`${ledger.url}${path}`);
      expect(anonymous.status, path).toBe(401);
      expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
      const withToken = await fetch(`${ledger.url}${path}`, {
        headers: { authorization: `Bearer ${E2E_ADMIN_TOKEN}` },
      });
      expect(withToken.status, path).toBe(200);
    }
  });
});
