// Which extractor reads a text: the offline rules (the default, always there) or a language model
// through the deployment's Workers AI binding (only when one is bound). Shared by the stateless
// extract route and by readings of a dossier's sources.
import { z } from "zod";
import type { Env } from "../env";
import { ApiError } from "../errors";
import { EXTRACTOR, extract } from "../extract";
import type { ExtractInput, Extraction } from "../extract/contract";
import { DEFAULT_MODEL, extractWithModel, MODEL_EXTRACTOR } from "../extract/model";

export const ExtractorChoice = z
  .enum(["rules", "model"])
  .describe(
    "rules (the default): the offline extractor. model: a language model through the deployment's Workers AI binding, its quotes checked against the text",
  );
export type ExtractorChoice = z.infer<typeof ExtractorChoice>;

/** The name the chosen extractor signs its proposals with. */
export const extractorNameOf = (choice: ExtractorChoice) => (choice === "model" ? MODEL_EXTRACTOR : EXTRACTOR).name;

/** Refuse the model before any work when this deployment has none. */
export function assertExtractorAvailable(env: Env, choice: ExtractorChoice): void {
  if (choice === "model" && !env.AI) {
    throw new ApiError("invalid_request", "this deployment has no language model (a Workers AI binding named AI)", {
      pointer: "/extractor",
    });
  }
}

export async function runExtractor(env: Env, choice: ExtractorChoice, input: ExtractInput): Promise<Extraction> {
  assertExtractorAvailable(env, choice);
  return choice === "model" && env.AI
    ? extractWithModel(env.AI, env.EXTRACT_MODEL || DEFAULT_MODEL, input)
    : extract(input);
}
