// Auditing an exported dossier: is its checkpoint signed by a trusted key, do its events hash to
// that checkpoint's root, and does every checkpoint saved earlier still describe a prefix of it?
// Pure: the verifier command (bin/verify.ts) does the reading and the printing.
import { canonicalEventBytes, type LeafFields } from "./canonical";
import { type PublicKey, verifyCheckpoint } from "./checkpoint";
import { leafHash, MemoryMerkleNodes, rootAt, toHex } from "./merkle";

export type AuditResult = { ok: true; findings: string[] } | { ok: false; discrepancy: string; findings: string[] };

export interface AuditInput {
  /** The signed note of the checkpoint the export was made at. */
  checkpointNote: string;
  events: Array<LeafFields & { dossierId?: string }>;
  trustedKeys: PublicKey[];
  /** Signed notes saved earlier by the reader, to check against this export. */
  savedNotes?: string[];
}

export async function auditExport(input: AuditInput): Promise<AuditResult> {
  const findings: string[] = [];
  const fail = (discrepancy: string): AuditResult => ({ ok: false, discrepancy, findings });

  const verdict = await verifyCheckpoint(input.checkpointNote, input.trustedKeys);
  if (!verdict.ok) return fail(`the export's checkpoint does not verify: ${verdict.reason}`);
  const head = verdict.checkpoint;
  findings.push(`checkpoint ${head.origin} size ${head.size} signed by key ${head.keyId} at ${head.timestamp}`);

  if (input.events.length !== head.size) {
    return fail(`the checkpoint covers ${head.size} events but the export holds ${input.events.length}`);
  }
  const tree = new MemoryMerkleNodes();
  for (const [index, event] of input.events.entries()) {
    if (event.seq !== index + 1) {
      return fail(
        `event ${index + 1} of the export carries seq ${event.seq}: an event was removed, added or reordered`,
      );
    }
    tree.append([leafHash(canonicalEventBytes(event))]);
  }
  const root = toHex(rootAt(tree, head.size));
  if (root !== head.rootHash) {
    return fail(
      `the events hash to root ${root}, not to the signed ${head.rootHash}: an event was changed, or two were swapped`,
    );
  }
  findings.push(`all ${head.size} events hash to the signed root ${head.rootHash}`);

  for (const note of input.savedNotes ?? []) {
    const saved = await verifyCheckpoint(note, input.trustedKeys);
    if (!saved.ok) return fail(`a saved checkpoint does not verify: ${saved.reason}`);
    const { size, rootHash, origin } = saved.checkpoint;
    if (origin !== head.origin) return fail(`a saved checkpoint is of ${origin}, not of ${head.origin}`);
    if (size > head.size) return fail(`a saved checkpoint of size ${size} is ahead of this export (${head.size})`);
    const prefixRoot = size === 0 ? null : toHex(rootAt(tree, size));
    if (size > 0 && prefixRoot !== rootHash) {
      return fail(`the first ${size} events no longer hash to the root saved at size ${size}: the record was edited`);
    }
    findings.push(`the checkpoint saved at size ${size} (key ${saved.checkpoint.keyId}) is a prefix of this export`);
  }
  return { ok: true, findings };
}
