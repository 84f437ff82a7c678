// The verifier anyone can run (dist/verify.mjs, built from bin/verify.ts) against exports of a real
// ledger: the honest record verifies; each kind of tampering is caught and named; a checkpoint
// saved before a key rotation still verifies after it.
import { spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeeds } from "../../scripts/seed.mjs";
import { api, E2E_ADMIN_TOKEN, type LedgerProcess, startLedger } from "./ledger-process";

const work = mkdtempSync(join(tmpdir(), "verifier-"));
const file = (name: string, text: string) => {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
};
const newKey = () =>
  generateKeyPairSync("ed25519").privateKey.export({ format: "der", type: "pkcs8" }).toString("base64");

function verify(...args: string[]) {
  const run = spawnSync("node", ["dist/verify.mjs", ...args], { encoding: "utf8" });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

let ledger: LedgerProcess;
let exportText: string;
let keysPath: string;
let savedNotePath: string;
/** The dossier's size once loaded: the seed's events and the proposals made from its article. */
let size: number;
const firstKey = newKey();

beforeAll(async () => {
  ledger = await startLedger({ vars: { CHECKPOINT_SIGNING_KEY: firstKey } });
  await loadSeeds(ledger.url, { token: E2E_ADMIN_TOKEN });
  exportText = (await api(ledger.url, "/v1/dossiers/aleppo-2016/export")).text;
  keysPath = file("keys.json", (await api(ledger.url, "/.well-known/claims-ledger-keys")).text);
  const checkpoint = (await api(ledger.url, "/v1/dossiers/aleppo-2016/checkpoint")).body;
  savedNotePath = file("saved.note", checkpoint.note);
  size = checkpoint.size;
});

afterAll(async () => {
  await ledger?.stop();
});

const lines = () => exportText.trim().split("\n");
const withLines = (name: string, edit: (lines: string[]) => string[]) => file(name, `${edit(lines()).join("\n")}\n`);

describe("the verifier", () => {
  it("verifies an honest export and a checkpoint saved earlier", () => {
    const result = verify(file("honest.ndjson", exportText), "--keys", keysPath, "--saved", savedNotePath);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toContain(`all ${size} events hash to the signed root`);
    expect(result.out).toContain("is a prefix of this export");
  });

  it("names a tampered event", () => {
    const tampered = withLines("tampered.ndjson", (all) =>
      all.map((line, i) => {
        if (i !== 30) return line;
        const event = JSON.parse(line);
        expect(event.type).toBe("claim.made");
        return JSON.stringify({ ...event, data: { ...event.data, accusedIds: ["iran"] } });
      }),
    );
    const result = verify(tampered, "--keys", keysPath);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/FAILED: the events hash to root [0-9a-f]{64}, not to the signed/);
  });

  it("names a reordered pair, with or without their seqs swapped", () => {
    const swap = (all: string[]) => {
      const copy = [...all];
      [copy[10], copy[11]] = [copy[11] as string, copy[10] as string];
      return copy;
    };
    expect(verify(withLines("reordered.ndjson", swap), "--keys", keysPath).err).toContain("carries seq 11");
    const swappedSeqs = withLines("reordered-seqs.ndjson", (all) =>
      swap(all).map((line, i) => (i === 10 || i === 11 ? JSON.stringify({ ...JSON.parse(line), seq: i }) : line)),
    );
    const result = verify(swappedSeqs, "--keys", keysPath);
    expect(result.code).toBe(1);
    expect(result.err).toContain("an event was changed, or two were swapped");
  });

  it("names a dropped event", () => {
    const dropped = withLines("dropped.ndjson", (all) => all.filter((_, i) => i !== 20));
    const result = verify(dropped, "--keys", keysPath);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`the checkpoint covers ${size} events but the export holds ${size - 1}`);
  });

  it("refuses a forged signature", () => {
    const forged = withLines("forged.ndjson", (all) => {
      const header = JSON.parse(all[0] as string);
      const note = header.checkpoint.note as string;
      const at = note.lastIndexOf(" ") + 10;
      header.checkpoint.note = `${note.slice(0, at)}${note[at] === "A" ? "B" : "A"}${note.slice(at + 1)}`;
      return [JSON.stringify(header), ...all.slice(1)];
    });
    const result = verify(forged, "--keys", keysPath);
    expect(result.code).toBe(1);
    expect(result.err).toContain("checkpoint does not verify");
  });

  it("still verifies a checkpoint saved before a key rotation", async () => {
    const { keys } = JSON.parse((await api(ledger.url, "/.well-known/claims-ledger-keys")).text);
    const oldPublic = keys[0].publicKey as string;
    await ledger.stop();
    // The same state, a new signing key, and the old public key kept in the published list.
    ledger = await startLedger({
      stateDir: ledger.stateDir,
      vars: { CHECKPOINT_SIGNING_KEY: newKey(), CHECKPOINT_PREVIOUS_PUBLIC_KEYS: `claims-ledger.e2e:${oldPublic}` },
    });
    const published = JSON.parse((await api(ledger.url, "/.well-known/claims-ledger-keys")).text).keys;
    expect(published.map((key: { current: boolean }) => key.current)).toEqual([true, false]);
    const appended = await api(ledger.url, "/v1/dossiers/aleppo-2016/events", {
      body: {
        events: [
          {
            id: "after-rotation",
            type: "actor.identified",
            data: { actorId: "turkey", name: "Turkey", kind: "state" },
          },
        ],
      },
    });
    expect(appended.status).toBe(201);
    expect(appended.body.checkpoint.keyId).not.toBe(published[1].keyId);
    const result = verify(`${ledger.url}/v1/dossiers/aleppo-2016`, "--saved", savedNotePath);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain(`the checkpoint saved at size ${size}`);
    expect(result.out).toContain(`the ledger proves size ${size} is a prefix of size ${size + 1}`);
  });
});
