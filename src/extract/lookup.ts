// The gazetteer read at a token: the actor a phrase names there, with the institution a head noun
// after a country gives ("Russian Foreign Ministry", "Syria's government forces").
import { institutionOf, lookupHead, lookupPhrase } from "./gazetteer";
import type { Token } from "./text";

/** The gazetteer actor named at token `at`, with the institution its head noun gives. */
export function gazetteerAt(
  tokens: Token[],
  at: number,
  text: string,
): { key: string; length: number; asPlace: boolean; form: string } | undefined {
  const token = tokens[at];
  // Names start with a capital, but for the Arabic article ("al Qaeda", "al-Shabaab").
  if (!token?.capital && !/^(?:al|el)(?:-|$)/.test(token?.norm ?? "")) return undefined;
  const found = lookupPhrase(tokens, at);
  if (!found) return undefined;
  const hit = found.hits.find((candidate) => candidate.form !== "demonym") ?? found.hits[0];
  if (!hit) return undefined;
  if (hit.form === "place") return { key: "", length: found.length, asPlace: true, form: "place" };
  const end = at + found.length;
  const last = tokens[end - 1];
  // A state followed by an institution's head ("Russian Foreign Ministry", "Syria's government forces").
  const next = tokens[end];
  const attached = next && last && text.slice(last.end, next.start).trim() === "";
  if (attached && next) {
    const head = lookupHead(tokens, end);
    const institution = head ? institutionOf(hit.id, head.suffix) : undefined;
    if (head && institution)
      return { key: institution.id, length: found.length + head.length, asPlace: false, form: "institution" };
  }
  const demonym = found.hits.find((candidate) => candidate.form === "demonym");
  const form =
    demonym && !found.hits.some((candidate) => candidate.form === "name" && last?.possessive) ? demonym.form : hit.form;
  const key = demonym ? demonym.id : hit.id;
  return { key, length: found.length, asPlace: hit.form === "name" || hit.form === "capital", form };
}
