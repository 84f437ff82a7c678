// The bytes of an event that become its Merkle leaf: RFC 8785 (JCS) canonical JSON of exactly
// { id, type, schemaVersion, seq, recordedAt, data, metadata }, UTF-8 encoded. JCS fixes key order,
// number form and string escaping, so anyone can recompute the leaf from an exported event.
import canonicalize from "canonicalize";

export interface LeafFields {
  id: string;
  type: string;
  schemaVersion: number;
  seq: number;
  recordedAt: string;
  data: unknown;
  metadata: unknown;
}

export function canonicalEventBytes(event: LeafFields): Uint8Array {
  const { id, type, schemaVersion, seq, recordedAt, data, metadata } = event;
  const text = canonicalize({ id, type, schemaVersion, seq, recordedAt, data, metadata });
  if (text === undefined) throw new Error("event cannot be canonicalized");
  return new TextEncoder().encode(text);
}
