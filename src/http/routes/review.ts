// An editor's review of the extractor's proposals: accept (with edits) or reject. Accepting appends
// the real events with the proposal as their cause; deciding twice the same way stores nothing twice.
import { type Context, Hono } from "hono";
import { z } from "zod";
import { AcceptEdits } from "../../domain/review/acceptance";
import type { ReviewDecision } from "../../domain/review/decide";
import type { Env } from "../../env";
import { type AuthVariables, authorize } from "../auth/middleware";
import { optionalJsonBody, parseBody, readJsonBody } from "../body";
import { learnVersion } from "../edge-cache";
import { unwrap } from "../errors";
import { dossierStub } from "./dossiers";

export const RejectProposal = z.object({ reason: z.string().trim().min(1).max(1_000) }).strict();

type AppContext = Context<{ Bindings: Env; Variables: AuthVariables }>;

/** Decide on the proposal the path names, as the token's holder; 201, or 200 for a repeated decision. */
async function decide(c: AppContext, principal: ReturnType<typeof authorize>, decision: ReviewDecision) {
  const dossierId = c.req.param("dossierId") as string;
  const proposalId = c.req.param("proposalId") as string;
  const stub = dossierStub(c.env, dossierId);
  const result = unwrap(await stub.reviewProposal(dossierId, proposalId, decision, principal?.name ?? "anonymous"));
  learnVersion(dossierId, result.version, result.checkpoint.timestamp);
  return c.json(result, result.idempotentReplay ? 200 : 201);
}

export const reviewRoutes = new Hono<{ Bindings: Env; Variables: AuthVariables }>()
  .post("/:dossierId/proposals/:proposalId/accept", async (c) => {
    const principal = authorize(c, "write");
    return decide(c, principal, { accept: parseBody(AcceptEdits, await optionalJsonBody(c)) });
  })
  .post("/:dossierId/proposals/:proposalId/reject", async (c) => {
    const principal = authorize(c, "write");
    return decide(c, principal, { reject: parseBody(RejectProposal, await readJsonBody(c)) });
  });
