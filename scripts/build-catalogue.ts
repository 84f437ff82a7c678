// Writes events/schemas/*.json from the zod definitions. Run: npm run catalogue
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { catalogueSchemas } from "../src/domain/catalogue-schemas";

const folder = new URL("../events/schemas/", import.meta.url);
mkdirSync(folder, { recursive: true });
const schemas = catalogueSchemas();
for (const stale of readdirSync(folder)) if (!(stale in schemas)) rmSync(new URL(stale, folder));
for (const [file, schema] of Object.entries(schemas)) {
  writeFileSync(new URL(file, folder), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(schemas).length} schemas to events/schemas/`);
