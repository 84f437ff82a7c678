import { SELF } from "cloudflare:test";
import { expect, it } from "vitest";

it("works", async () => {
  const r = await SELF.fetch("http://x/");
  expect(await r.text()).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
});
