// Round 53: the category of a matched statement, studied first on the freshest dev sets; each
// mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("what a side will do to the other through a court, a prosecutor or the law is a threat", () => {
  it("'said the council would approach the high court ... for an urgent interdict' is a threat", () => {
    const text =
      "DURBAN, May 3 (Coast Wire) - The Umlazi municipal council accused the state power company Eskom on Monday of cutting electricity to 40,000 households over a disputed debt.\n" +
      'The council\'s mayor, Thandi Mkhize, called the cuts "collective punishment" and said the council would approach the high court in Pietermaritzburg on Wednesday for an urgent interdict.\n' +
      "Eskom said the municipality owed it 2 billion rand.";
    const { statements } = readExtraction(text);
    const threat = statements.find((x) => x.quote.includes("approach the high court"));
    expect(threat?.category).toBe("threat");
    expect(threat?.forName).toBe("Umlazi municipal council");
    expect(threat?.targetNames).toContain("Eskom");
  });
  it("'said the company would file a challenge at the Federal High Court' is a threat", () => {
    const text =
      "LAGOS, May 5 (Delta Wire) - The shipping line Harbour Lines accused the Nigerian Ports Authority on Tuesday of cancelling its berth licence without notice.\n" +
      "Its chief executive, Tunde Bakare, said the company would file a challenge at the Federal High Court within two weeks.\n" +
      "The authority rejected the accusation.";
    const { statements } = readExtraction(text);
    const threat = statements.find((x) => x.quote.includes("file a challenge"));
    expect(threat?.category).toBe("threat");
    expect(threat?.forName).toBe("Harbour Lines");
  });
});

describe("what will be done to punish someone is a threat", () => {
  it("'companies responsible ... would be made to pay for recapture' is a threat", () => {
    const text =
      "TALLINN, Sept 4 (Baltic Wire) - Estonia's fisheries directorate accused the salmon farmer Saare Kala on Monday of ignoring warnings about worn moorings before 40,000 fish escaped.\n" +
      'The fisheries minister, Liis Tamm, said companies responsible for escapes would be made to pay for recapture "down to the last euro".';
    const { statements } = readExtraction(text);
    const threat = statements.find((x) => x.quote.includes("made to pay"));
    expect(threat?.category).toBe("threat");
    expect(threat?.targetNames).toContain("Saare Kala");
  });
  it("'We will apply the maximum sanction the law allows' threatens whom the side charged", () => {
    const text =
      "LA PAZ, March 3 (Andes Wire) - Bolivia's telecoms regulator accused the mobile operator Vira of leaving El Alto without service for 14 hours and of failing to report the outage.\n" +
      '"We will apply the maximum sanction the law allows," the regulator\'s director, Rodrigo Paz, said.';
    const { statements } = readExtraction(text);
    const threat = statements.find((x) => x.quote.includes("maximum sanction"));
    expect(threat?.category).toBe("threat");
    expect(threat?.targetNames).toContain("Vira");
  });
});

describe("what the speaker wants or asks of another is a demand", () => {
  it("'We are not accusing anyone lightly. But we want answers' is a demand, not a denial", () => {
    const text =
      "PORT MORESBY, Feb 9 (Pacific Wire) - Papua New Guinea accused Indonesian soldiers on Sunday of shooting dead two villagers near the Wutung border crossing.\n" +
      '"We are not accusing anyone lightly. But we want answers, and we want them quickly," Foreign Minister Peter Kila said.';
    const { statements } = readExtraction(text);
    const demand = statements.find((x) => x.quote.includes("we want answers"));
    expect(demand?.category).toBe("demand");
    expect(demand?.targetTops).toContain("Indonesia");
  });
  it("'We do not care whose fault it is. We want the old fare back' is a demand", () => {
    const text =
      "LIMA, Oct 2 (Andes Wire) - Commuters on Lima's northern expressway accused the toll operator Via Norte on Monday of raising fares by 30 percent overnight.\n" +
      '"We do not care whose fault it is. We want the old fare back," said Rosa Quispe, who leads the Northern Users\' Association.';
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("old fare back"))?.category).toBe("demand");
  });
  it("'If we want to save the lake, both capitals have to stop ...' is no demand by the want (guard)", () => {
    const text =
      "LA PAZ, July 1 (Andes Wire) - Bolivia accused Peru on Monday of draining Lake Titicaca for its farms.\n" +
      '"If we want to save the lake, we must first agree on the figures," said Juan Mamani, a hydrologist at the San Andres university.';
    const { statements } = readExtraction(text);
    const words = statements.find((x) => x.quote.includes("If we want"));
    expect(words?.category).not.toBe("demand");
  });
});

describe("a defence answering a charge that says the deed was not done is a denial", () => {
  const charge =
    "KHARTOUM, May 4 (Nile Wire) - Sudan accused Ethiopian soldiers on Monday of killing five farmers in the Fashaga border area.\n";
  it("'said the Ethiopian army had not crossed into Sudan and that ...' denies the charge", () => {
    const { statements } = readExtraction(
      `${charge}Ethiopia's foreign ministry said the Ethiopian army had not crossed into Sudan and that the deaths were the result of a local dispute between farmers.`,
    );
    const denial = statements.find((x) => x.quote.includes("had not crossed"));
    expect(denial?.category).toBe("denial");
    expect(denial?.targetNames).toContain("Sudan");
  });
  it("'said the deaths were the result of a local dispute' stays a justification (guard)", () => {
    const { statements } = readExtraction(
      `${charge}Ethiopia's foreign ministry said the deaths were the result of a local dispute between farmers.`,
    );
    expect(statements.find((x) => x.quote.includes("local dispute"))?.category).toBe("justification");
  });
});

describe("a warning told as given before is the ground of a charge, no threat", () => {
  const charge =
    "QUITO, March 2 (Andes Wire) - Quito's mayor, Pablo Andrade, accused the National Risk Management Secretariat on Monday of failing to act before a landslide that killed 12 people.\n";
  it("'said it had warned the municipality in a 2022 report that ...' is an accusation", () => {
    const { statements } = readExtraction(
      `${charge}The secretariat said it had warned the municipality in a 2022 report that some 300 families faced "very high" landslide risk and should be moved.`,
    );
    expect(statements.find((x) => x.quote.includes("had warned the municipality"))?.category).toBe("accusation");
  });
  it("'warned that it would take the mayor to court if ...' stays a threat (guard)", () => {
    const { statements } = readExtraction(
      `${charge}The secretariat warned that it would take the mayor to court if he repeated the claim.`,
    );
    expect(statements.find((x) => x.quote.includes("take the mayor to court"))?.category).toBe("threat");
  });
});

describe("words that put the responsibility on another are a charge", () => {
  it("'In both cases, the responsibility lies with the ministry' is an accusation, not a denial", () => {
    const text =
      "BANGKOK, Jan 8 (Mekong Wire) - Thailand's rice exporters' association accused the commerce ministry on Tuesday of certifying weevil-infested shipments.\n" +
      '"Either the inspectors did not look, or the certificates are worth nothing. In both cases, the responsibility lies with the ministry," the association\'s president, Somchai Rattana, said.';
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("responsibility lies with"))?.category).toBe("accusation");
  });
  it("'We regret the loss of life. But the responsibility lies with those who ...' charges back, no concession", () => {
    const text =
      "DAKAR, Nov 3 (Sahel Wire) - Senegal accused Mauritania's coastguard on Sunday of shooting dead a fisherman on a pirogue off Saint-Louis.\n" +
      '"We regret the loss of life. But the responsibility lies with those who send boats into our waters at night with no lights," Mauritania\'s coastguard commander, Colonel Sidi Ould Ahmed, said.';
    const { statements } = readExtraction(text);
    const back = statements.find((x) => x.quote.includes("responsibility lies with"));
    expect(back?.category).toBe("counter-accusation");
    expect(back?.targetNames).toContain("Senegal");
  });
  it("'the responsibility lies with us' stays the speaker's own (guard)", () => {
    const text =
      "DAKAR, Nov 3 (Sahel Wire) - Senegal accused Mauritania's coastguard on Sunday of shooting dead a fisherman on a pirogue off Saint-Louis.\n" +
      '"We regret the loss of life, and the responsibility lies with us," Mauritania\'s coastguard commander, Colonel Sidi Ould Ahmed, said.';
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("lies with us"))?.category).toBe("concession");
  });
});
