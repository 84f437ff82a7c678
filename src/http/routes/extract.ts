// Stateless extraction: an article's text in, proposed actors and statements out. Nothing is stored;
// with a dossierId the names resolve to that dossier's actors and answers link to its claims.
import { Hono } from "hono";
import { z } from "zod";
import { DateOrDateTime, Slug } from "../../domain/events";
import type { Env } from "../../env";
import { ApiError } from "../../errors";
import { htmlToText, looksLikeHtml } from "../../extract";
import { MAX_EXTRACT_CHARS, NOT_TEXT } from "../../extract/contract";
import { type AuthVariables, authorize } from "../auth/middleware";
import { parseBody, readJsonBody } from "../body";
import { unwrap } from "../errors";
import { ExtractorChoice, extractorFor } from "../extractor-choice";
import { dossierStub } from "./dossiers";

export const ExtractRequest = z
  .object({
    text: z.string().describe(`The article: plain text or simple HTML, at most ${MAX_EXTRACT_CHARS} characters`),
    format: z.enum(["text", "html"]).optional().describe("Default: HTML when the text looks like markup"),
    title: z.string().max(500).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    publishedAt: DateOrDateTime.optional(),
    dossierId: Slug.optional().describe("Resolve actors and answered claims against this dossier"),
    extractor: ExtractorChoice.optional(),
  })
  .strict();

/** Markup that ends inside a tag or a comment was cut off or is not HTML: refuse rather than guess. */
function malformedHtmlAt(html: string): number | null {
  const lastOpen = html.lastIndexOf("<");
  if (lastOpen >= 0 && /^<[a-zA-Z/!]/.test(html.slice(lastOpen, lastOpen + 2)) && !html.includes(">", lastOpen)) {
    return lastOpen;
  }
  const comment = html.lastIndexOf("<!--");
  if (comment >= 0 && !html.includes("-->", comment + 4)) return comment;
  return null;
}

/** The text to read: validated, and stripped of markup when it is HTML. */
export function articleText(text: string, format: "text" | "html" | undefined): { text: string; stripped: boolean } {
  if (text.length > MAX_EXTRACT_CHARS) {
    throw new ApiError("payload_too_large", `the text is longer than ${MAX_EXTRACT_CHARS} characters`, {
      limit: MAX_EXTRACT_CHARS,
      received: text.length,
    });
  }
  const binaryAt = text.search(NOT_TEXT);
  if (binaryAt >= 0) {
    throw new ApiError("invalid_request", "the text holds control characters: send text, not binary data", {
      pointer: "/text",
      offset: binaryAt,
    });
  }
  const isHtml = format === "html" || (format === undefined && looksLikeHtml(text));
  let readable = text;
  if (isHtml) {
    const at = malformedHtmlAt(text);
    if (at !== null) {
      throw new ApiError("invalid_request", "the HTML is malformed: it ends inside a tag or a comment", {
        pointer: "/text",
        offset: at,
      });
    }
    readable = htmlToText(text);
  }
  if (readable.trim() === "") {
    throw new ApiError("invalid_request", isHtml ? "the HTML holds no text" : "the text is empty", {
      pointer: "/text",
    });
  }
  return { text: readable, stripped: isHtml };
}

export const extractRoutes = new Hono<{ Bindings: Env; Variables: AuthVariables }>().post("/extract", async (c) => {
  authorize(c, "write");
  const request = parseBody(ExtractRequest, await readJsonBody(c));
  const read = extractorFor(c.env, request.extractor ?? "rules");
  const { text, stripped } = articleText(request.text, request.format);
  const known = request.dossierId
    ? unwrap(await dossierStub(c.env, request.dossierId).extractionContext(request.dossierId))
    : undefined;
  const input = {
    text,
    ...(request.title ? { title: request.title } : {}),
    ...(request.publishedAt ? { publishedAt: request.publishedAt } : {}),
    ...(known ? { known } : {}),
  };
  const extraction = await read(input);
  // Offsets refer to the text read: when markup was stripped, that text is part of the answer.
  return c.json({
    ...(request.dossierId ? { dossierId: request.dossierId } : {}),
    ...extraction,
    ...(stripped ? { text } : {}),
  });
});
