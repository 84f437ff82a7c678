// A clause whose subject is a possessive pronoun and a body's noun ("Its government accused ...",
// "Its foreign ministry said ..."): the possessor is whom "It said" would be, and the body of that
// kind is the possessor's state's.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

const STORY =
  "KIGALI - Rwanda protested on Monday after Congolese soldiers detained nine fishermen.\n" +
  "Its government accused Kinshasa of violating an agreement on the lake.\n" +
  "Its foreign ministry said the fishermen had been beaten by the soldiers.";

describe("'Its government', 'Its foreign ministry' as a clause's subject", () => {
  it("'Its government accused Kinshasa of ...' is Rwanda's government accusing Congo", () => {
    const { statements } = readExtraction(STORY);
    const charge = statements.find((s) => s.quote.startsWith("Its government accused"));
    expect(charge).toBeDefined();
    expect(charge?.forName).toBe("Rwandan government");
    expect(charge?.targetTops).toContain("Democratic Republic of the Congo");
  });
  it("the next sentence's 'Its foreign ministry' is still Rwanda's, not the state its words name", () => {
    const { statements } = readExtraction(STORY);
    const ministry = statements.find((s) => s.quote.startsWith("Its foreign ministry said"));
    expect(ministry?.forName).toBe("Rwandan Foreign Ministry");
    expect(ministry?.forTop).toBe("Rwanda");
  });
});
