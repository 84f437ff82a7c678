// Reading a JSON request body safely: the right content type, a size limit enforced while
// reading (not trusted from Content-Length), and malformed JSON answered as a 400.
import type { Context } from "hono";
import type { z } from "zod";
import { ApiError } from "../errors";

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 1_048_576;

export async function readJsonBody(c: Context, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const contentType = c.req.header("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType)) {
    throw new ApiError("unsupported_media_type", "send the body as application/json", {
      received: contentType || null,
    });
  }
  const declared = Number(c.req.header("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const body = c.req.raw.body;
  if (!body) throw new ApiError("invalid_json", "the request has no body");
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  let bytes = chunks[0] ?? new Uint8Array(0);
  if (chunks.length > 1) {
    bytes = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new ApiError("invalid_json", "the body is not valid UTF-8");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ApiError("invalid_json", `the body is not valid JSON: ${(error as Error).message}`);
  }
  // Valid UTF-8 holds no lone surrogate: only a \uD800-\uDFFF escape can make one, so most bodies skip the walk.
  const badPointer = SURROGATE_ESCAPE.test(text) ? illFormedString(value, "") : null;
  if (badPointer !== null) {
    // JSON's \ud800 escapes decode to lone surrogates, which storage refuses: say so here instead.
    throw new ApiError("invalid_json", "the body holds a string that is not well-formed Unicode (a lone surrogate)", {
      pointer: badPointer,
    });
  }
  return value;
}

/** Fatal: a body that is not UTF-8 is refused, not repaired. Stateless between calls, so shared. */
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The JSON pointer of the first key or string holding a lone surrogate, or null. */
function illFormedString(value: unknown, pointer: string): string | null {
  if (typeof value === "string") return LONE_SURROGATE.test(value) ? pointer : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = illFormedString(item, `${pointer}/${index}`);
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const at = `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;
      if (LONE_SURROGATE.test(key)) return at;
      const found = illFormedString(item, at);
      if (found !== null) return found;
    }
  }
  return null;
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError("payload_too_large", `the body is larger than ${maxBytes} bytes`, { limit: maxBytes });
}

/** A decoded body checked against an endpoint's schema: a 400 naming each problem by JSON pointer. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new ApiError("invalid_request", "the body does not fit this endpoint", {
    issues: parsed.error.issues
      .slice(0, 20)
      .map((issue) => ({ pointer: `/${issue.path.join("/")}`, message: issue.message })),
  });
}

/** A body that may be left out (an accept as the proposal stands, a reading with the default extractor). */
export async function optionalJsonBody(c: Context): Promise<unknown> {
  const empty = c.req.raw.body === null || c.req.header("content-length") === "0";
  return empty ? {} : readJsonBody(c);
}
