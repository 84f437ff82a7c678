// Types the `env` of "cloudflare:test" as the Worker's own bindings.
import type { Env as LedgerEnv } from "../src/env";

declare global {
  namespace Cloudflare {
    interface Env extends LedgerEnv {}
  }
}
