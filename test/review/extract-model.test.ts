// POST /v1/extract with "extractor": "model": the route asks the deployment's Workers AI binding and
// answers only what the text bears out; without the binding, or when the model fails, a clear error.
// The binding here is a stand-in that answers as Workers AI does ({ response }), so the test needs no
// model and no network; the route, its checks and the grounding are the real ones.
import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL, type ModelRunner } from "../../src/extract/model";
import {
  askedText,
  type ModelCall,
  modelSaying,
  postWithModel,
  TALKS_ACCUSATION,
  TALKS_ACTORS,
  TALKS_DENIAL,
} from "./model-stand-in";

const TEXT = "Moscow accused Washington of sabotaging the talks. “We did no such thing,” a US envoy said.";

const extractVia = (ai: ModelRunner | undefined, body: Record<string, unknown>) =>
  postWithModel(ai, "/v1/extract", body);

describe("POST /v1/extract with the model extractor", () => {
  it("sends the text to the model and answers its statements grounded in the text", async () => {
    const calls: ModelCall[] = [];
    const ai = modelSaying(
      {
        actors: TALKS_ACTORS,
        statements: [
          TALKS_ACCUSATION,
          TALKS_DENIAL,
          {
            quote: "Washington sabotaged the talks, Moscow says",
            speaksFor: "a1",
            targets: ["a2"],
            category: "accusation",
          },
        ],
      },
      calls,
    );
    const { status, body } = await extractVia(ai, { text: TEXT, title: "Talks", extractor: "model" });
    expect(status).toBe(200);
    expect(body.extractor.name).toBe("claims-ledger-model");
    expect(body.statements.map((s: { quote: string }) => s.quote)).toEqual([
      "Moscow accused Washington of sabotaging the talks",
      "We did no such thing",
    ]);
    for (const s of body.statements) expect(TEXT.slice(s.start, s.end)).toBe(s.quote);
    expect(body.statements[1]).toMatchObject({ answers: "s1", speaksFor: "a2", targets: ["a1"], mode: "direct" });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.model).toBe(DEFAULT_MODEL);
    expect(askedText(calls[0])).toContain(TEXT);
    expect(askedText(calls[0])).toContain("Title: Talks");
    expect(calls[0]?.inputs.response_format).toMatchObject({ type: "json_schema" });
  });

  it("uses the rules extractor unless asked, even when a model is bound", async () => {
    const calls: ModelCall[] = [];
    const { status, body } = await extractVia(modelSaying({ actors: [], statements: [] }, calls), { text: TEXT });
    expect(status).toBe(200);
    expect(body.extractor.name).toBe("claims-ledger-rules");
    expect(body.statements.length).toBeGreaterThan(0);
    expect(calls).toHaveLength(0);
  });

  it("refuses the model extractor where no model is bound, and reports a model that fails", async () => {
    const unbound = await extractVia(undefined, { text: TEXT, extractor: "model" });
    expect(unbound.status).toBe(400);
    expect(unbound.body.error).toMatchObject({ code: "invalid_request", details: { pointer: "/extractor" } });

    const failing = await extractVia(modelSaying(new Error("capacity exceeded")), { text: TEXT, extractor: "model" });
    expect(failing.status).toBe(503);
    expect(failing.body.error).toMatchObject({ code: "unavailable", details: { reason: "capacity exceeded" } });

    const garbled = await extractVia(modelSaying("Here are the statements: none"), { text: TEXT, extractor: "model" });
    expect(garbled.status).toBe(503);
    expect(garbled.body.error.code).toBe("unavailable");

    const unknown = await extractVia(undefined, { text: TEXT, extractor: "gpt" });
    expect(unknown.status).toBe(400);
  });

  it("reads a JSON answer a model fenced as a string, and refuses a text too long for the model", async () => {
    const fenced =
      '```json\n{"actors":[{"ref":"a1","name":"Russia","kind":"state"},{"ref":"a2","name":"United States","kind":"state"}],"statements":[{"quote":"Moscow accused Washington of sabotaging the talks","speaksFor":"a1","targets":["a2"],"category":"accusation"}]}\n```';
    const { status, body } = await extractVia(modelSaying(fenced), { text: TEXT, extractor: "model" });
    expect(status).toBe(200);
    expect(body.statements).toHaveLength(1);
    expect(body.actors.map((a: { name: string }) => a.name)).toEqual(["Russia", "United States"]);

    const long = `${TEXT} `.repeat(400);
    const tooLong = await extractVia(modelSaying({ actors: [], statements: [] }), { text: long, extractor: "model" });
    expect(tooLong.status).toBe(413);
    expect(tooLong.body.error.code).toBe("payload_too_large");
  });
});
