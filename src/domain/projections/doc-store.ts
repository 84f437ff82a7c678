// The state a projection folds into: documents keyed by collection and key.
// Projections read and write through this interface only, so the same pure `evolve`
// runs over an in-memory map (tests, replays, time travel) or over the Durable Object's
// SQLite tables (inline on append, chunked rebuilds).

export interface DocStore {
  get<T>(collection: string, key: string): T | undefined;
  put<T>(collection: string, key: string, doc: T): void;
  delete(collection: string, key: string): void;
  /**
   * Every current document of a collection (whose key starts with `prefix`, if given), in key order;
   * with `page`, only those after the key `after`, at most `limit` of them.
   */
  list<T>(collection: string, prefix?: string, page?: Page): Array<{ key: string; doc: T }>;
}

/** A slice of a key-ordered list: keys greater than `after`, at most `limit`. */
export interface Page {
  after?: string;
  limit?: number;
}

/** Apply a page to entries already in key order. */
export function pageOf<E extends { key: string }>(entries: E[], page: Page | undefined): E[] {
  if (!page) return entries;
  const after = page.after;
  const kept = after === undefined ? entries : entries.filter((entry) => entry.key > after);
  return page.limit === undefined ? kept : kept.slice(0, page.limit);
}

/** The plain in-memory store: a fold from event zero with no database at all. */
export class MemoryDocStore implements DocStore {
  private readonly collections = new Map<string, Map<string, unknown>>();

  get<T>(collection: string, key: string): T | undefined {
    return this.collections.get(collection)?.get(key) as T | undefined;
  }

  put<T>(collection: string, key: string, doc: T): void {
    let docs = this.collections.get(collection);
    if (!docs) {
      docs = new Map();
      this.collections.set(collection, docs);
    }
    docs.set(key, structuredClone(doc));
  }

  delete(collection: string, key: string): void {
    this.collections.get(collection)?.delete(key);
  }

  list<T>(collection: string, prefix = "", page?: Page): Array<{ key: string; doc: T }> {
    const docs = this.collections.get(collection);
    if (!docs) return [];
    const keys = [...docs.keys()].filter((key) => key.startsWith(prefix)).sort();
    return pageOf(
      keys.map((key) => ({ key })),
      page,
    ).map(({ key }) => ({ key, doc: docs.get(key) as T }));
  }

  /** Every document, for equality checks between a rebuild and the inline projection. */
  snapshot(): Record<string, Record<string, unknown>> {
    const out: Record<string, Record<string, unknown>> = {};
    for (const name of [...this.collections.keys()].sort()) {
      out[name] = Object.fromEntries(this.list(name).map(({ key, doc }) => [key, doc]));
    }
    return out;
  }
}
