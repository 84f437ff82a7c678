// The deployment's checkpoint signing key, loaded once per object from the CHECKPOINT_SIGNING_KEY
// secret, and the public keys it publishes (the current one and any earlier ones still trusted).
import type { Env } from "../env";
import { type CheckpointView, importSigningKey, keyId, type SigningKey, signCheckpoint } from "../proof/checkpoint";
import { fromBase64, type Hash, toBase64, toHex } from "../proof/merkle";

export type { CheckpointView };

export const DEFAULT_KEY_NAME = "claims-ledger";

export function checkpointOrigin(env: Env, dossierId: string): string {
  return `${env.CHECKPOINT_KEY_NAME ?? DEFAULT_KEY_NAME}/${dossierId}`;
}

export class CheckpointSigner {
  private key: Promise<SigningKey> | undefined;

  constructor(private readonly env: Env) {}

  private signingKey(): Promise<SigningKey> {
    if (!this.key) {
      const secret = this.env.CHECKPOINT_SIGNING_KEY;
      if (!secret) throw new Error("CHECKPOINT_SIGNING_KEY is not set: checkpoints cannot be signed");
      this.key = importSigningKey(this.env.CHECKPOINT_KEY_NAME ?? DEFAULT_KEY_NAME, secret);
    }
    return this.key;
  }

  async sign(dossierId: string, size: number, root: Hash): Promise<CheckpointView> {
    const head = {
      origin: checkpointOrigin(this.env, dossierId),
      size,
      rootHash: toHex(root),
      timestamp: new Date().toISOString(),
    };
    return signCheckpoint(dossierId, head, await this.signingKey());
  }

  /** The keys a verifier should trust: the current one first, then earlier ones. */
  async publicKeys(): Promise<
    Array<{ name: string; keyId: string; algorithm: "Ed25519"; publicKey: string; current: boolean }>
  > {
    const current = await this.signingKey();
    const previous = (this.env.CHECKPOINT_PREVIOUS_PUBLIC_KEYS ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => {
        // "name:base64" or just "base64" (then the current name).
        const [name, key] = entry.includes(":") ? (entry.split(":", 2) as [string, string]) : [current.name, entry];
        const publicKey = fromBase64(key);
        return { name, keyId: keyId(name, publicKey), algorithm: "Ed25519" as const, publicKey: key, current: false };
      });
    return [
      {
        name: current.name,
        keyId: current.keyId,
        algorithm: "Ed25519",
        publicKey: toBase64(current.publicKey),
        current: true,
      },
      ...previous,
    ];
  }
}
