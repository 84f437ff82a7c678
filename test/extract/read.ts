// The extractor's statements with their actors' names in place of refs, for readable expectations
// (shared by the extractor's tests).
import { extract } from "../../src/extract";
import type { ExtractInput, Extraction, ProposedStatement } from "../../src/extract/contract";

export function readExtraction(input: ExtractInput | string) {
  const extraction: Extraction = extract(typeof input === "string" ? { text: input } : input);
  const byRef = new Map(extraction.actors.map((actor) => [actor.ref, actor]));
  const top = (ref: string | null | undefined): string | undefined => {
    let actor = ref ? byRef.get(ref) : undefined;
    while (actor?.parentRef) actor = byRef.get(actor.parentRef);
    return actor?.name;
  };
  const statements = extraction.statements.map((s: ProposedStatement) => ({
    ...s,
    speakerName: s.speaker?.name,
    forName: s.speaksFor ? byRef.get(s.speaksFor)?.name : undefined,
    forParent: s.speaksFor ? byRef.get(byRef.get(s.speaksFor)?.parentRef ?? "")?.name : undefined,
    forTop: top(s.speaksFor),
    targetNames: s.targets.map((ref) => byRef.get(ref)?.name),
    targetTops: s.targets.map(top),
    via: s.intermediary ? byRef.get(s.intermediary)?.name : undefined,
  }));
  return { extraction, statements, byRef };
}

/** The name of the state or top body an actor of an extraction rolls up to. */
export function topName(extraction: Extraction, ref: string | null | undefined): string | undefined {
  let actor = extraction.actors.find((a) => a.ref === ref);
  for (let depth = 0; actor?.parentRef && depth < 10; depth++)
    actor = extraction.actors.find((a) => a.ref === actor?.parentRef);
  return actor?.name;
}
