// Hex and base64 round trips, and strict decoding: one spelling per byte string.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { equalBytes, fromBase64, fromHex, toBase64, toHex } from "../../src/proof/encoding";

describe("encoding", () => {
  it("round-trips any bytes through hex and base64", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(fromHex(toHex(bytes))).toEqual(bytes);
        expect(fromBase64(toBase64(bytes))).toEqual(bytes);
      }),
    );
  });

  it("writes lower-case hex and padded standard base64", () => {
    expect(toHex(Uint8Array.of(0, 171, 255))).toBe("00abff");
    expect(toBase64(Uint8Array.of(251, 255))).toBe("+/8=");
  });

  it("refuses malformed or non-canonical text", () => {
    expect(() => fromHex("abc")).toThrow(SyntaxError);
    expect(() => fromHex("zz")).toThrow(SyntaxError);
    expect(() => fromBase64("+/8")).toThrow(SyntaxError);
    expect(() => fromBase64("-_8=")).toThrow(SyntaxError);
    expect(() => fromBase64("+/9=")).toThrow(/canonical/);
    expect(() => fromBase64("+/8= ")).toThrow(SyntaxError);
  });

  it("compares bytes by value and length", () => {
    expect(equalBytes(Uint8Array.of(1, 2), Uint8Array.of(1, 2))).toBe(true);
    expect(equalBytes(Uint8Array.of(1, 2), Uint8Array.of(1, 3))).toBe(false);
    expect(equalBytes(Uint8Array.of(1, 2), Uint8Array.of(1, 2, 0))).toBe(false);
  });
});
