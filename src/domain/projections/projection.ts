// The shape every projection has: a name, a version, and a pure fold over stored events.
import type { StoredEvent } from "../events";
import type { DocStore } from "./doc-store";

export interface Projection {
  /** Prefix of the collections this projection owns, e.g. "claims". */
  readonly name: string;
  /** Bump when `evolve` changes meaning: stored documents of another version are rebuilt. */
  readonly version: number;
  /** Apply one event. Must be deterministic: same store, same event, same writes. */
  evolve(store: DocStore, event: StoredEvent): void;
}
