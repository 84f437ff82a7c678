// Turning every failure into the one error shape, and Durable Object outcomes into responses.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ApiError, type Outcome } from "../errors";

export function errorResponse(c: Context, error: ApiError): Response {
  const response = c.json({ error: error.toBody() }, error.status as ContentfulStatusCode);
  if (error.code === "rate_limited" && typeof error.details?.retryAfterSeconds === "number") {
    response.headers.set("Retry-After", String(error.details.retryAfterSeconds));
  }
  return response;
}

/** The app's `onError`: known errors keep their status, anything else is a 500 without internals. */
export function handleError(error: unknown, c: Context): Response {
  if (error instanceof ApiError) return errorResponse(c, error);
  console.error("unhandled error", error);
  return errorResponse(c, new ApiError("internal_error", "something went wrong on our side; nothing was stored"));
}

/** Unwrap a Durable Object outcome or throw its error. */
export function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw ApiError.fromBody(outcome.error);
  return outcome.value;
}
