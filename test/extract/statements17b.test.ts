// Statements round 17b finds: quoted words inside a reported sentence are part of it.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("quoted words inside reported speech", () => {
  it("proposes a lead whose last words are a partial quote as the reported clause", () => {
    const { statements } = readExtraction(
      "HARARE (AP) — Zimbabwe's opposition party on Tuesday accused the Electoral Commission of rigging the count in last week's vote, and said it would not accept results it called “cooked up in a back room.”",
    );
    const lead = statements.find((s) => s.quote.startsWith("Zimbabwe's opposition party"));
    // (An electoral commission whose name says no state is the state's, as the gold sets have it: round 37.)
    expect(lead).toMatchObject({
      category: "accusation",
      targetNames: ["Electoral Commission"],
      targetTops: ["Zimbabwe"],
    });
  });

  it("reads a blaming verb's quoted object as part of the clause, not as a quote of its own", () => {
    const { statements } = readExtraction(
      'The Harbour Workers Union went on strike on Monday. Union leader Ravi Menon accused Coastline Terminals of "using robots as a threat" to force through a new contract.',
    );
    expect(statements.map((s) => s.quote)).toContain(
      'Union leader Ravi Menon accused Coastline Terminals of "using robots as a threat" to force through a new contract.',
    );
  });
});

describe("a new voice's guessed accused", () => {
  it("is no body the charges merely name, which never speaks", () => {
    const { statements } = readExtraction(
      "The Chess Federation of Erimor accused the league of selling its broadcast rights cheaply to a streaming firm, Blue Pixel Media. The Erimor Players Association said more than 200 players had not been paid for three months.",
    );
    const players = statements.find((s) => s.quote.startsWith("The Erimor Players Association"));
    expect(players?.targetTops ?? []).not.toContain("Blue Pixel Media");
  });

  it("is not guessed when the words name a doer of their own", () => {
    const { statements } = readExtraction(
      "The Harbour Party accused the Port Authority of rigging the tender. The Port Authority rejected the charge. The Dockside Residents Association said officers had fired tear gas into homes on Monday night.",
    );
    const residents = statements.find((s) => s.quote.startsWith("The Dockside Residents"));
    expect(residents?.targetTops ?? []).not.toContain("Port Authority");
  });
});

describe("a participle after an act", () => {
  it("makes ', citing ...' after an act that is no speech a statement of its own", () => {
    const { statements } = readExtraction(
      'The Erimor Chess Federation halted the national championship on Monday with four rounds left, citing unpaid fees and "serious irregularities" in the Erimor Chess League\'s accounts.',
    );
    expect(statements.map((s) => s.quote)).toContain(
      'citing unpaid fees and "serious irregularities" in the Erimor Chess League\'s accounts.',
    );
  });
});

describe("where reported words stop", () => {
  it("ends a charge before ', and' opens the writer's own clause with its own subject", () => {
    const { statements } = readExtraction(
      "Relations have been poor for years. Estonia has accused Russia of waging a hybrid attack against it, and in 2024 it closed two border crossings for a month.",
    );
    expect(statements.map((s) => s.quote)).toContain("Estonia has accused Russia of waging a hybrid attack against it");
  });
});

describe("a blaming verb before a quote", () => {
  it("does not take the accused after 'and accused' for the speaker of the quote", () => {
    const { statements } = readExtraction(
      "The Jonava pipeline blast was blamed on saboteurs. Ministry spokesman Andrei Klimov said Minsk had “nothing to do” with it and accused Latvian officials of “covering up their own negligence with fairy tales”.",
    );
    expect(statements.some((s) => s.forTop === "Latvia" || s.forName?.startsWith("Latvian"))).toBe(false);
    expect(statements.map((s) => s.quote)).toContain(
      "accused Latvian officials of “covering up their own negligence with fairy tales”.",
    );
  });
});

describe("a verb joined by 'and' to an act that is no speech", () => {
  it("takes the sentence's opening phrase for its subject", () => {
    const { statements } = readExtraction(
      'The Erimor Chess Federation halted the season on Monday. The president of the Erimor Chess League, Tomas Varga, called the suspension "a coup" and accused the federation of trying to seize the sponsorship money.',
    );
    const charge = statements.find((s) => s.quote.startsWith("accused the federation"));
    expect(charge).toMatchObject({ speakerName: "Tomas Varga", targetTops: ["Erimor Chess Federation"] });
  });
});
