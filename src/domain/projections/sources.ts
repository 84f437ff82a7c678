// Sources as added: publisher, title, where and when, and the text every quote must stand in.
import type { StoredEventOf } from "../events";
import type { Projection } from "./projection";

export type SourceDoc = StoredEventOf<"source.added">["data"] & { addedAtSeq: number };

export const sourcesProjection: Projection = {
  name: "sources",
  version: 1,
  evolve(store, event) {
    if (event.type !== "source.added") return;
    const { data } = event as StoredEventOf<"source.added">;
    store.put<SourceDoc>("sources", data.sourceId, { ...data, addedAtSeq: event.seq });
  },
};
