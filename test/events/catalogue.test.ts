// The published event catalogue (events/schemas) must be exactly what the code validates with.
import { describe, expect, it } from "vitest";
import { catalogueSchemas } from "../../src/domain/catalogue-schemas";
import { eventCatalogue } from "../../src/domain/events";

const published = import.meta.glob<{ default: unknown }>("../../events/schemas/*.json", { eager: true });
const publishedByFile = Object.fromEntries(
  Object.entries(published).map(([path, module]) => [path.split("/").pop() as string, module.default]),
);

describe("the event catalogue in events/", () => {
  it("has one schema per event type and version, and no other", () => {
    const expected = Object.entries(eventCatalogue).map(([type, entry]) => `${type}.v${entry.version}.json`);
    expect(Object.keys(publishedByFile).sort()).toEqual(expected.sort());
  });

  it("matches the schemas generated from the code (run `npm run catalogue` after changing events.ts)", () => {
    for (const [file, schema] of Object.entries(catalogueSchemas())) {
      expect(publishedByFile[file], file).toEqual(schema);
    }
  });
});
