// The OpenAPI contract: valid OpenAPI 3.1 by an independent validator, and listing every route the
// app serves (and no route it does not). Runs in Node: the validator compiles schemas with
// `new Function`, which workerd forbids.
import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app";
import { openApiDocument } from "../../src/http/openapi";

describe("the OpenAPI contract", () => {
  it("is valid OpenAPI 3.1", async () => {
    const document = openApiDocument("https://ledger.example");
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, JSON.stringify("errors" in result ? result.errors : [], null, 2).slice(0, 2000)).toBe(true);
    expect(document.openapi).toBe("3.1.0");
    // The validator is live: the same document with a parameter missing its location is refused.
    const broken = structuredClone(document) as {
      paths: Record<string, Record<string, { parameters: Array<{ in?: string }> }>>;
    };
    delete broken.paths["/v1/dossiers/{dossierId}"]?.get?.parameters[0]?.in;
    expect((await validate(broken as never)).valid).toBe(false);
  });

  it("documents every route the app serves, and nothing else", () => {
    const served = new Set(
      createApp()
        .routes.filter((route) => route.method !== "ALL")
        .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, "{$1}")}`),
    );
    const documented = new Set(
      Object.entries(openApiDocument().paths).flatMap(([path, methods]) =>
        Object.keys(methods).map((m) => `${m} ${path}`),
      ),
    );
    expect([...served].filter((route) => !documented.has(route))).toEqual([]);
    expect([...documented].filter((route) => !served.has(route))).toEqual([]);
  });

  it("describes the append body with the event catalogue's own schemas", () => {
    const append = openApiDocument().paths["/v1/dossiers/{dossierId}/events"]?.post as {
      requestBody: {
        content: { "application/json": { schema: { properties: { events: { items: { anyOf: unknown[] } } } } } };
      };
    };
    const variants = append.requestBody.content["application/json"].schema.properties.events.items.anyOf;
    expect(variants).toHaveLength(8);
    expect(JSON.stringify(variants)).toContain('"const":"claim.rebutted"');
  });
});
