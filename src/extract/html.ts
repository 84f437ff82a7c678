// "Simple HTML" to text: the route strips markup before extracting, so offsets refer to the text
// the editor sees. Block elements become line breaks (paragraphs); entities are decoded.

const BLOCK =
  /^(?:p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|header|footer|tr|table|pre|figure|figcaption|hr)$/i;

/** True when the input looks like markup rather than prose that happens to contain "<". */
export function looksLikeHtml(input: string): boolean {
  return /<\s*(?:html|body|p|div|br|span|a|h[1-6]|article|section|ul|ol|li|blockquote|em|strong|b|i)\b[^>]*>/i.test(
    input,
  );
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  laquo: "«",
  raquo: "»",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code =
        body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      // Lone surrogates and out-of-range code points would make the text ill-formed: keep them as written.
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

// Elements whose content is never the article's prose: code, styles, and the page furniture a pasted
// web page brings along (menus, sidebars of related links, forms, share buttons, embedded frames).
// Their words would otherwise become paragraphs of the source, and their headlines ("Russia blames
// US for ...", a related story) proposals.
const NOT_PROSE =
  /<(script|style|noscript|template|nav|aside|form|button|select|svg|iframe)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;

/** Markup to plain text: scripts, styles, page furniture and comments dropped, block elements as line breaks. */
export function htmlToText(html: string): string {
  const withoutHidden = html.replace(/<!--[\s\S]*?(?:-->|$)/g, "").replace(NOT_PROSE, "");
  const flattened = withoutHidden.replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (_tag, name: string) =>
    BLOCK.test(name) ? "\n" : "",
  );
  const decoded = decodeEntities(flattened.replace(/<[^>]*$/, ""));
  return decoded
    .split("\n")
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, " ").trim())
    .filter((line) => line.length > 0)
    .join("\n");
}
