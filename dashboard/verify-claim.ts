// "Verify" in the dashboard: proves in the browser that the event which made a claim is in the
// dossier's signed tree, with the same proof code the server and the verifier command run.
import { canonicalEventBytes, type LeafFields } from "../src/proof/canonical";
import { importPublicKey, verifyCheckpoint } from "../src/proof/checkpoint";
import { fromHex, leafHash, verifyInclusion } from "../src/proof/merkle";

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

export async function verifyClaimInclusion(dossierBase: string, seq: number): Promise<string> {
  const checkpoint = await getJson<{ size: number; rootHash: string; note: string; keyId: string }>(
    `${dossierBase}/checkpoint`,
  );
  let signature = "signature not checked: this browser lacks Ed25519";
  try {
    const { keys } = await getJson<{ keys: Array<{ name: string; publicKey: string }> }>(
      "/.well-known/claims-ledger-keys",
    );
    const verdict = await verifyCheckpoint(
      checkpoint.note,
      keys.map((key) => importPublicKey(key.name, key.publicKey)),
    );
    if (!verdict.ok) return `✗ the checkpoint does not verify: ${verdict.reason}`;
    signature = `signed by key ${checkpoint.keyId}`;
  } catch (error) {
    console.warn("checkpoint signature not checked", error);
  }
  const page = await getJson<{ events: LeafFields[] }>(`${dossierBase}/events?after=${seq - 1}&limit=1`);
  const event = page.events[0];
  if (!event || event.seq !== seq) return `✗ event ${seq} is missing`;
  const proof = await getJson<{ proof: string[] }>(`${dossierBase}/proof/inclusion?seq=${seq}&size=${checkpoint.size}`);
  const included = verifyInclusion(
    leafHash(canonicalEventBytes(event)),
    seq - 1,
    checkpoint.size,
    proof.proof.map(fromHex),
    fromHex(checkpoint.rootHash),
  );
  return included
    ? `✓ verified: event ${seq} is in the tree of ${checkpoint.size} events, ${signature}`
    : `✗ event ${seq} is not in the signed tree`;
}
