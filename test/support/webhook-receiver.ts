// A real HTTP receiver for webhook tests, run in Node on loopback: it verifies every request with
// the `standardwebhooks` package (an implementation independent of ours), records what arrived, and
// answers as each test programs it (fail n times, answer 410, redirect, ask to retry later).
import { createServer, type IncomingMessage, type Server } from "node:http";
import { Webhook } from "standardwebhooks";

export interface ReceivedDelivery {
  webhookId: string;
  timestamp: string;
  signature: string;
  body: string;
  /** Verified with each configured secret, in order. */
  verifiedWith: boolean[];
  answeredStatus: number;
}

export interface Endpoint {
  secrets: string[];
  /** Statuses to answer, one per request; when empty, 200. */
  script: number[];
  retryAfter?: string;
  received: ReceivedDelivery[];
}

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });

/** Start listening; pass the `endpoints` of an earlier receiver to come back up with its records. */
export function startReceiver(
  port = 0,
  endpoints = new Map<string, Endpoint>(),
): Promise<{ server: Server; url: string; port: number; endpoints: Map<string, Endpoint> }> {
  const endpoint = (name: string) => {
    let found = endpoints.get(name);
    if (!found) {
      found = { secrets: [], script: [], received: [] };
      endpoints.set(name, found);
    }
    return found;
  };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://receiver");
    const [, area, name] = url.pathname.split("/");
    let body: string;
    try {
      body = await readBody(request);
    } catch {
      // The sender went away mid-request (the crash test kills it): nothing was delivered.
      return response.destroy();
    }
    const json = (status: number, value: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(value));
    };
    if (area === "control" && name) {
      if (request.method === "PUT") {
        const settings = JSON.parse(body) as Partial<Endpoint>;
        const target = endpoint(name);
        Object.assign(target, { secrets: settings.secrets ?? target.secrets, script: settings.script ?? [] });
        target.retryAfter = settings.retryAfter;
        return json(200, { ok: true });
      }
      return json(200, { received: endpoint(name).received });
    }
    if (area === "hooks" && name && request.method === "POST") {
      const target = endpoint(name);
      const headers = {
        "webhook-id": String(request.headers["webhook-id"] ?? ""),
        "webhook-timestamp": String(request.headers["webhook-timestamp"] ?? ""),
        "webhook-signature": String(request.headers["webhook-signature"] ?? ""),
      };
      const verifiedWith = target.secrets.map((secret) => {
        try {
          new Webhook(secret).verify(body, headers);
          return true;
        } catch {
          return false;
        }
      });
      const status = target.script.shift() ?? 200;
      target.received.push({
        webhookId: headers["webhook-id"],
        timestamp: headers["webhook-timestamp"],
        signature: headers["webhook-signature"],
        body,
        verifiedWith,
        answeredStatus: status,
      });
      const extra: Record<string, string> = {};
      if (status >= 300 && status < 400) extra.location = "http://127.0.0.1:9/elsewhere";
      if ((status === 429 || status === 503) && target.retryAfter) extra["retry-after"] = target.retryAfter;
      response.writeHead(status, { "content-type": "text/plain", ...extra });
      return response.end(status < 300 ? "thanks" : `answer ${status}`);
    }
    json(404, { error: "no such path" });
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actualPort}`, port: actualPort, endpoints });
    });
  });
}
