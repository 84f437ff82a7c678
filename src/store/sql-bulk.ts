// Many rows in one statement. Durable Object SQLite binds at most 100 parameters a statement, so a
// multi-row VALUES list holds a dozen rows at most and a 1,000-event append took hundreds of
// statements. Instead the rows travel as one JSON array in one bound parameter, and the statement
// reads them with json_each: one statement per table per append, whatever the batch size.

/** Largest JSON text bound at once: well under the 2 MB a Durable Object allows for one value. */
const MAX_PAYLOAD_CHARS = 500_000;

/**
 * Run `statement` over `rows`, chunked so no bound JSON text exceeds the limit. The statement reads
 * the rows as `json_each(?1)` (each row an array: `value ->> 0`, `value ->> 1`…); `extra` values
 * are bound as ?2, ?3….
 */
export function bulk(sql: SqlStorage, statement: string, rows: readonly unknown[][], ...extra: SqlStorageValue[]) {
  let parts: string[] = [];
  let chars = 0;
  const run = () => {
    if (parts.length === 0) return;
    sql.exec(statement, `[${parts.join(",")}]`, ...extra);
    parts = [];
    chars = 0;
  };
  for (const row of rows) {
    const text = JSON.stringify(row);
    if (chars + text.length > MAX_PAYLOAD_CHARS) run();
    parts.push(text);
    chars += text.length + 1;
  }
  run();
}
