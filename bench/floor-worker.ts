// The single-append ceiling: the ledger's own Worker (router, auth, body validation, response) in
// front of a dossier object that does only what the reference Durable Object does, one row
// inserted per request. Whatever the ledger's object does beyond one insert can only lower the
// ratio, so this figure bounds the single-append ratio from above (bench/run.ts, "floors").
// Bundled by the bench with `wrangler deploy bench/floor-worker.ts --dry-run`; never deployed.
import { DurableObject } from "cloudflare:workers";
import type { AppendRequest } from "../src/domain/append-request";
import type { Env } from "../src/env";
import type { Outcome } from "../src/errors";
import worker from "../src/index";
import type { AppendResult } from "../src/store/dossier-views";

// The deployed classes, so that wrangler bundles this entry with the project's own configuration.
export { DossierObject, HubObject, WebhookObject } from "../src/index";

export class OneInsertDossier extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
  }

  async append(dossierId: string, request: AppendRequest): Promise<Outcome<AppendResult>> {
    // The reference's statement: one insert, answering the new row's id.
    const n = this.ctx.storage.sql
      .exec<{ id: number }>("INSERT INTO rows (body) VALUES (?) RETURNING id", JSON.stringify(request.events))
      .one().id;
    const checkpoint = {
      dossierId,
      origin: `floor/${dossierId}`,
      size: n,
      rootHash: "",
      timestamp: new Date().toISOString(),
      keyName: "floor",
      keyId: "",
      signature: "",
      note: "",
    };
    return { ok: true, value: { dossierId, fromSeq: n, toSeq: n, version: n, idempotentReplay: false, checkpoint } };
  }
}

export default worker;
