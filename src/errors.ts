// Every error the API can answer, in one table: the code a client matches on and its HTTP status.
// Failures travel as `ApiError` values (also across Durable Object RPC, as plain `ErrorBody`s)
// and leave the Worker in one shape: `{ "error": { "code", "message", "details"? } }`.

export const errorTable = {
  invalid_json: 400,
  invalid_request: 400,
  invalid_query: 400,
  unknown_event_type: 400,
  invalid_event: 400,
  empty_batch: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  version_conflict: 409,
  event_id_conflict: 409,
  proposal_decided: 409,
  payload_too_large: 413,
  batch_too_large: 413,
  unsupported_media_type: 415,
  rule_violation: 422,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorTable;

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.details = details;
  }

  get status(): (typeof errorTable)[ErrorCode] {
    return errorTable[this.code];
  }

  toBody(): ErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static fromBody(body: ErrorBody): ApiError {
    return new ApiError(body.code, body.message, body.details);
  }
}

/** Results that cross the Durable Object RPC boundary carry errors as data, not exceptions. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

export function failure(code: ErrorCode, message: string, details?: Record<string, unknown>): Outcome<never> {
  return { ok: false, error: new ApiError(code, message, details).toBody() };
}
