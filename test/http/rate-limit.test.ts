// A token over its write limit gets 429 with Retry-After, in the common error shape; others are unaffected.
import { describe, expect, it } from "vitest";
import { append, basics, post, readAll, uniqueId } from "../fixtures";
import { TEST_TOKENS } from "../tokens";

describe("write rate limits", () => {
  it("answers 429 with Retry-After once a strict token passes its limit, and stores nothing more", async () => {
    const dossierId = uniqueId("d");
    const asStrict = { authorization: `Bearer ${TEST_TOKENS.strict}` };
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 31 && !limited; i++) {
      const response = await post(
        `/v1/dossiers/${dossierId}/events?extract=false`,
        { events: i === 0 ? basics() : [] },
        asStrict,
      );
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    expect(statuses[0]).toBe(201);
    expect(statuses.slice(1, 30).every((status) => status === 400)).toBe(true); // empty batches, still counted
    expect(limited?.status).toBe(429);
    expect(limited?.body.error).toMatchObject({
      code: "rate_limited",
      details: { tier: "strict", retryAfterSeconds: 60 },
    });
    expect(limited?.headers.get("retry-after")).toBe("60");
    expect(await readAll(dossierId)).toHaveLength(4);
    // Another token is not affected.
    expect((await append(dossierId, [])).status).toBe(400);
  });
});
