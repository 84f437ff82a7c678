// The verifiable record: checkpoints, inclusion and consistency proofs, the NDJSON export that the
// offline verifier reads, and the public keys that checkpoints are signed with.
import { Hono } from "hono";
import type { Env } from "../../env";
import { CheckpointSigner } from "../../store/checkpoint-signer";
import { type AuthVariables, authorize } from "../auth/middleware";
import { VERSION_HEADER } from "../conditional";
import { unwrap } from "../errors";
import { integerParam, requiredIntegerParam } from "../query";
import { dossierStub } from "./dossiers";

const EXPORT_PAGE = 1_000;

export const proofRoutes = new Hono<{ Bindings: Env; Variables: AuthVariables }>()
  .get("/:dossierId/checkpoint", async (c) => {
    authorize(c, "read");
    const dossierId = c.req.param("dossierId");
    const checkpoint = unwrap(await dossierStub(c.env, dossierId).checkpoint(dossierId));
    c.header(VERSION_HEADER, String(checkpoint.size));
    return c.json(checkpoint);
  })
  .get("/:dossierId/proof/inclusion", async (c) => {
    authorize(c, "read");
    const dossierId = c.req.param("dossierId");
    const seq = requiredIntegerParam(c.req.query("seq"), "seq", { min: 1 });
    const size = integerParam(c.req.query("size"), "size", { min: 1 });
    return c.json(unwrap(await dossierStub(c.env, dossierId).inclusionProof(dossierId, seq, size)));
  })
  .get("/:dossierId/proof/consistency", async (c) => {
    authorize(c, "read");
    const dossierId = c.req.param("dossierId");
    const from = requiredIntegerParam(c.req.query("from"), "from", { min: 1 });
    const to = integerParam(c.req.query("to"), "to", { min: 1 });
    return c.json(unwrap(await dossierStub(c.env, dossierId).consistencyProof(dossierId, from, to)));
  })
  .get("/:dossierId/export", async (c) => {
    authorize(c, "read");
    const dossierId = c.req.param("dossierId");
    const stub = dossierStub(c.env, dossierId);
    // The checkpoint fixes the size: the export holds exactly the events it covers.
    const checkpoint = unwrap(await stub.checkpoint(dossierId));
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(encoder.encode(`${JSON.stringify({ checkpoint })}\n`));
        let after = 0;
        while (after < checkpoint.size) {
          const limit = Math.min(EXPORT_PAGE, checkpoint.size - after);
          const page = unwrap(await stub.readEvents(dossierId, { direction: "forward", from: after, limit }));
          if (page.events.length === 0) break;
          controller.enqueue(encoder.encode(page.events.map((event) => `${JSON.stringify(event)}\n`).join("")));
          after = page.events[page.events.length - 1]?.seq ?? checkpoint.size;
        }
        controller.close();
      },
    });
    return new Response(body, {
      headers: {
        "content-type": "application/x-ndjson; charset=utf-8",
        "content-disposition": `attachment; filename="${dossierId}-${checkpoint.size}.ndjson"`,
      },
    });
  });

/** The public keys checkpoints are signed with, the current one first. */
export async function publishedKeys(env: Env) {
  return { keys: await new CheckpointSigner(env).publicKeys() };
}
