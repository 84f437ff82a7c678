// The kinds of party that blame or are blamed: shared by the event catalogue and the extractor.
import { z } from "zod";

export const ActorKind = z.enum(["state", "government", "armed_group", "organisation", "media", "person"]);
export type ActorKind = z.infer<typeof ActorKind>;
