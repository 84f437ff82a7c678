// claims-ledger-verify: checks a dossier's record, offline or against a running ledger.
//   claims-ledger-verify <dossier URL | export.ndjson> [--keys keys.json] [--saved checkpoint.note ...]
// With a URL it fetches the export (and, without --keys, the published keys); with saved
// checkpoints it also asks the ledger for consistency proofs. Exit 0 when all holds; 1 with the
// first discrepancy in words; 2 for a usage or reading error.
import { readFileSync } from "node:fs";
import { auditExport } from "../src/proof/audit";
import { importPublicKey, type PublicKey, verifyCheckpoint } from "../src/proof/checkpoint";
import { fromHex, verifyConsistency } from "../src/proof/merkle";

interface Options {
  target: string;
  keysFile?: string;
  saved: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { target: "", saved: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--keys") options.keysFile = argv[++i];
    else if (arg === "--saved") options.saved.push(argv[++i] as string);
    else if (arg === "--help" || arg === "-h") throw new Error("help");
    else options.target = arg;
  }
  if (!options.target) throw new Error("help");
  return options;
}

function keysFrom(json: KeyList): PublicKey[] {
  return json.keys.map((key) => importPublicKey(key.name, key.publicKey));
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

type KeyList = { keys: Array<{ name: string; publicKey: string }> };

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch {
    console.error(
      "usage: claims-ledger-verify <dossier URL | export.ndjson> [--keys keys.json] [--saved checkpoint.note ...]",
    );
    return 2;
  }
  const online = /^https?:\/\//.test(options.target);
  const dossierUrl = options.target.replace(/\/+$/, "");
  const text = online ? await (await fetch(`${dossierUrl}/export`)).text() : readFileSync(options.target, "utf8");
  const [header, ...lines] = text
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  if (!header?.checkpoint?.note) throw new Error("the export does not start with its checkpoint");
  const keys = options.keysFile
    ? keysFrom(JSON.parse(readFileSync(options.keysFile, "utf8")))
    : online
      ? keysFrom(await fetchJson<KeyList>(`${new URL(dossierUrl).origin}/.well-known/claims-ledger-keys`))
      : [];
  if (keys.length === 0) {
    console.error("no trusted keys: give --keys keys.json (saved from /.well-known/claims-ledger-keys)");
    return 2;
  }
  if (!options.keysFile) console.warn("note: trusting the keys the ledger publishes now; pin them with --keys");
  const savedNotes = options.saved.map((file) => readFileSync(file, "utf8"));
  const result = await auditExport({
    checkpointNote: header.checkpoint.note,
    events: lines,
    trustedKeys: keys,
    savedNotes,
  });
  for (const finding of result.findings) console.log(`ok: ${finding}`);
  if (!result.ok) {
    console.error(`FAILED: ${result.discrepancy}`);
    return 1;
  }
  if (online) {
    // The live log must extend every saved checkpoint, not only the export we were served.
    for (const note of savedNotes) {
      const saved = await verifyCheckpoint(note, keys);
      if (!saved.ok || saved.checkpoint.size === 0) continue;
      const { size, rootHash } = saved.checkpoint;
      const proof = await fetchJson<{ proof: string[] }>(
        `${dossierUrl}/proof/consistency?from=${size}&to=${header.checkpoint.size}`,
      );
      const consistent = verifyConsistency(
        size,
        header.checkpoint.size,
        fromHex(rootHash),
        fromHex(header.checkpoint.rootHash),
        proof.proof.map(fromHex),
      );
      if (!consistent) {
        console.error(`FAILED: the ledger's consistency proof from size ${size} does not verify`);
        return 1;
      }
      console.log(`ok: the ledger proves size ${size} is a prefix of size ${header.checkpoint.size}`);
    }
  }
  console.log(`verified: ${lines.length} events of ${header.checkpoint.dossierId}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
