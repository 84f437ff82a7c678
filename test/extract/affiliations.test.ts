// Whom a person speaks for and whom a description blames (the seventh round): the nearest
// organisation in a person's description, a place that only says where, and described actors.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

const read = (text: string) => readExtraction(text).statements;

describe("whom a person speaks for", () => {
  it("takes the union of 'union president X' for the union named before", () => {
    const statements = read(
      `The Harbour Workers' Union accused Coastline Ports of ignoring safety warnings. "They knew the cranes were unsafe and sent our members up anyway," union president Lena Brook said.`,
    );
    expect(statements[1]).toMatchObject({
      speakerName: "Lena Brook",
      forName: "Harbour Workers' Union",
      targetNames: ["Coastline Ports"],
    });
  });

  it("takes the party after 'from' ('an opposition senator from the Civic Light party')", () => {
    const statements = read(
      "Tom Reyes, an opposition senator from the Civic Light party, accused Bayside Energy of hiding its debts.",
    );
    expect(statements[0]).toMatchObject({
      speakerName: "Tom Reyes",
      forName: "Civic Light party",
      targetNames: ["Bayside Energy"],
    });
  });

  it("reads 'Its chairman' as the body the sentence before opened with", () => {
    const statements = read(
      "The Riverside Tenants Association accused Greystone Homes of ignoring mould. Its chairman, Paul Hart, said the company had ignored 40 complaints.",
    );
    expect(statements[1]).toMatchObject({ speakerName: "Paul Hart", forName: "Riverside Tenants Association" });
  });

  it("makes the body a description names ('who heads a consumer group ...') the side", () => {
    const statements = read(
      "Mei Tan, who heads a consumer group representing rail passengers, accused Skyline Rail of hiding the scale of the cancellations.",
    );
    expect(statements[0]).toMatchObject({
      speakerName: "Mei Tan",
      forName: "consumer group representing rail passengers",
      targetNames: ["Skyline Rail"],
    });
  });
});

describe("places and described actors", () => {
  it("keeps a body described by its members a side of its own; the place only says where", () => {
    const statements = read(
      "A cooperative of coffee growers in southern Kenya accused Bean Traders Ltd of cutting prices.",
    );
    expect(statements[0]).toMatchObject({
      forName: "cooperative of coffee growers",
      targetNames: ["Bean Traders Ltd"],
    });
  });

  it("resolves 'the operator of the port' to the company named next", () => {
    const statements = read(
      "The Dock Workers Union blamed the operator of the port of Varna for the accident. Marlow Terminals, which runs the port, denied the charge.",
    );
    expect(statements[0]).toMatchObject({ forName: "Dock Workers Union", targetNames: ["Marlow Terminals"] });
    expect(statements[1]).toMatchObject({ forName: "Marlow Terminals", category: "denial", answers: "s1" });
  });

  it("resolves 'the engine's maker' ahead, and 'Budget carrier X' is X", () => {
    const statements = read(
      "Budget carrier FlyNow blamed the engine's maker for the groundings. Turbo Engines, the maker of the engines, denied the charge.",
    );
    expect(statements[0]).toMatchObject({ forName: "FlyNow", targetNames: ["Turbo Engines"] });
  });

  it("reads an unnamed ministry as the government of the story's country", () => {
    const statements = read(
      "WARSAW (Reuters) - Poland's nurses' union accused the health ministry on Monday of breaking its promise on pay.",
    );
    expect(statements[0]).toMatchObject({ forName: "Poland's nurses' union", targetTops: ["Poland"] });
  });
});
