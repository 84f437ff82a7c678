// One delivery attempt: POST the signed body, never follow redirects, give up after the timeout,
// and describe the outcome in words a subscriber's operator can act on.
import { parseRetryAfter } from "./retry-schedule";
import { type SignedHeaders } from "./signing";

export const ATTEMPT_TIMEOUT_MS = 15_000;
const EXCERPT_CHARS = 256;

export interface AttemptOutcome {
  ok: boolean;
  /** The HTTP status, when the receiver answered. */
  status: number | null;
  /** What went wrong, in words: "timeout", "connection refused", "HTTP 503", "redirect not followed"... */
  error: string | null;
  latencyMs: number;
  /** The start of the response body, for the delivery log. */
  responseExcerpt: string;
  /** A 429/503 Retry-After, in milliseconds. */
  retryAfterMs: number | undefined;
  /** 410 Gone: the receiver asks never to be called again. */
  gone: boolean;
}

function describeFailure(error: unknown): string {
  const text = String((error as { message?: string })?.message ?? error).toLowerCase();
  if ((error as { name?: string })?.name === "TimeoutError" || text.includes("timed out") || text.includes("timeout")) {
    return "timeout";
  }
  if (text.includes("refused")) return "connection refused";
  // workerd reports a refused or dropped connection alike as "Network connection lost."
  if (text.includes("network connection lost")) return "connection refused or lost";
  if (text.includes("dns") || text.includes("resolve") || text.includes("not found")) return "DNS lookup failed";
  if (text.includes("reset")) return "connection reset";
  return `network error: ${text.slice(0, 120)}`;
}

export async function attemptDelivery(
  url: string,
  body: string,
  headers: SignedHeaders,
  timeoutMs = ATTEMPT_TIMEOUT_MS,
): Promise<AttemptOutcome> {
  const started = Date.now();
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "claims-ledger-webhooks/1", ...headers },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text().catch(() => "");
    const status = response.status;
    const ok = status >= 200 && status < 300;
    let error: string | null = null;
    if (status >= 300 && status < 400) error = "redirect not followed";
    else if (!ok) error = `HTTP ${status}`;
    return {
      ok,
      status,
      error,
      latencyMs: Date.now() - started,
      responseExcerpt: text.slice(0, EXCERPT_CHARS),
      retryAfterMs: status === 429 || status === 503 ? parseRetryAfter(response.headers.get("retry-after")) : undefined,
      gone: status === 410,
    };
  } catch (error) {
    return {
      ok: false,
      status: null,
      error: describeFailure(error),
      latencyMs: Date.now() - started,
      responseExcerpt: "",
      retryAfterMs: undefined,
      gone: false,
    };
  }
}
