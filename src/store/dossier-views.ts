// What a dossier's object answers its callers: the shapes that cross the RPC boundary.
import type { StoredEvent } from "../domain/events";
import type { ProposalStatus } from "../domain/projections/proposals";
import type { KnownActor, KnownClaim } from "../extract/contract";
import type { CheckpointView } from "./checkpoint-signer";
import type { RebuildState } from "./rebuild";

export interface AppendResult {
  dossierId: string;
  fromSeq: number;
  toSeq: number;
  version: number;
  /** True when every event was already stored: nothing new was written. */
  idempotentReplay: boolean;
  /** The proposals the extractor made from the batch's sources, stored after it (seq toSeq + 1 on). */
  proposalIds?: string[];
  checkpoint: CheckpointView;
}

export type AppendPositions = Pick<AppendResult, "fromSeq" | "toSeq" | "idempotentReplay" | "proposalIds"> & {
  /** The tree's new root, when the append stored something: its checkpoint is signed with it. */
  root?: Uint8Array;
};

export interface ReviewResult {
  dossierId: string;
  proposalId: string;
  status: ProposalStatus;
  /** The claim the proposal became, or the claim it answers. */
  claimId?: string;
  /** The decision's event, then the events it caused. */
  eventIds: string[];
  fromSeq: number;
  toSeq: number;
  version: number;
  idempotentReplay: boolean;
  checkpoint: CheckpointView;
}

export interface ProjectionStatus {
  activeGeneration: number;
  projectionsVersion: number;
  version: number;
  rebuild: RebuildState | null;
}

export interface DossierInfo {
  dossierId: string;
  title: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  counts: Record<string, number>;
}

export interface EventPage {
  dossierId: string;
  version: number;
  events: StoredEvent[];
  /** Pass as `after` (forward) or `before` (backward) for the next page; null at the end. */
  next: number | null;
}

/** A reading of a source already in the dossier: the proposals it made (or had made before). */
export interface ReadingResult {
  dossierId: string;
  sourceId: string;
  extractor: { name: string; version: string };
  proposalIds: string[];
  version: number;
  /** True when this extractor had read the source before: its earlier proposals are answered. */
  idempotentReplay: boolean;
  checkpoint: CheckpointView;
}

/** What the Worker needs to read a source: the reading already made, or the text to read. */
export type SourceReading =
  | { read: ReadingResult }
  | {
      toRead: {
        text: string;
        title: string;
        publishedAt?: string;
        known: { actors: KnownActor[]; claims: KnownClaim[] };
      };
    };
