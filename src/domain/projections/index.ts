// Every projection, applied in order to each event. The blame edges run before the claims because
// they need each claim as it was before the event.
import type { StoredEvent } from "../events";
import { actorsProjection } from "./actors";
import { blameEdgesProjection } from "./blame-edges";
import { claimsProjection } from "./claims";
import type { DocStore } from "./doc-store";
import type { Projection } from "./projection";
import { proposalsProjection } from "./proposals";
import { sourcesProjection } from "./sources";
import { timelineProjection } from "./timeline";

export const projections: readonly Projection[] = [
  actorsProjection,
  sourcesProjection,
  blameEdgesProjection,
  claimsProjection,
  timelineProjection,
  proposalsProjection,
];

/** Changes whenever any projection's version does: stored documents of another value are rebuilt. */
export const PROJECTIONS_VERSION = projections.reduce((sum, projection) => sum * 100 + projection.version, 0);

/** The record alone, without a dossier's review queue: what the global view folds. */
export const recordProjections: readonly Projection[] = projections.filter(
  (projection) => projection !== proposalsProjection,
);

export function applyEvent(store: DocStore, event: StoredEvent, which: readonly Projection[] = projections): void {
  for (const projection of which) projection.evolve(store, event);
}
