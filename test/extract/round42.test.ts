// Round 42: the accused named by a noun the extractor did not resolve; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("the town's own government by its common noun", () => {
  it("'urged Voltra Power and the municipality to ...' after 'the Ostend Bay Local Municipality': the body whose name ends in the noun", () => {
    const text =
      "Voltra Power began cutting electricity to the town of Ostend Bay on Monday, saying the Ostend Bay Local Municipality owed it 4.7 billion rand.\n" +
      "The municipality said the cuts were unlawful.\n" +
      "The Ostend Bay Chamber of Business urged Voltra Power and the municipality to agree on a payment plan.";
    const { statements } = readExtraction(text);
    const chamber = statements.find((x) => x.quote.includes("urged Voltra Power and the municipality"));
    expect(chamber?.forName).toBe("Ostend Bay Chamber of Business");
    expect(chamber?.targetNames).toEqual(expect.arrayContaining(["Voltra Power", "Ostend Bay Local Municipality"]));
  });
  it("'had warned the municipality', 'action by the city' after 'Medellin's mayor, X,': the body the mayor speaks for", () => {
    const text =
      "MEDELLIN, Colombia - A landslide killed nine people in the hillside district of La Sierra on Saturday.\n" +
      "Medellin's mayor, Pablo Restrepo, said the houses had been built without permits.\n" +
      "The National Disaster Agency said it had warned the municipality in a 2022 report that the slope could give way.\n" +
      '"What was missing was action by the city," the agency\'s director, Ana Gomez, said.';
    const { statements } = readExtraction(text);
    const warned = statements.find((x) => x.quote.includes("warned the municipality"));
    expect(warned?.forName).toBe("National Disaster Agency");
    expect(warned?.targetNames).toEqual(["Medellin"]);
    const missing = statements.find((x) => x.quote.includes("What was missing"));
    expect(missing?.targetNames).toEqual(["Medellin"]);
  });
  it("'the municipality' in the words of the town's own body is no target", () => {
    const text =
      "Voltra Power began cutting electricity to the town of Ostend Bay on Monday, saying the Ostend Bay Local Municipality owed it 4.7 billion rand.\n" +
      "Ostend Bay's mayor, Sipho Dlamini, said Voltra Power was punishing residents and that the municipality had paid every bill.";
    const { statements } = readExtraction(text);
    const mayor = statements.find((x) => x.quote.includes("punishing residents"));
    expect(mayor?.targetNames).not.toContain("Ostend Bay Local Municipality");
  });
  it("'That is not the controllers' fault': people named by a plural noun are not the union named for them", () => {
    const text =
      "Voa Brasil cancelled 140 flights on Monday, blaming a slowdown by air-traffic controllers.\n" +
      "The National Union of Air Traffic Controllers denied that its members had slowed down.\n" +
      'Procon-SP, the consumer agency, said the airline had left passengers stranded. "Passengers were told at the gate, at midnight. That is not the controllers\' fault," its director said.';
    const { statements } = readExtraction(text);
    const procon = statements.find((x) => x.quote.includes("That is not the controllers"));
    expect(procon?.targetNames ?? []).not.toContain("National Union of Air Traffic Controllers");
  });
});

describe("a place of work the text said a body runs stands for that body", () => {
  it("'X, a joint venture that runs the port under a concession' ... 'ordered the port to suspend ...': X", () => {
    const text =
      "Dockworkers at Albania's largest port walked off the job on Tuesday after a crane collapse killed a worker.\n" +
      "Adriatic Terminals, a Dutch-Albanian joint venture that runs the port under a 30-year concession, said all its cranes had been certified in January.\n" +
      "Albania's economy ministry said it had ordered the port to suspend the use of all cranes of the same model until they were inspected again.";
    const { statements } = readExtraction(text);
    const ordered = statements.find((x) => x.quote.includes("ordered the port to suspend"));
    expect(ordered?.forTop).toBe("Albania");
    expect(ordered?.targetNames).toContain("Adriatic Terminals");
  });
  it("'X, the company that runs the quarry, rejected ...' ... 'suspended the quarry's licence': X", () => {
    const text =
      "Residents blamed blasting at a quarry above the town for Saturday's landslide.\n" +
      "Cantera Norte, the company that runs the quarry, rejected any responsibility.\n" +
      "The Ministry of Environment said it had suspended the quarry's operating licence pending an investigation.";
    const { statements } = readExtraction(text);
    const suspended = statements.find((x) => x.quote.includes("suspended the quarry's operating licence"));
    expect(suspended?.targetNames).toContain("Cantera Norte");
  });
  it("'the agency that runs the national school feeding programme' ties no body to 'the feeding'", () => {
    const text =
      "The audit said the Ministry of Education and the agency that runs the national school feeding programme had paid caterers for pupils who did not exist.\n" +
      "The Ghana Integrity Forum said the feeding programme had been looted and urged parliament to act.";
    const { statements } = readExtraction(text);
    for (const statement of statements) expect(statement.targetNames).not.toContain("Ministry of Education");
  });
});
