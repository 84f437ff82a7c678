// Round 19: whom a statement accuses (the object of the blaming verb, the side in dispute, the
// party whose act the words are about).
import { describe, expect, it } from "vitest";
import { readExtraction } from "./read";

describe("a business's noun introduces no union, forum, agency or ministry named next", () => {
  it("'A company that ...' in a minister's quote is the company accused, not the patients' forum named next", () => {
    const text =
      "NAIROBI - Kenya's health minister on Monday accused drugmaker Velbor Pharma of greed after it raised the price of insulin.\n" +
      "“A company that earns its profits from sick people cannot decide overnight to double its prices,” Health Minister Ana Kovac said.\n" +
      "The Diabetes Patients' Forum said the rise would push many families into debt.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("earns its profits"));
    expect(s?.targetTops).toEqual(["Velbor Pharma"]);
  });
  it("'accused the company of “...”' is the company, not the agency named next", () => {
    const text =
      "A lithium miner, Kariba Lithium, said rain had burst its tailings dam on Monday.\n" +
      "The environment minister, Ruth Moyo, accused the company of “criminal negligence” and said she had " +
      "ordered the Environmental Management Agency to suspend its licence.";
    const { statements } = readExtraction(text);
    const s = statements.find((x) => x.quote.includes("criminal negligence"));
    expect(s?.targetTops).toEqual(["Kariba Lithium"]);
  });
});
