// Listening to a dossier's versions over the WebSocket its Durable Object accepts with the
// hibernation API: used by `waitForVersion` long-polls and by the live event stream.
import type { Env } from "../env";

export interface VersionMessage {
  version: number;
  updatedAt: string | null;
}

export async function watchDossier(env: Env, dossierId: string, onVersion: (message: VersionMessage) => void) {
  const stub = env.DOSSIER.get(env.DOSSIER.idFromName(dossierId));
  const response = await stub.fetch("http://dossier/watch", { headers: { upgrade: "websocket" } });
  const socket = response.webSocket;
  if (!socket) throw new Error(`the dossier did not accept a watcher (${response.status})`);
  socket.accept();
  socket.addEventListener("message", (event) => {
    onVersion(JSON.parse(String(event.data)) as VersionMessage);
  });
  return socket;
}

/** Resolve once the dossier's version passes `version`, or after `timeoutMs` with the last one seen. */
export async function waitPastVersion(env: Env, dossierId: string, version: number, timeoutMs: number) {
  let latest: VersionMessage | undefined;
  let release: () => void = () => {};
  const passed = new Promise<void>((resolve) => {
    release = resolve;
  });
  const socket = await watchDossier(env, dossierId, (message) => {
    latest = message;
    if (message.version > version) release();
  });
  const timer = setTimeout(release, timeoutMs);
  try {
    await passed;
  } finally {
    clearTimeout(timer);
    socket.close(1000, "done");
  }
  return latest;
}
