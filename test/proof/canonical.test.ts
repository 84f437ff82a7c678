// Leaf bytes of an event: RFC 8785 canonical JSON of exactly the committed envelope fields.
import { describe, expect, it } from "vitest";
import { canonicalEventBytes, canonicalEventJson } from "../../src/proof/canonical";

const storedEvent = {
  dossierId: "aleppo-2016",
  id: "01JDQ8Z7X3",
  type: "claim.made",
  schemaVersion: 1,
  seq: 7,
  recordedAt: "2026-11-25T04:00:00.000Z",
  data: { quote: "Russia bears responsibility", claimId: "c-1" },
  metadata: { actor: "editor-1" },
};

describe("canonicalEventJson", () => {
  it("is JCS of exactly the seven committed fields, keys sorted, dossierId and extras left out", () => {
    const withExtras = { ...storedEvent, internalRowId: 42 };
    expect(canonicalEventJson(withExtras)).toBe(
      '{"data":{"claimId":"c-1","quote":"Russia bears responsibility"},"id":"01JDQ8Z7X3",' +
        '"metadata":{"actor":"editor-1"},"recordedAt":"2026-11-25T04:00:00.000Z","schemaVersion":1,' +
        '"seq":7,"type":"claim.made"}',
    );
  });

  it("applies RFC 8785 to the data: the RFC's own sample canonicalizes as the RFC says", () => {
    const sample = JSON.parse(String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`);
    const expected = String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`;
    expect(canonicalEventJson({ ...storedEvent, data: sample })).toContain(`"data":${expected},`);
  });

  it("does not depend on the order the fields come in", () => {
    const reversed = Object.fromEntries(Object.entries(storedEvent).reverse()) as typeof storedEvent;
    expect(canonicalEventJson(reversed)).toBe(canonicalEventJson(storedEvent));
  });

  it("changes when any committed field changes, and not when dossierId does", () => {
    const changes = [
      { id: "01JDQ8Z7X4" },
      { type: "claim.rebutted" },
      { schemaVersion: 2 },
      { seq: 8 },
      { recordedAt: "2026-11-25T04:00:00.001Z" },
      { data: { ...storedEvent.data, quote: "Russia bears responsibility." } },
      { metadata: { actor: "editor-2" } },
    ];
    const original = canonicalEventJson(storedEvent);
    for (const change of changes) expect(canonicalEventJson({ ...storedEvent, ...change })).not.toBe(original);
    const refiled = { ...storedEvent, dossierId: "other" };
    expect(canonicalEventJson(refiled)).toBe(original);
  });

  it("refuses values JSON cannot carry faithfully", () => {
    expect(() => canonicalEventJson({ ...storedEvent, data: { text: "\ud800" } })).toThrow(/surrogate/i);
    expect(() => canonicalEventJson({ ...storedEvent, data: { n: Number.NaN } })).toThrow(/NaN/);
  });
});

describe("canonicalEventBytes", () => {
  it("is the UTF-8 of the canonical JSON, non-ASCII written as itself", () => {
    const event = { ...storedEvent, data: { place: "Ḥalab — حلب" } };
    const bytes = canonicalEventBytes(event);
    expect(new TextDecoder().decode(bytes)).toBe(canonicalEventJson(event));
    expect(new TextDecoder().decode(bytes)).toContain('"place":"Ḥalab — حلب"');
    expect(bytes.length).toBeGreaterThan(canonicalEventJson(event).length);
  });
});
