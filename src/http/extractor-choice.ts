// Which extractor reads a text: the offline rules (the default, always there) or a language model
// through the deployment's Workers AI binding (only when one is bound). Shared by the stateless
// extract route and by readings of a dossier's sources.
import { z } from "zod";
import type { Env } from "../env";
import { ApiError } from "../errors";
import { EXTRACTOR, extract } from "../extract";
import { EXTRACTOR_CHOICES, type ExtractInput, type Extraction } from "../extract/contract";
import { DEFAULT_MODEL, extractWithModel, MODEL_EXTRACTOR } from "../extract/model";

export const ExtractorChoice = z
  .enum(EXTRACTOR_CHOICES)
  .describe(
    "rules (the default): the offline extractor. model: a language model through the deployment's Workers AI binding, its quotes checked against the text",
  );
export type ExtractorChoice = z.infer<typeof ExtractorChoice>;

/** The name the chosen extractor signs its proposals with. */
export const extractorNameOf = (choice: ExtractorChoice) => (choice === "model" ? MODEL_EXTRACTOR : EXTRACTOR).name;

/**
 * The chosen extractor, ready to read: checked once, before any work, so a deployment without a
 * model refuses at once and never falls back to the rules unasked.
 */
export function extractorFor(env: Env, choice: ExtractorChoice): (input: ExtractInput) => Promise<Extraction> {
  if (choice === "rules") return async (input) => extract(input);
  const ai = env.AI;
  if (!ai) {
    throw new ApiError("invalid_request", "this deployment has no language model (a Workers AI binding named AI)", {
      pointer: "/extractor",
    });
  }
  return (input) => extractWithModel(ai, env.EXTRACT_MODEL || DEFAULT_MODEL, input);
}
