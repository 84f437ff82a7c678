// Names misread (the ninth round): a region named by a compass word and a country, and the
// organisation a title is "of" ahead of the person named after it; (the eleventh round) a name ending in
// a company's legal form or trade ("Limited", "Spirits").
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

function read(text: string) {
  const { extraction, statements } = readExtraction(text);
  return { actors: extraction.actors, statements };
}

describe("misread names", () => {
  it("reads 'Western Australia's premier' as the region's, a part of Australia (not 'Western')", () => {
    const { actors, statements } = read(
      "PERTH (Reuters) - Western Australia's premier blamed mining company Redrock Metals on Monday for a toxic spill.",
    );
    expect(actors.map((actor) => actor.name)).not.toContain("Western");
    expect(statements[0]).toMatchObject({
      forName: "Western Australia",
      forParent: "Australia",
      targetNames: ["Redrock Metals"],
    });
  });

  it("keeps 'South Africa', a country of its own, whole", () => {
    const { actors } = read("South Africa's foreign ministry accused Lesotho of harbouring smugglers.");
    expect(actors.find((actor) => actor.name === "South Africa")?.kind).toBe("state");
    expect(actors.some((actor) => actor.name === "Lesotho")).toBe(true);
    expect(actors.map((actor) => actor.name)).not.toContain("South");
  });

  it("takes 'The chairman of Harbor Line, Ana Ruiz,' for the company's chairman, not a person named Harbor Line", () => {
    const { actors, statements } = read(
      `Transport minister Paul Kerr blamed ferry company Harbor Line for the sinking. The chairman of Harbor Line, Ana Ruiz, said the minister's own inspectors had cleared the ship.`,
    );
    expect(actors.find((actor) => actor.name === "Harbor Line")?.kind).toBe("organisation");
    expect(statements.find((s) => s.speakerName === "Harbor Line")).toBeUndefined();
  });

  it("reads 'Home Affairs Secretary X' as a secretary of the story's government, not of an organisation 'Home Affairs'", () => {
    const { actors, statements } = read(
      `JAKARTA (Reuters) - Indonesia's opposition Green Dawn Party accused the government of hiding the cost of a new dam. Water Resources Secretary Budi Santoso denied that any cost had been hidden.`,
    );
    expect(actors.map((actor) => actor.name)).not.toContain("Water Resources");
    expect(statements[1]).toMatchObject({ speakerName: "Budi Santoso", forName: "Indonesian government" });
  });

  it("reads 'Lakeside County's roads officer, Jane Otieno,' after a sentence ending in 'said' as the county's officer, not a person 'Lakeside County'", () => {
    const { actors, statements } = read(
      `KISUMU (Reuters) - Traders blamed the county government for the flooding. "They took our fees and cleared nothing," union secretary Paul Ouma said.\nLakeside County's roads officer, Jane Otieno, said the traders had blocked the drains themselves.`,
    );
    expect(actors.find((actor) => actor.name.startsWith("Lakeside County"))?.kind).toBe("organisation");
    expect(statements.find((s) => s.speakerName === "Jane Otieno")).toMatchObject({ forName: "Lakeside County" });
  });

  it("reads a name ending in a company's legal form or trade ('Kiwa Pumps Limited', 'Ridge Hill Spirits') as an organisation, not a person", () => {
    const { actors, statements } = read(
      `NAIROBI (Reuters) - Kenyan brewer Tana Breweries blamed a supplier on Monday for a batch of tainted beer.\nThe brewer said pumps supplied by Kiwa Pumps Limited had leaked oil into the tanks.\nKiwa Pumps Limited said the brewer had run the pumps dry. Ridge Hill Spirits said the brewer had ignored its own tests.`,
    );
    expect(actors.find((actor) => actor.name === "Kiwa Pumps Limited")?.kind).toBe("organisation");
    expect(actors.find((actor) => actor.name === "Ridge Hill Spirits")?.kind).toBe("organisation");
    expect(statements.find((s) => s.quote.includes("run the pumps dry"))).toMatchObject({
      forName: "Kiwa Pumps Limited",
    });
  });
});
