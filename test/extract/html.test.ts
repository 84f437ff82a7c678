// Simple HTML to text: block elements become paragraphs, entities are decoded, scripts dropped.
import { describe, expect, it } from "vitest";
import { extract, htmlToText, looksLikeHtml } from "../../src/extract";

describe("htmlToText", () => {
  it("makes each block a paragraph and decodes entities", () => {
    const html =
      "<article><h1>Talks stall</h1><p>Russia&rsquo;s envoy said <b>no</b>.</p><p>&ldquo;We deny it,&rdquo; he said &amp; left.</p></article>";
    expect(htmlToText(html)).toBe("Talks stall\nRussia’s envoy said no.\n“We deny it,” he said & left.");
  });

  it("drops scripts, styles and comments, and survives malformed markup", () => {
    expect(
      htmlToText("<p>One<script>alert(1)</script></p><!-- hidden --><style>p{}</style><p>Two</p><p>Three <b"),
    ).toBe("One\nTwo\nThree");
    expect(htmlToText("<div><p>Unclosed <i>italic</div>&#x1F600; &#0; &#xD800; &bogus;")).toBe(
      "Unclosed italic\n😀 &#0; &#xD800; &bogus;",
    );
  });

  it("keeps a pasted page's article and drops its menus, related links, forms and share buttons", () => {
    const page = [
      "<html><body><nav><ul><li>World</li><li>Business</li></ul></nav>",
      "<article><h1>Kyiv blames Moscow for blackout</h1>",
      "<p>Ukraine accused Russia of striking the grid, the energy ministry said.</p>",
      "<aside><h2>Related</h2><p>Russia blames NATO for drone attack</p></aside>",
      "<button>Share</button><form><input name=q><select><option>English</option></select></form>",
      '<iframe src="https://example.com/ad">Advertisement</iframe>',
      "<p>Moscow denied it.</p></article></body></html>",
    ].join("");
    const text = htmlToText(page);
    expect(text).toBe(
      "Kyiv blames Moscow for blackout\nUkraine accused Russia of striking the grid, the energy ministry said.\nMoscow denied it.",
    );
    expect(extract({ text }).statements.map((s) => s.quote)).not.toContain("Russia blames NATO for drone attack");
  });

  it("tells markup from prose that happens to contain a bracket", () => {
    expect(looksLikeHtml("<p>Text</p>")).toBe(true);
    expect(looksLikeHtml("Growth was < 2% and > 1%, officials said.")).toBe(false);
  });

  it("gives offsets into the stripped text", () => {
    const text = htmlToText("<p>“Moscow is bombing hospitals,” John Kirby, a State Department spokesman, said.</p>");
    const [statement] = extract({ text }).statements;
    expect(statement && text.slice(statement.start, statement.end)).toBe("Moscow is bombing hospitals");
  });
});
