// Round 39: what a statement answers; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a charge back answers the charge as its sentence opens it", () => {
  it("'Ankara said Baghdad was wasting the water' answers 'Iraq accused Turkey of ...', not the 'blaming dams' clause after it", () => {
    const text =
      "Iraq accused Turkey on Thursday of cutting the flow of the Tigris to its lowest level in decades, blaming dams upstream for a drought in the south.\n" +
      "Ankara said Baghdad was wasting the water it already receives.";
    const { statements } = readExtraction(text);
    const lead = statements.find((x) => x.quote.startsWith("Iraq accused"));
    const back = statements.find((x) => x.quote.includes("wasting the water"));
    expect(back?.category).toBe("counter-accusation");
    expect(back?.answers).toBe(lead?.ref);
  });
  it("a denial still answers the clause it shares its words with", () => {
    const text =
      "Sudan accused Ethiopian militiamen on Sunday of killing four Sudanese farmers in the Fashaga area, and said Ethiopian army units had given them cover.\n" +
      "Ethiopia's foreign ministry said the Ethiopian army had not crossed into Sudan and that no army units had been in the area.";
    const { statements } = readExtraction(text);
    const cover = statements.find((x) => x.quote.includes("given them cover"));
    const defence = statements.find((x) => x.quote.includes("had not crossed"));
    expect(defence?.answers).toBe(cover?.ref);
  });
});

describe("a charge back answers the accuser's first charge, made by accusing, over the detail given of it after", () => {
  it("'said the Green Farmers Party had leaked tender documents' answers 'accused its coalition ally of rigging a tender', not the next paragraph's detail", () => {
    const text =
      "The Green Farmers Party accused its coalition ally on Tuesday of rigging a tender for military trucks.\n" +
      "The party said the defence ministry, run by the Homeland Union, had changed the tender's rules two days before bids closed.\n" +
      "The Homeland Union said the Green Farmers Party had leaked confidential tender documents to the press.";
    const { statements } = readExtraction(text);
    const lead = statements.find((x) => x.quote.includes("accused its coalition ally"));
    const back = statements.find((x) => x.quote.includes("leaked confidential"));
    expect(back?.category).toBe("counter-accusation");
    expect(back?.answers).toBe(lead?.ref);
  });
});

describe("a rejection naming the charge answers the statement that made it by accusing", () => {
  it("'rejected the accusation' answers 'accused the Health Ministry of ...', not the 'said it had seen an email' after it", () => {
    const text =
      "The Union of Resident Doctors accused the Health Ministry on Monday of ordering hospital boards to draw up lists of striking doctors, and said it had seen an email proving the order.\n" +
      "The ministry rejected the accusation.";
    const { statements } = readExtraction(text);
    const charge = statements.find((x) => x.quote.includes("accused the Health Ministry"));
    const rejection = statements.find((x) => x.quote.includes("rejected the accusation"));
    expect(rejection?.category).toBe("denial");
    expect(rejection?.answers).toBe(charge?.ref);
  });
  it("'rejected the accusations' answers the charge when the next sentence backs it up", () => {
    const text =
      "The Union of Resident Doctors accused the Health Ministry on Monday of ordering hospital boards to draw up lists of striking doctors. The union said the ministry's officials had sent an email to every hospital board.\n" +
      "The ministry rejected the accusations.";
    const { statements } = readExtraction(text);
    const charge = statements.find((x) => x.quote.includes("accused the Health Ministry"));
    const rejection = statements.find((x) => x.quote.includes("rejected the accusations"));
    expect(rejection?.answers).toBe(charge?.ref);
  });
});

describe("a defence answers the side's charge, not its threat", () => {
  it("the contractor's defence answers the mayor's charge, not 'the city would withhold the final payment ... if'", () => {
    const text =
      "Mayor Hendra Wijaya accused Varda Construction on Monday of using cheap concrete in the sea wall that failed last week.\n" +
      "Wijaya said the city would withhold the final payment to Varda Construction if the company did not rebuild the wall.\n" +
      "Varda Construction said the wall had been built to the design approved by the ministry.";
    const { statements } = readExtraction(text);
    const charge = statements.find((x) => x.quote.includes("cheap concrete"));
    const threat = statements.find((x) => x.quote.includes("withhold"));
    const defence = statements.find((x) => x.quote.includes("built to the design"));
    expect(threat?.category).toBe("threat");
    expect(defence?.answers).toBe(charge?.ref);
  });
});

describe("a retraction takes back the side's own word", () => {
  it("'withdrew its claim that the Port Authority had ordered the lists' answers the union's own charge, and so does the apology after it", () => {
    const text =
      "The Harbour Workers' Union accused the Port Authority on Monday of ordering managers to draw up lists of striking dockers.\n" +
      "The Port Authority rejected the claim and accused the union of putting ships at risk.\n" +
      "On Wednesday the Harbour Workers' Union withdrew its claim that the Port Authority had ordered the lists, saying an email it had seen was sent by a private contractor.\n" +
      "“We were wrong to say the order came from the authority, and we apologise for that,” the union's general secretary, Ana Costa, said.";
    const { statements } = readExtraction(text);
    const charge = statements.find((x) => x.quote.includes("accused the Port Authority"));
    const retraction = statements.find((x) => x.quote.includes("withdrew its claim"));
    const apology = statements.find((x) => x.quote.includes("we apologise"));
    expect(retraction?.category).toBe("retraction");
    expect(retraction?.answers).toBe(charge?.ref);
    expect(retraction?.targetNames).toEqual(["Port Authority"]);
    expect(apology?.answers).toBe(charge?.ref);
  });
});
