// What this Worker isolate last learned of each dossier: its version, and the answers it rendered
// at that version. Repeat reads and 304s are answered from here without asking the dossier's
// Durable Object (one object is single-threaded; the edge is not). A version learned from the
// object is trusted for VERSION_TTL_MS at most; a write through this isolate refreshes it at once.

/** How stale a read may be at most, when it does not ask to wait for a version. */
export const VERSION_TTL_MS = 1_000;
const MAX_CACHED_ANSWERS = 256;
const MAX_CACHED_BYTES = 2_000_000;

interface KnownVersion {
  version: number;
  updatedAt: string | null;
  learnedAt: number;
}

export interface CachedAnswer {
  version: number;
  body: string;
  contentType: string;
  headers: Record<string, string>;
}

const versions = new Map<string, KnownVersion>();
const answers = new Map<string, CachedAnswer>();

export function learnVersion(dossierId: string, version: number, updatedAt: string | null): void {
  const known = versions.get(dossierId);
  // Versions only grow: a slower, older answer must not move the cache backwards.
  if (known && known.version > version && Date.now() - known.learnedAt < VERSION_TTL_MS) return;
  versions.set(dossierId, { version, updatedAt, learnedAt: Date.now() });
}

export function freshVersion(dossierId: string): KnownVersion | undefined {
  const known = versions.get(dossierId);
  return known && Date.now() - known.learnedAt <= VERSION_TTL_MS ? known : undefined;
}

export function cachedAnswer(key: string, version: number): CachedAnswer | undefined {
  const found = answers.get(key);
  if (!found || found.version !== version) return undefined;
  answers.delete(key); // re-insert: most recently used last
  answers.set(key, found);
  return found;
}

/** Whether an answer for `key` is kept, at any version: worth asking the object which version is current. */
export function hasCachedAnswer(key: string): boolean {
  return answers.has(key);
}

export function cacheAnswer(key: string, answer: CachedAnswer): void {
  if (answer.body.length > MAX_CACHED_BYTES) return;
  answers.delete(key);
  answers.set(key, answer);
  while (answers.size > MAX_CACHED_ANSWERS) {
    const oldest = answers.keys().next().value;
    if (oldest === undefined) break;
    answers.delete(oldest);
  }
}

/** For tests: forget everything this isolate knows. */
export function clearEdgeCache(): void {
  versions.clear();
  answers.clear();
}
