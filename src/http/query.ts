// Parsing query parameters into values, with a 400 in the common shape for anything malformed.
import { ApiError } from "../errors";

export function integerParam(
  value: string | undefined,
  name: string,
  bounds: { min: number; max?: number; fallback?: number },
): number | undefined {
  if (value === undefined || value === "") return bounds.fallback;
  if (!/^\d+$/.test(value)) throw new ApiError("invalid_query", `${name} must be a whole number`, { parameter: name });
  const parsed = Number(value);
  if (parsed < bounds.min || (bounds.max !== undefined && parsed > bounds.max)) {
    const range = bounds.max === undefined ? `at least ${bounds.min}` : `between ${bounds.min} and ${bounds.max}`;
    throw new ApiError("invalid_query", `${name} must be ${range}`, { parameter: name });
  }
  return parsed;
}

export function requiredIntegerParam(value: string | undefined, name: string, bounds: { min: number; max?: number }) {
  const parsed = integerParam(value, name, bounds);
  if (parsed === undefined) throw new ApiError("invalid_query", `${name} is required`, { parameter: name });
  return parsed;
}

export function enumParam<T extends string>(
  value: string | undefined,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined || value === "") return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ApiError("invalid_query", `${name} must be one of ${allowed.join(", ")}`, { parameter: name, allowed });
  }
  return value as T;
}

/** `asOf` names a point in the stream: a sequence number or an ISO 8601 time. */
export function asOfParam(value: string | undefined): number | string | undefined {
  if (value === undefined || value === "") return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const time = Date.parse(value);
  if (/^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(time)) return new Date(time).toISOString();
  throw new ApiError("invalid_query", "asOf must be a sequence number or an ISO 8601 time", { parameter: "asOf" });
}
