// Server-sent events: one message per new version of a dossier, with `id:` set to the version so
// a reconnecting client's Last-Event-ID resumes without missing a change. The Worker holds the
// stream; the dossier's object only pushes versions to a hibernatable WebSocket.
import { Hono } from "hono";
import type { Env } from "../../env";
import { type AuthVariables, authorize } from "../auth/middleware";
import { unwrap } from "../errors";
import { watchDossier } from "../watch";
import { dossierStub } from "./dossiers";

const HEARTBEAT_MS = 15_000;

export const liveRoutes = new Hono<{ Bindings: Env; Variables: AuthVariables }>().get("/:dossierId/live", async (c) => {
  authorize(c, "read");
  const dossierId = c.req.param("dossierId");
  unwrap(await dossierStub(c.env, dossierId).currentVersion(dossierId));
  const lastEventId = Number(c.req.header("last-event-id") ?? c.req.query("lastEventId") ?? Number.NaN);
  let lastSent = Number.isNaN(lastEventId) ? -1 : lastEventId;
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      send("retry: 2000\n\n");
      const socket = await watchDossier(c.env, dossierId, (message) => {
        if (message.version <= lastSent) return; // the client has seen it already
        lastSent = message.version;
        send(`id: ${message.version}\nevent: version\ndata: ${JSON.stringify({ dossierId, ...message })}\n\n`);
      });
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        try {
          socket.close(1000, "client gone");
        } catch {
          // already closed
        }
      };
      socket.addEventListener("close", () => {
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(body, {
    headers: { "content-type": "text/event-stream", "cache-control": "no-store", "x-accel-buffering": "no" },
  });
});
