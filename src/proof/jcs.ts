// RFC 8785 (JCS) canonical JSON, specialised for what the store hashes: plain JSON values (the
// output of JSON.parse and of the zod schemas). The general `canonicalize` library handles any
// JavaScript value (toJSON, boxed primitives, cycles) with an explicit stack and a `seen` set; that
// generality cost more than a sixth of a batched append. Here a plain recursive walk does the same
// for plain values, and anything else is handed to the library whole, so the output is the
// library's byte for byte (test/proof/jcs.test.ts checks this on random values).
import canonicalize from "canonicalize";

/** Thrown inside the fast walk when a value is not plain JSON: the library takes over. */
const NOT_PLAIN = Symbol("not plain JSON");
/** Deeper than this, the library's stack-free walk takes over rather than risk the call stack. */
const MAX_DEPTH = 200;

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== "function";
}

/** Strings JSON writes as they are: no quote, backslash, control character or surrogate. */
const VERBATIM = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

function stringOf(value: string): string {
  if (value.length < 64 && VERBATIM.test(value)) return `"${value}"`;
  // Lone surrogates are refused, as the library does (with its error message).
  if (!(value as unknown as { isWellFormed(): boolean }).isWellFormed()) throw NOT_PLAIN;
  return JSON.stringify(value);
}

/** Member names recur in every event ("claimId", "quote"…): their `"name":` text is kept. */
const memberTexts = new Map<string, string>();
const MAX_MEMBER_TEXTS = 1_000;

function memberText(key: string): string {
  let text = memberTexts.get(key);
  if (text === undefined) {
    text = `${stringOf(key)}:`;
    if (memberTexts.size < MAX_MEMBER_TEXTS) memberTexts.set(key, text);
  }
  return text;
}

/** Keys in UTF-16 code unit order (RFC 8785): an insertion sort beats the generic sort on a few keys. */
function sortedKeys(value: object): string[] {
  const keys = Object.keys(value);
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    while (j >= 0 && (keys[j] as string) > key) {
      keys[j + 1] = keys[j] as string;
      j--;
    }
    keys[j + 1] = key;
  }
  return keys;
}

function walk(value: unknown, depth: number): string | undefined {
  switch (typeof value) {
    case "string":
      return stringOf(value);
    case "number":
      if (!Number.isFinite(value)) throw NOT_PLAIN;
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "undefined":
      return undefined;
    case "object": {
      if (value === null) return "null";
      if (depth > MAX_DEPTH) throw NOT_PLAIN;
      if (Array.isArray(value)) {
        let out = "[";
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += ",";
          out += walk(value[i], depth + 1) ?? "null";
        }
        return `${out}]`;
      }
      if (!isPlainObject(value)) throw NOT_PLAIN;
      const keys = sortedKeys(value);
      const record = value as Record<string, unknown>;
      let out = "{";
      let first = true;
      for (const key of keys) {
        const member = walk(record[key], depth + 1);
        if (member === undefined) continue;
        out += first ? "" : ",";
        first = false;
        out += memberText(key) + member;
      }
      return `${out}}`;
    }
    default:
      // Functions, symbols, bigints: whatever the library makes of them.
      throw NOT_PLAIN;
  }
}

/** The canonical JSON text of `value`, exactly as `canonicalize(value)` gives it. */
export function canonicalJson(value: unknown): string | undefined {
  try {
    return walk(value, 0);
  } catch (error) {
    if (error !== NOT_PLAIN) throw error;
    return canonicalize(value);
  }
}
