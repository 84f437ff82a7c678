import { DurableObject } from "cloudflare:workers";
import { createHash } from "node:crypto";

export class DossierObject extends DurableObject {
  hello(): string {
    this.ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS t (x)");
    return createHash("sha256").update("abc").digest("hex");
  }
}
export default {
  async fetch(_req: Request, env: { DOSSIER: DurableObjectNamespace<DossierObject> }) {
    const stub = env.DOSSIER.get(env.DOSSIER.idFromName("x"));
    return new Response(await stub.hello());
  },
};
