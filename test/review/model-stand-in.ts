// A stand-in for the Workers AI binding, for the routes that can ask a model: it answers as Workers
// AI does ({ response }), records what it was asked, and fails when given an Error. The app is
// called with the binding added to the test's real environment, so the routes, the dossiers' objects
// and the checks are the real ones; only the model is not.
import { createExecutionContext, env } from "cloudflare:test";
import type { Env } from "../../src/env";
import type { ModelRunner } from "../../src/extract/model";
import { createApp } from "../../src/http/app";
import { asWriter } from "../fixtures";

const app = createApp();

export type ModelCall = { model: string; inputs: Record<string, unknown> };

export function modelSaying(response: unknown, calls: ModelCall[] = []): ModelRunner {
  return {
    async run(model, inputs) {
      calls.push({ model, inputs });
      if (response instanceof Error) throw response;
      return { response };
    },
  };
}

/** The last message a call sent: the one that carries the article. */
export const askedText = (call: ModelCall | undefined) =>
  (call?.inputs.messages as Array<{ content: string }> | undefined)?.at(-1)?.content ?? "";

/** POST as a writer, with `ai` bound as AI (or no binding at all); no body when `body` is undefined. */
export async function postWithModel(ai: ModelRunner | undefined, path: string, body?: unknown) {
  const request = new Request(`http://ledger.test${path}`, {
    method: "POST",
    headers: { ...asWriter, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const response = await app.fetch(request, { ...(env as Env), AI: ai } as Env, createExecutionContext());
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

/** A model's reading of "Moscow accused Washington of sabotaging the talks. “We did no such thing,” ..." */
export const TALKS_ACTORS = [
  { ref: "a1", name: "Russia", kind: "state", aliases: ["Moscow"] },
  { ref: "a2", name: "United States", kind: "state", aliases: ["Washington"] },
];
export const TALKS_ACCUSATION = {
  quote: "Moscow accused Washington of sabotaging the talks",
  speaksFor: "a1",
  targets: ["a2"],
  category: "accusation",
};
export const TALKS_DENIAL = {
  quote: "We did no such thing",
  speaksFor: "a2",
  targets: ["a1"],
  category: "denial",
  answers: 0,
};
