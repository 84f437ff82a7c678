// The one piece of node:crypto the proof code uses, createHash("sha256"), for the browser bundle:
// the dashboard verifies inclusion with the very functions the server and the verifier use.
import { sha256 } from "@noble/hashes/sha2.js";

export function createHash(algorithm: string) {
  if (algorithm !== "sha256") throw new Error(`only sha256 is available in the browser, not ${algorithm}`);
  const hash = sha256.create();
  const api = {
    update(data: Uint8Array | string) {
      hash.update(typeof data === "string" ? new TextEncoder().encode(data) : data);
      return api;
    },
    digest: () => hash.digest(),
  };
  return api;
}
