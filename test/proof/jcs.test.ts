// The specialised canonicaliser is the `canonicalize` library, byte for byte: on random JSON values,
// on random events shaped as the store hashes them, and on the values only the library handles.
import canonicalize from "canonicalize";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalEventJson } from "../../src/proof/canonical";
import { canonicalJson } from "../../src/proof/jcs";

/** The library's answer, or the fact that it threw. */
function library(value: unknown): { text: string | undefined } | { threw: true } {
  try {
    return { text: canonicalize(value) };
  } catch {
    return { threw: true };
  }
}

function ours(value: unknown): { text: string | undefined } | { threw: true } {
  try {
    return { text: canonicalJson(value) };
  } catch {
    return { threw: true };
  }
}

// Strings of every kind: full Unicode, lone surrogates, control characters, escapes.
const anyString = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.string());
const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 1e21, 1e-7, 5e-324, 2 ** 53 + 2));
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(anyString, anyNumber, fc.boolean(), fc.constant(null), fc.constant(undefined)),
  node: fc.oneof(
    { depthSize: "small" },
    tie("leaf"),
    fc.array(tie("node"), { maxLength: 5 }),
    fc.dictionary(anyString, tie("node"), { maxKeys: 6 }),
  ),
})).node;

describe("canonicalJson", () => {
  it("equals the library on random values, including the ones it refuses", () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(ours(v)).toEqual(library(v));
      }),
      { numRuns: 2_000 },
    );
  });

  it("equals the library on random events, as the leaf and the content hash see them", () => {
    const event = fc.record({
      id: anyString,
      type: fc.constantFrom("claim.made", "actor.identified"),
      schemaVersion: fc.integer({ min: 1, max: 3 }),
      seq: fc.integer({ min: 1 }),
      recordedAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      data: fc.dictionary(anyString, value),
      metadata: fc.record({ author: anyString, correlationId: fc.option(anyString, { nil: undefined }) }),
    });
    fc.assert(
      fc.property(event, (e) => {
        const { id, type, schemaVersion, seq, recordedAt, data, metadata } = e;
        const expected = library({ id, type, schemaVersion, seq, recordedAt, data, metadata });
        let actual: { text: string | undefined } | { threw: true };
        try {
          actual = { text: canonicalEventJson(e) };
        } catch {
          actual = { threw: true };
        }
        expect(actual).toEqual(expected);
      }),
      { numRuns: 1_000 },
    );
  });

  it("hands what is not plain JSON to the library: toJSON, boxed values, dates, deep nesting, cycles", () => {
    let deep: unknown = "bottom";
    for (let i = 0; i < 1_000; i++) deep = { next: deep, list: [i] };
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const cases: unknown[] = [
      { when: new Date(0), n: new Number(4.5), s: new String("x"), b: new Boolean(false) },
      { custom: { toJSON: () => ({ z: 1, a: [undefined, 2] }) } },
      { fn: () => 1, sym: Symbol("s"), keep: true },
      [() => 1, Symbol("s"), undefined],
      Object.assign(Object.create(null), { b: 1, a: 2 }),
      deep,
      Number.POSITIVE_INFINITY,
      { n: Number.NaN },
    ];
    for (const c of cases) expect(ours(c)).toEqual(library(c));
    expect(() => canonicalJson(cyclic)).toThrow(/circular/i);
  });
});
