// The bytes of a stored event that become its Merkle leaf: the UTF-8 of the RFC 8785 (JCS) canonical
// JSON of exactly { id, type, schemaVersion, seq, recordedAt, data, metadata }.
//
// Why these fields: they are the event as every reader and subscriber sees it. `dossierId` is left
// out because the checkpoint origin already names the dossier, so an exported stream re-hashes the
// same wherever it is filed; other envelope fields the store may add stay out of the commitment.
// Why JCS: it fixes key order, number form and string escaping, so anyone can recompute a leaf from
// an exported event in any language. As in JSON, members whose value is `undefined` are omitted;
// NaN, Infinity and lone surrogates are refused (the `canonicalize` package throws).
import { canonicalJson } from "./jcs";

/** The committed fields of a stored event; extra fields (dossierId…) are accepted and ignored. */
export interface LeafFields {
  id: string;
  type: string;
  schemaVersion: number;
  seq: number;
  recordedAt: string;
  data: unknown;
  metadata: unknown;
}

export function canonicalEventJson(event: LeafFields): string {
  const { id, type, schemaVersion, seq, recordedAt, data, metadata } = event;
  const text = canonicalJson({ data, id, metadata, recordedAt, schemaVersion, seq, type });
  if (text === undefined) throw new TypeError("the event has no JSON form");
  return text;
}

export function canonicalEventBytes(event: LeafFields): Uint8Array {
  return new TextEncoder().encode(canonicalEventJson(event));
}
