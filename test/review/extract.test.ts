// POST /v1/extract: the stateless extractor over HTTP, with its size limit and the refusal of
// input that is not text; with a dossierId, names resolve to that dossier's actors.
import { describe, expect, it } from "vitest";
import { MAX_EXTRACT_CHARS } from "../../src/extract/contract";
import { append, asReader, asWriter, get, opened, post, readAll, uniqueId } from "../fixtures";

const TEXT =
  "Moscow accused Washington of sabotaging the talks, the Russian foreign ministry said in a statement on Tuesday.";

type Statement = { quote: string; start: number; end: number; speaksFor: string | null; targets: string[] };
type Actor = { ref: string; name: string; actorId?: string; parentRef?: string };

describe("POST /v1/extract", () => {
  it("proposes statements whose quotes are the text at their offsets, and stores nothing", async () => {
    const before = await get("/v1/dossiers");
    const response = await post("/v1/extract", { text: TEXT, title: "Talks" });
    expect(response.status).toBe(200);
    const { statements, actors, extractor } = response.body as {
      statements: Statement[];
      actors: Actor[];
      extractor: { name: string; version: string };
    };
    expect(extractor.name).toBeTruthy();
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(TEXT.slice(statement.start, statement.end)).toBe(statement.quote);
    const names = actors.map((actor) => actor.name);
    expect(names).toEqual(expect.arrayContaining(["Russia", "United States"]));
    expect(response.body.text).toBeUndefined();
    expect((await get("/v1/dossiers")).body).toEqual(before.body);
  });

  it("strips simple HTML first and answers with the text its offsets refer to", async () => {
    const html = `<article><h1>Talks</h1><p>${TEXT.replace("Moscow", "<b>Moscow</b>")}</p></article>`;
    const response = await post("/v1/extract", { text: html });
    expect(response.status).toBe(200);
    const text = response.body.text as string;
    expect(text).toContain(TEXT);
    expect(text).not.toContain("<");
    for (const statement of response.body.statements as Statement[]) {
      expect(text.slice(statement.start, statement.end)).toBe(statement.quote);
    }
  });

  it("resolves names to the dossier's actors and their aliases when given a dossierId", async () => {
    const dossierId = uniqueId("extract");
    await append(dossierId, [
      opened(),
      {
        id: uniqueId("a"),
        type: "actor.identified",
        data: { actorId: "rf", name: "Russian Federation", kind: "state", aliases: ["Russia", "Moscow"] },
      },
    ]);
    const version = (await readAll(dossierId)).length;
    const response = await post("/v1/extract", { text: TEXT, dossierId });
    expect(response.status).toBe(200);
    const resolved = (response.body.actors as Actor[]).filter((actor) => actor.actorId === "rf");
    expect(resolved.length).toBeGreaterThan(0);
    expect((await readAll(dossierId)).length).toBe(version);
    expect((await post("/v1/extract", { text: TEXT, dossierId: uniqueId("nowhere") })).status).toBe(404);
  });

  it("answers input that is not an article with a 4xx in the common shape", async () => {
    const cases: Array<[string, unknown, number, string]> = [
      ["empty", { text: "" }, 400, "invalid_request"],
      ["blank", { text: " \n\t " }, 400, "invalid_request"],
      ["binary", { text: "PK\u0003\u0004\u0000\u0000binary" }, 400, "invalid_request"],
      ["malformed HTML", { text: "<p>Moscow accused Washington <b class=", format: "html" }, 400, "invalid_request"],
      ["HTML without text", { text: "<div><img src=x></div>" }, 400, "invalid_request"],
      ["not a string", { text: 42 }, 400, "invalid_request"],
      ["unknown field", { text: TEXT, colour: "red" }, 400, "invalid_request"],
      ["oversized", { text: "a".repeat(MAX_EXTRACT_CHARS + 1) }, 413, "payload_too_large"],
    ];
    for (const [name, body, status, code] of cases) {
      const response = await post("/v1/extract", body);
      expect(response.status, name).toBe(status);
      expect(response.body.error.code, name).toBe(code);
    }
    const notJson = await post("/v1/extract", "text=hello", { ...asWriter, "content-type": "text/plain" });
    expect(notJson.status).toBe(415);
    expect((await post("/v1/extract", { text: TEXT }, asReader)).status).toBe(403);
    expect((await post("/v1/extract", { text: TEXT }, {})).status).toBe(401);
  });
});
