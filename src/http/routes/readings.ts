// Reading a source already in the dossier: POST .../sources/{sourceId}/readings with an extractor.
// The model is asked here, in the Worker, and only its checked proposals go to the dossier's object,
// so the append transaction never waits on a network call. One reading a source and an extractor:
// asking again answers the first reading's proposals (200) without asking the model again.
import { Hono } from "hono";
import { z } from "zod";
import type { Env } from "../../env";
import { type AuthVariables, authorize } from "../auth/middleware";
import { optionalJsonBody, parseBody, readJsonBody } from "../body";
import { learnVersion } from "../edge-cache";
import { unwrap } from "../errors";
import { ExtractorChoice, extractorFor, extractorNameOf } from "../extractor-choice";
import { dossierStub } from "./dossiers";

export const ReadSource = z.object({ extractor: ExtractorChoice.optional() }).strict();

export const readingRoutes = new Hono<{ Bindings: Env; Variables: AuthVariables }>().post(
  "/:dossierId/sources/:sourceId/readings",
  async (c) => {
    authorize(c, "write");
    const dossierId = c.req.param("dossierId");
    const sourceId = c.req.param("sourceId");
    const extractor = parseBody(ReadSource, await optionalJsonBody(c)).extractor ?? "rules";
    const read = extractorFor(c.env, extractor);
    const stub = dossierStub(c.env, dossierId);
    const reading = unwrap(await stub.sourceReading(dossierId, sourceId, extractorNameOf(extractor)));
    if ("read" in reading) return c.json(reading.read, 200);
    const extraction = await read(reading.toRead);
    const result = unwrap(await stub.recordReading(dossierId, sourceId, extraction));
    learnVersion(dossierId, result.version, result.checkpoint.timestamp);
    return c.json(result, result.proposalIds.length > 0 && !result.idempotentReplay ? 201 : 200);
  },
);
