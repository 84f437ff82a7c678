// Round 29: subjects the extractor never resolved to a side, each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("'the <noun>' is the body named before by a longer name ending in that noun", () => {
  it("'The inspectorate later acknowledged ...' after 'the Coastal Fisheries Inspectorate'", () => {
    const text =
      "Tamsin Fisheries accused the Coastal Fisheries Inspectorate of seizing its nets without a warrant. " +
      "The Coastal Fisheries Inspectorate said its officers had found undersized fish on board.\n\n" +
      "The inspectorate later acknowledged that its officers had kept the nets for a week, but said no rule had been broken.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("kept the nets"));
    expect(s?.forName).toBe("Coastal Fisheries Inspectorate");
  });
  it("'The tenants' forum said it would hold protests ...' after 'the Harbour Street Tenants' Forum'", () => {
    const text =
      "The Harbour Street Tenants' Forum accused Corlane Estates of doubling rents without notice. " +
      "Corlane Estates said the rents had not been raised for six years.\n\n" +
      "The tenants' forum said it would hold protests outside Corlane Estates' offices on Friday unless the rise was withdrawn.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("hold protests"));
    expect(s?.forName).toBe("Harbour Street Tenants' Forum");
  });
  it("'The collective said ...' after a person 'who heads the Ndoye weavers' collective'", () => {
    const text =
      "Dakota Textiles accused local weavers of copying its patterns.\n\n" +
      '"We have made these patterns for a hundred years," said Awa Sarr, who heads the Ndoye weavers\' collective.\n\n' +
      "The collective said it would sue Dakota Textiles if the accusation was not withdrawn.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("would sue"));
    expect(s?.forName).toBe("Ndoye weavers' collective");
  });
  it("a national prefecture's name after a demonym is that state's ('the Argentine Naval Prefecture')", () => {
    const text =
      "Paraguay accused Argentina of detaining two fishing boats.\n\n" +
      "The Argentine Naval Prefecture, the coastguard, said the boats had entered its waters.\n\n" +
      "The prefecture later acknowledged that its officers had kept the crews on board, but said no one had been mistreated.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("kept the crews"));
    expect(s?.forTop).toBe("Argentina");
  });
});
