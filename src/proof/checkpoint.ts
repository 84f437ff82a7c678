// Signed tree heads: a C2SP tlog-checkpoint (https://c2sp.org/tlog-checkpoint) inside a signed note,
// as transparency-dev and Sigstore logs publish them. A dossier's checkpoint reads:
//
//   claims-ledger.local/aleppo-2016          origin: <deployment origin>/<dossier id>
//   42                                       tree size, decimal
//   3q2+7w...=                               root hash, base64
//   timestamp 2026-11-25T04:21:55.123Z       extension line (ours): when the head was signed, RFC 3339
//                                            blank line: the signed text ends above it
//   — claims-ledger <base64(key hash ‖ signature)>
//
// The signature covers every line above the blank one, the timestamp included. tlog-checkpoint allows
// extension lines after the root hash; verifiers that do not know ours carry it along unread.
import { fromBase64, fromHex, toBase64, toHex } from "./encoding";
import { keyId, NOTE_NAME, openNote, type PublicKey, type SigningKey, signNote } from "./signed-note";

export {
  generateSigningKey,
  importPublicKey,
  importSigningKey,
  keyHash,
  keyId,
  type PublicKey,
  type SigningKey,
} from "./signed-note";

const TIMESTAMP_PREFIX = "timestamp ";
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const TREE_SIZE = /^(0|[1-9]\d*)$/;

export interface TreeHead {
  origin: string;
  size: number;
  /** Hex SHA-256 root hash. */
  rootHash: string;
  /** RFC 3339 time the head was signed. */
  timestamp: string;
}

export interface SignedCheckpoint extends TreeHead {
  keyName: string;
  /** Hex of the 4-byte signed-note key hash. */
  keyId: string;
  /** Base64 of the bare 64-byte Ed25519 signature over the body (the note's line prefixes the key hash). */
  signature: string;
  /** The whole signed note: the form to save and later verify. */
  note: string;
}

/** What the API returns for a dossier's checkpoint. */
export interface CheckpointView extends SignedCheckpoint {
  dossierId: string;
}

export interface VerifiedCheckpoint extends TreeHead {
  keyName: string;
  keyId: string;
}

export type CheckpointVerdict = { ok: true; checkpoint: VerifiedCheckpoint } | { ok: false; reason: string };

/** The checkpoint origin of one dossier, e.g. "claims-ledger.local/aleppo-2016". */
export function dossierOrigin(deploymentOrigin: string, dossierId: string): string {
  return `${deploymentOrigin}/${dossierId}`;
}

const isRfc3339 = (text: string) => RFC3339.test(text) && !Number.isNaN(Date.parse(text));

/** The signed text of a checkpoint: origin, size, base64 root, then the timestamp extension line. */
export function checkpointBody(head: TreeHead): string {
  if (!NOTE_NAME.test(head.origin))
    throw new RangeError(`origin "${head.origin}" must be non-empty, without spaces or "+"`);
  if (!Number.isSafeInteger(head.size) || head.size < 0) throw new RangeError(`tree size ${head.size} is not a count`);
  const root = fromHex(head.rootHash);
  if (root.length !== 32) throw new RangeError("the root hash must be 32 bytes of hex");
  if (!isRfc3339(head.timestamp)) throw new RangeError(`timestamp "${head.timestamp}" is not RFC 3339`);
  return `${head.origin}\n${head.size}\n${toBase64(root)}\n${TIMESTAMP_PREFIX}${head.timestamp}\n`;
}

/** Sign a tree head. With a dossier id first, the answer is the API's view of the checkpoint. */
export function signCheckpoint(head: TreeHead, key: SigningKey): Promise<SignedCheckpoint>;
export function signCheckpoint(dossierId: string, head: TreeHead, key: SigningKey): Promise<CheckpointView>;
export async function signCheckpoint(
  ...args: [TreeHead, SigningKey] | [string, TreeHead, SigningKey]
): Promise<SignedCheckpoint | CheckpointView> {
  if (args.length === 3) return { dossierId: args[0], ...(await signTreeHead(args[1], args[2])) };
  return signTreeHead(args[0], args[1]);
}

async function signTreeHead(head: TreeHead, key: SigningKey): Promise<SignedCheckpoint> {
  const { note, signature } = await signNote(checkpointBody(head), key);
  return {
    origin: head.origin,
    size: head.size,
    rootHash: toHex(fromHex(head.rootHash)),
    timestamp: head.timestamp,
    keyName: key.name,
    keyId: key.keyId,
    signature: toBase64(signature),
    note,
  };
}

function decodeRoot(text: string): Uint8Array | undefined {
  try {
    const root = fromBase64(text);
    return root.length === 32 ? root : undefined;
  } catch {
    return undefined;
  }
}

/** Parse a checkpoint body; a string answer is the reason it is not a checkpoint of ours. */
function parseCheckpointBody(body: string): TreeHead | string {
  const [origin = "", sizeText = "", rootBase64 = "", ...extensions] = body.slice(0, -1).split("\n");
  if (!NOTE_NAME.test(origin)) return "the origin line is malformed";
  if (!TREE_SIZE.test(sizeText) || !Number.isSafeInteger(Number(sizeText))) return "the tree size line is malformed";
  const root = decodeRoot(rootBase64);
  if (root === undefined) return "the root hash line is not 32 bytes of base64";
  const timestamps = extensions.filter((line) => line.startsWith(TIMESTAMP_PREFIX));
  const timestamp = timestamps[0]?.slice(TIMESTAMP_PREFIX.length);
  if (timestamps.length !== 1 || timestamp === undefined || !isRfc3339(timestamp)) {
    return "the checkpoint needs exactly one RFC 3339 timestamp line";
  }
  return { origin, size: Number(sizeText), rootHash: toHex(root), timestamp };
}

/**
 * Verify a checkpoint note against the trusted keys (current and earlier ones) and return the
 * tree head it commits to, with the key that signed it, or the reason it cannot be trusted.
 */
export async function verifyCheckpoint(note: string, trusted: readonly PublicKey[]): Promise<CheckpointVerdict> {
  const opened = await openNote(note, trusted);
  if (!opened.ok) return opened;
  const head = parseCheckpointBody(opened.text);
  if (typeof head === "string") return { ok: false, reason: head };
  const { name, publicKey } = opened.signedBy;
  return { ok: true, checkpoint: { ...head, keyName: name, keyId: keyId(name, publicKey) } };
}
