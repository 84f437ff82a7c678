// The bindings and settings a deployment gives the Worker and its Durable Objects.
import type { ModelRunner } from "./extract/model";
import type { DossierObject } from "./store/dossier-object";
import type { HubObject } from "./store/hub-object";
import type { WebhookObject } from "./store/webhook-object";

export interface Env {
  DOSSIER: DurableObjectNamespace<DossierObject>;
  HUB: DurableObjectNamespace<HubObject>;
  WEBHOOK: DurableObjectNamespace<WebhookObject>;
  /** Ed25519 private key (base64 PKCS#8) that signs checkpoints. A secret; generated into .dev.vars locally. */
  CHECKPOINT_SIGNING_KEY?: string;
  /** Name of the signing key in signed notes and the key list, e.g. "claims-ledger.example". */
  CHECKPOINT_KEY_NAME?: string;
  /** Earlier public keys (comma-separated base64), still published so old checkpoints verify. */
  CHECKPOINT_PREVIOUS_PUBLIC_KEYS?: string;
  /** Write rate limits per token: the standard tier, and the strict tier for tokens marked so. */
  WRITE_LIMITER?: RateLimit;
  WRITE_LIMITER_STRICT?: RateLimit;
  /** JSON array of { name, scopes, sha256, tier? }: the API tokens, hashed. A secret in production. */
  API_TOKENS?: string;
  /** "true" to require a read-scoped token for every read. */
  READS_REQUIRE_TOKEN?: string;
  /** "true" lets webhooks target loopback and private addresses (local development and tests only). */
  WEBHOOKS_ALLOW_PRIVATE?: string;
  /** Multiplies every retry delay: "0.001" turns the 5 s ... 10 h schedule into milliseconds for tests. */
  WEBHOOK_RETRY_SCALE?: string;
  /** Origins whose pages may read the API from a browser: "*" (the default) or a comma-separated list. */
  CORS_READ_ORIGINS?: string;
  /** Origins whose pages may also write (POST, PATCH, DELETE) from a browser. None by default. */
  CORS_WRITE_ORIGINS?: string;
  /** Workers AI (`[ai] binding = "AI"`): enables `"extractor": "model"` on POST /v1/extract. Optional. */
  AI?: ModelRunner;
  /** The Workers AI model the model extractor asks; default @cf/meta/llama-3.3-70b-instruct-fp8-fast. */
  EXTRACT_MODEL?: string;
}
