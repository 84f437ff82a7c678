// Checkpoints for appends that arrive together: one signature of the latest size for every append
// that finished before it was made. A checkpoint proves every event up to its size, so it covers
// each of those appends (as a log's periodic tree head does); an append alone gets its own size.
import type { CheckpointView } from "./checkpoint-signer";

type Signing = { batch: { size: number | null }; view: Promise<CheckpointView> };

export class SharedCheckpoints {
  private signing: Signing | undefined;
  /** The root the latest append computed, so the head is signed without re-reading the tree. */
  private latest: { size: number; root: Uint8Array } | undefined;

  constructor(
    /** The dossier's current size. */
    private readonly version: () => number,
    /** Sign the head of `size` with `root`, or (no root known) the head of `size` read from the tree. */
    private readonly sign: (size: number, root?: Uint8Array) => Promise<CheckpointView>,
  ) {}

  /** An append of the tree up to `size` has committed with this root. */
  appended(size: number, root: Uint8Array): void {
    this.latest = { size, root };
  }

  /** A signed checkpoint whose size is at least `size`. */
  covering(size: number): Promise<CheckpointView> {
    const signing = this.signing;
    // Not yet started (it will sign the latest size), or started at this size or later: shared.
    if (signing && (signing.batch.size === null || signing.batch.size >= size)) return signing.view;
    const batch: { size: number | null } = { size: null };
    const view = (async () => {
      // One turn of the event loop: appends already delivered finish first and wait for this one.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const size = this.version();
      batch.size = size;
      try {
        return await this.sign(size, this.latest?.size === size ? this.latest.root : undefined);
      } finally {
        if (this.signing?.batch === batch) this.signing = undefined;
      }
    })();
    this.signing = { batch, view };
    return view;
  }
}
