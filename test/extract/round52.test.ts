// Round 52: a group's members quoted as its voice; each mechanism checked on short texts written here.
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a group voice with its complement before the verb lets the member quoted next speak for it", () => {
  it("'Residents of Talang said ...': the private person quoted next is one of the residents", () => {
    const text =
      "KUANTAN, Malaysia, Oct 3 (Straits Wire) - A paint factory and the environment department blamed each other on Thursday for a chemical spill in the Talang river.\n" +
      "The department said the factory had stored drums of solvent beside the river without a permit.\n" +
      "Residents of Talang said the water had smelled of paint for weeks before the spill. " +
      '"We complained in June and nobody came," said Norhayati Ismail, whose family keeps goats by the river.';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("nobody came"));
    expect(s?.speakerName).toBe("Norhayati Ismail");
    expect(s?.forName).toMatch(/^Residents/);
  });
  it("'Traders at the X market said ...': a phrase of belonging between the noun and its verb", () => {
    const text =
      "LA PAZ, Bolivia, May 9 (Andes Wire) - Bolivia's telecom regulator fined the mobile operator Tigo Andina on Friday for an outage that cut off card payments.\n" +
      "The operator blamed a software supplier for the outage.\n" +
      'Traders at the Rodriguez market said they had lost a day\'s sales. "We lost everything we would have sold, and nobody will pay us back," said Rosa Quispe, who sells fruit at the market.';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("nobody will pay us back"));
    expect(s?.speakerName).toBe("Rosa Quispe");
    expect(s?.forName).toMatch(/^Traders/);
  });
  it("a group founded by such a voice is named as its sentence names it, up to a relative clause", () => {
    const text =
      "LA PAZ, Bolivia, May 9 (Andes Wire) - Bolivia's telecom regulator fined the mobile operator Tigo Andina on Friday for an outage that cut off card payments.\n" +
      "The operator blamed a software supplier for the outage.\n" +
      'Traders at the Rodriguez market said they had lost a day\'s sales. "We lost everything we would have sold, and nobody will pay us back," said Rosa Quispe, who sells fruit at the market.\n' +
      'Drivers waiting in a queue that stretched back from the depot said they had not been paid. "They took our money and paid nothing," said Lars Holm, a driver.';
    const { statements } = readExtraction(text);
    expect(statements.find((x) => x.quote.includes("nobody will pay us back"))?.forName).toBe(
      "Traders at the Rodriguez market",
    );
    expect(statements.find((x) => x.quote.includes("paid nothing"))?.forName).toBe("Drivers waiting in a queue");
  });
  it("'Some shoppers who stopped to watch said ...' and 'Drivers waiting in a queue ... said': a relative clause or a participle", () => {
    const text =
      "STOCKHOLM, Feb 2 (Nordic Wire) - Dairy farmers drove tractors through central Uppsala on Monday, accusing the big grocery chains of squeezing the price of milk.\n" +
      "The chains denied the charge.\n" +
      'Some shoppers who stopped to watch the convoy said they backed the farmers. "The shops are keeping the difference," said Karin Berg, a teacher.\n' +
      'Drivers waiting in a queue that stretched back from the depot said they had not been paid. "They took our milk and paid nothing," said Lars Holm, a driver.';
    const { statements } = readExtraction(text);
    const shopper = statements.find((x) => x.quote.includes("keeping the difference"));
    expect(shopper?.forName).toMatch(/^Shoppers/);
    const driver = statements.find((x) => x.quote.includes("paid nothing"));
    expect(driver?.forName).toMatch(/^Drivers/);
  });
  it("'Residents of X, the region's main city, said ...': an apposition set off by commas", () => {
    const text =
      "YAOUNDE, Cameroon, Feb 12 (Central Wire) - The opposition accused the electoral commission on Monday of altering tally sheets in the Far North.\n" +
      "The commission rejected the accusation.\n" +
      'Residents of Maroua, the region\'s main city, said counting had been halted without explanation. "They sent us home at midnight," said Oumarou Bello, a shopkeeper.';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("sent us home"));
    expect(s?.speakerName).toBe("Oumarou Bello");
    expect(s?.forName).toMatch(/^Residents/);
  });
  it("(guard) 'Residents and the company said ...': a list is no group voice, the person keeps no group", () => {
    const text =
      "KUANTAN, Malaysia, Oct 3 (Straits Wire) - A paint factory and the environment department blamed each other on Thursday for a chemical spill in the Talang river.\n" +
      "Residents and the factory said the water had been tested twice. " +
      '"We complained in June and nobody came," said Norhayati Ismail, whose family keeps goats by the river.';
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("nobody came"));
    expect(s?.forName ?? "").not.toMatch(/^Residents/);
  });
});
