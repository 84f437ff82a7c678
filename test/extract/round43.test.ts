// Round 43: speakers named wrong; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("an aide named after the person they serve is the one who speaks", () => {
  it("'Nowak's deputy at the union, Marek Zielinski, said ...' is Zielinski's", () => {
    const text =
      "WARSAW - Poland's largest teachers' union accused the education ministry on Monday of breaking its promise of a pay rise, said union head Krystyna Nowak.\n" +
      "Nowak's deputy at the Polish Teachers' Union, Marek Zielinski, said the ministry had found money for new school uniforms but not for teachers.";
    const { statements } = readExtraction(text);
    const deputy = statements.find((x) => x.quote.includes("new school uniforms"));
    expect(deputy?.speakerName).toBe("Marek Zielinski");
  });
  it("'A spokeswoman for Kowalchuk, Aisha Rahman, said ...' is Rahman's, for Kowalchuk's side", () => {
    const text =
      "EDMONTON - Alberta Premier Dana Kowalchuk accused Ottawa on Monday of holding back wildfire relief money.\n" +
      "A federal official said the province had spent part of an earlier payment on new trucks.\n" +
      "A spokeswoman for Kowalchuk, Aisha Rahman, said the trucks had replaced vehicles destroyed in the fire.";
    const { statements } = readExtraction(text);
    const aide = statements.find((x) => x.quote.includes("the trucks had replaced"));
    const premier = statements.find((x) => x.quote.includes("holding back wildfire relief"));
    expect(aide?.speakerName).toBe("Aisha Rahman");
    expect(aide?.speaksFor).toBe(premier?.speaksFor);
  });
  it("'Jane Doe, a spokeswoman for the ministry, said' stays Doe's (guard)", () => {
    const text =
      "Poland's teachers' union accused the education ministry on Monday of breaking its promise, said union head Krystyna Nowak.\n" +
      "Anna Wrona, a spokeswoman for the ministry, denied that any promise had been broken.";
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("any promise"))?.speakerName).toBe("Anna Wrona");
  });
});

describe("an office-holder's office speaks for their side, naming no person", () => {
  it("'Kowalchuk's office rejected that' has no speaker, and Kowalchuk's side", () => {
    const text =
      "EDMONTON - Alberta Premier Dana Kowalchuk accused Ottawa on Monday of holding back wildfire relief money.\n" +
      "The opposition leader, Samir Haddad, accused Kowalchuk of using the fire victims as props.\n" +
      "Kowalchuk's office rejected that, saying the province had already spent $120 million on relief.";
    const { statements } = readExtraction(text);
    const office = statements.find((x) => x.quote.includes("already spent"));
    const premier = statements.find((x) => x.quote.includes("holding back wildfire relief"));
    expect(office).toBeDefined();
    expect(office?.speaker).toBeNull();
    expect(office?.speaksFor).toBe(premier?.speaksFor);
  });
  it("'The mayor's office denied ...' has no speaker, for the mayor's side", () => {
    const text =
      "BLOEMFONTEIN - Eskom accused the Lehlabile municipality on Monday of failing to pay its power bill, said Mayor Sipho Radebe's critics.\n" +
      "Mayor Sipho Radebe of the Lehlabile municipality said Eskom's figures were wrong.\n" +
      "The mayor's office denied that any instruction had been given to stop disconnecting businesses.";
    const { statements } = readExtraction(text);
    const office = statements.find((x) => x.quote.includes("any instruction"));
    expect(office).toBeDefined();
    expect(office?.speaker).toBeNull();
  });
});
