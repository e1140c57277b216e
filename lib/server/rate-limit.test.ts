import { describe, expect, it } from "vitest";
import { TokenBucketLimiter, tokenLookupOptions, TOKEN_LOOKUP_DEFAULTS } from "./rate-limit";

describe("token bucket", () => {
  it("allows a burst of `capacity`, then refills at the sustained rate, per key", () => {
    let now = 0;
    const limiter = new TokenBucketLimiter({ capacity: 5, refillPerSecond: 2, now: () => now });
    for (let i = 0; i < 5; i++) expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take("b").ok).toBe(true);
    now += 500; // one token back at 2/s
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a").ok).toBe(false);
    now += 60_000; // never more than the capacity
    for (let i = 0; i < 5; i++) expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a").ok).toBe(false);
  });

  it("says how long to wait in whole seconds", () => {
    const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 0.1, now: () => 0 });
    limiter.take("k");
    expect(limiter.take("k")).toEqual({ ok: false, retryAfterSeconds: 10 });
  });

  it("keeps memory bounded", () => {
    let now = 0;
    const limiter = new TokenBucketLimiter({ capacity: 2, refillPerSecond: 1, maxKeys: 100, now: () => now });
    for (let i = 0; i < 1000; i++) {
      now += 1;
      limiter.take(`ip-${i}`);
    }
    expect((limiter as unknown as { buckets: Map<string, unknown> }).buckets.size).toBeLessThanOrEqual(100);
  });

  it("reads its limits from the environment, falling back to the defaults", () => {
    expect(tokenLookupOptions({})).toEqual(TOKEN_LOOKUP_DEFAULTS);
    expect(tokenLookupOptions({ TOKEN_RATE_LIMIT_BURST: "500", TOKEN_RATE_LIMIT_PER_SECOND: "50" })).toEqual({
      capacity: 500,
      refillPerSecond: 50,
    });
    expect(tokenLookupOptions({ TOKEN_RATE_LIMIT_BURST: "-1", TOKEN_RATE_LIMIT_PER_SECOND: "x" })).toEqual(
      TOKEN_LOOKUP_DEFAULTS,
    );
  });
});
