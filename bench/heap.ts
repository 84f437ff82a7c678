// The JS heap of the ledger's isolate, read over workerd's inspector (Chrome DevTools protocol):
// Runtime.getHeapUsage polled while a phase runs, its peak reported. The used size includes garbage
// not yet collected (workerd's inspector ignores HeapProfiler.collectGarbage), so it bounds what is
// live from above. Locally the Worker and every
// Durable Object of the script share this one isolate, so the figure bounds one object's heap from
// above; the resident set of the whole process (SQLite page cache, both runtimes) says much less.
// Needs a global WebSocket: the bench runs Node with --experimental-websocket.

type Session = { send(method: string): Promise<{ usedSize: number; totalSize: number }>; close(): void };

async function connect(port: number): Promise<Session> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()) as Array<{
    title?: string;
    webSocketDebuggerUrl: string;
  }>;
  const target = targets.find((t) => t.title?.includes("core:user:"));
  if (!target) throw new Error("the ledger's isolate is not among the inspector's targets");
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.addEventListener("open", resolve, { once: true });
    socket.addEventListener("error", reject, { once: true });
  });
  let id = 0;
  const pending = new Map<number, (result: never) => void>();
  socket.addEventListener("message", (message) => {
    const reply = JSON.parse(String(message.data)) as { id?: number; result?: never };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply.result as never);
    if (reply.id !== undefined) pending.delete(reply.id);
  });
  return {
    send: (method) =>
      new Promise((resolve) => {
        id += 1;
        pending.set(id, resolve);
        socket.send(JSON.stringify({ id, method }));
      }),
    close: () => socket.close(),
  };
}

export async function heapProbe(port: number) {
  const session = await connect(port);
  let peak = 0;
  const sample = async () => {
    const usage = await session.send("Runtime.getHeapUsage");
    peak = Math.max(peak, usage.usedSize);
  };
  const timer = setInterval(() => void sample(), 100);
  return {
    /** The highest heap used since the last call, in MB; starts the next phase afresh. */
    async peakMb(): Promise<number> {
      await sample();
      const mb = Math.round((peak / 1024 / 1024) * 10) / 10;
      peak = 0;
      return mb;
    },
    stop() {
      clearInterval(timer);
      session.close();
    },
  };
}
