import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { installDb } from "./db/client";
import { createTestDb, type TestDb } from "./testing/test-db";
import { PostgresBucketStore, RedisBucketStore, storeFromEnvironment } from "./rate-limit-stores";

const RULE = { capacity: 3, refillPerSecond: 0.01 };
const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";

/** Two stores = two app instances: the burst is shared, not doubled. */
async function expectSharedBurst(a: { take: PostgresBucketStore["take"] }, b: typeof a) {
  const key = `test:${randomBytes(6).toString("hex")}`;
  const results = [];
  for (let i = 0; i < 4; i++) results.push(await (i % 2 === 0 ? a : b).take(key, RULE));
  expect(results.map((r) => r.ok)).toEqual([true, true, true, false]);
  const refused = results[3]!;
  expect(refused.ok === false && refused.retryAfterSeconds).toBeGreaterThan(90); // 1 token at 0.01/s ≈ 100 s
  expect((await a.take(`${key}-other`, RULE)).ok).toBe(true); // another client has its own bucket
}

describe("rate limits shared across instances: PostgreSQL", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb("postgres");
    installDb(t.handle);
  });
  afterAll(async () => {
    installDb(null);
    await t?.cleanup();
  });

  it("draws one bucket from two instances, on the database's clock", async () => {
    await expectSharedBurst(new PostgresBucketStore(), new PostgresBucketStore());
  });

  it("refills at the configured rate", async () => {
    const store = new PostgresBucketStore();
    const rule = { capacity: 1, refillPerSecond: 20 };
    const key = `refill:${randomBytes(4).toString("hex")}`;
    expect((await store.take(key, rule)).ok).toBe(true);
    expect((await store.take(key, rule)).ok).toBe(false);
    await new Promise((r) => setTimeout(r, 120)); // > 1/20 s: one token back
    expect((await store.take(key, rule)).ok).toBe(true);
  });

  it("is the store DATABASE_URL=postgresql://… calls for", () => {
    expect(storeFromEnvironment({ DATABASE_URL: t.target.url }).kind).toBe("postgres");
    expect(storeFromEnvironment({ DATABASE_URL: "file:./x.db" }).kind).toBe("memory");
  });
});

describe("rate limits shared across instances: Redis", () => {
  const stores: RedisBucketStore[] = [];
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
  });

  it("draws one bucket from two instances", async () => {
    stores.push(await RedisBucketStore.connect(REDIS_URL), await RedisBucketStore.connect(REDIS_URL));
    await expectSharedBurst(stores[0]!, stores[1]!);
  });

  it("is the store REDIS_URL calls for, and falls back to memory when Redis is unreachable", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const store = storeFromEnvironment({ REDIS_URL: "redis://127.0.0.1:1" });
    expect(store.kind).toBe("redis");
    const results = [];
    for (let i = 0; i < 4; i++) results.push((await store.take("fallback", RULE)).ok);
    expect(results).toEqual([true, true, true, false]); // still limited, per instance
    expect(errors).toHaveBeenCalledTimes(1); // logged once, not per request
    errors.mockRestore();
  });
});
