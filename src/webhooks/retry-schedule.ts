// When a failed delivery is tried again: the Standard Webhooks recommendation (immediately, 5 s,
// 5 min, 30 min, 2 h, 5 h, 10 h, 10 h), each wait with ±20% jitter so a recovering receiver is not
// hit by every subscription at once. Deployments scale it (RETRY_SCALE) so tests run in milliseconds.

/** Waits before attempt 2, 3, ... in milliseconds; after the last one the subscription is disabled. */
export const DEFAULT_RETRY_DELAYS_MS = [
  0,
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
];

export const JITTER = 0.2;

/**
 * The wait before the next attempt after `failedAttempts` consecutive failures, or null when the
 * schedule is exhausted. `random` is injectable so the jitter is testable.
 */
export function nextRetryDelay(
  failedAttempts: number,
  options: { scale?: number; retryAfterMs?: number | undefined; random?: () => number } = {},
): number | null {
  const base = DEFAULT_RETRY_DELAYS_MS[failedAttempts - 1];
  if (base === undefined) return null;
  const random = options.random ?? Math.random;
  const jittered = base * (1 + JITTER * (2 * random() - 1)) * (options.scale ?? 1);
  // A receiver that says when to come back (429/503 Retry-After) is believed, within the schedule's spirit.
  return Math.round(Math.max(jittered, options.retryAfterMs ?? 0));
}

/** Parse a Retry-After header: seconds, or an HTTP date. Capped at one day. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = /^\d+$/.test(header.trim()) ? Number(header.trim()) * 1000 : Date.parse(header) - now;
  if (!Number.isFinite(seconds) || seconds < 0) return undefined;
  return Math.min(seconds, 86_400_000);
}
