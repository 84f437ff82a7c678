// Actors as identified: who they are, what they are called, whom they belong to.
import type { ActorKind } from "../actor-kind";
import type { StoredEventOf } from "../events";
import type { Projection } from "./projection";

export interface ActorDoc {
  actorId: string;
  name: string;
  kind: ActorKind;
  parentId?: string;
  aliases: string[];
  code?: string;
  role?: string;
  identifiedAtSeq: number;
}

export const actorsProjection: Projection = {
  name: "actors",
  version: 1,
  evolve(store, event) {
    if (event.type !== "actor.identified") return;
    const { data } = event as StoredEventOf<"actor.identified">;
    const doc: ActorDoc = {
      actorId: data.actorId,
      name: data.name,
      kind: data.kind,
      aliases: data.aliases ?? [],
      identifiedAtSeq: event.seq,
      ...(data.parentId ? { parentId: data.parentId } : {}),
      ...(data.code ? { code: data.code } : {}),
      ...(data.role ? { role: data.role } : {}),
    };
    store.put("actors", data.actorId, doc);
  },
};
