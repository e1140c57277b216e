import type { Redis } from "ioredis";
import { getReadyDb } from "./db/client";
import { resolveDatabaseTarget } from "./db/database-url";
import { RateLimitedError } from "./errors";
import {
  limitRule,
  MemoryBucketStore,
  type BucketRule,
  type BucketStore,
  type LimitName,
  type TakeResult,
} from "./rate-limit";

/**
 * The shared bucket stores. Both run the token-bucket step of TokenBucketLimiter atomically where the buckets live
 * — one SQL statement on PostgreSQL, one Lua script on Redis — on that server's clock, so any number of app
 * instances draw from the same bucket. If the shared store fails (Redis down, database busy) the process falls
 * back to its own memory buckets for that request and logs it (at most once a minute): a limit per instance
 * beats no limit, and an outage of the limiter must not take the API down.
 */

/** Seconds until the next token: ⌈(1 − tokens) / rate⌉, at least 1. */
const retryAfter = (tokens: number, rule: BucketRule) =>
  Math.max(1, Math.ceil((1 - tokens) / rule.refillPerSecond));

/** How long an idle bucket is kept: until it would be full again, plus a minute. */
const idleMs = (rule: BucketRule) => Math.ceil((rule.capacity / rule.refillPerSecond) * 1000) + 60_000;

export class PostgresBucketStore implements BucketStore {
  readonly kind = "postgres";
  private takes = 0;

  async take(key: string, rule: BucketRule): Promise<TakeResult> {
    const { db } = await getReadyDb();
    // Refill by elapsed time on the database's clock, cap at capacity, take one token when there is one.
    const rows = await db.$queryRawUnsafe<{ tokens: number; lastAllowed: boolean }[]>(
      `WITH now AS (SELECT EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS ms)
       INSERT INTO "RateLimitBucket" AS b ("key", "tokens", "atMs", "lastAllowed")
       SELECT $1, $2::float8 - 1, now.ms, true FROM now
       ON CONFLICT ("key") DO UPDATE SET
         "tokens" = LEAST($2::float8, b."tokens" + GREATEST(0, EXCLUDED."atMs" - b."atMs") / 1000.0 * $3::float8)
                    - CASE WHEN LEAST($2::float8, b."tokens" + GREATEST(0, EXCLUDED."atMs" - b."atMs") / 1000.0 * $3::float8) >= 1 THEN 1 ELSE 0 END,
         "lastAllowed" = LEAST($2::float8, b."tokens" + GREATEST(0, EXCLUDED."atMs" - b."atMs") / 1000.0 * $3::float8) >= 1,
         "atMs" = EXCLUDED."atMs"
       RETURNING "tokens", "lastAllowed"`,
      key,
      rule.capacity,
      rule.refillPerSecond,
    );
    if (++this.takes % 1000 === 0) void this.prune(rule).catch(() => undefined);
    const row = rows[0]!;
    return row.lastAllowed
      ? { ok: true, remaining: Math.floor(Number(row.tokens)) }
      : { ok: false, retryAfterSeconds: retryAfter(Number(row.tokens), rule) };
  }

  /** Deletes buckets idle long enough to be full again (they would start full anyway). */
  private async prune(rule: BucketRule): Promise<void> {
    const { db } = await getReadyDb();
    await db.$executeRawUnsafe(
      `DELETE FROM "RateLimitBucket" WHERE "atMs" < EXTRACT(EPOCH FROM clock_timestamp()) * 1000 - $1::float8`,
      idleMs(rule) * 10,
    );
  }
}

const REDIS_TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1])
local at = tonumber(b[2])
if tokens == nil or at == nil then tokens = capacity; at = now end
tokens = math.min(capacity, tokens + math.max(0, now - at) / 1000 * rate)
local allowed = 0
if tokens >= 1 then tokens = tokens - 1; allowed = 1 end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return { allowed, tostring(tokens) }`;

export class RedisBucketStore implements BucketStore {
  readonly kind = "redis";
  /** Settles once: when the first connection is ready, fails, or after 2 s. */
  private readonly firstConnection: Promise<void>;

  constructor(private readonly redis: Redis) {
    this.firstConnection = new Promise((resolve) => {
      const timer = setTimeout(resolve, 2_000);
      timer.unref();
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      redis.once("ready", done);
      redis.once("error", done);
    });
  }

  static async connect(url: string): Promise<RedisBucketStore> {
    const { Redis } = await import("ioredis");
    // Fail fast instead of queueing: a request must not wait on an unreachable Redis (the fallback answers).
    const redis = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 500,
      connectTimeout: 2_000,
    });
    redis.on("error", () => undefined); // reported per request by the fallback
    redis.defineCommand("stackplanTake", { numberOfKeys: 1, lua: REDIS_TAKE });
    return new RedisBucketStore(redis);
  }

  async take(key: string, rule: BucketRule): Promise<TakeResult> {
    if (this.redis.status !== "ready") {
      await this.firstConnection;
      if ((this.redis.status as string) !== "ready")
        throw new Error(`Redis is not connected (${this.redis.status})`);
    }
    const take = (this.redis as unknown as Record<string, (...a: unknown[]) => Promise<[number, string]>>)
      .stackplanTake!;
    const [allowed, tokensText] = await take.call(
      this.redis,
      `stackplan:rl:${key}`,
      rule.capacity,
      rule.refillPerSecond,
      idleMs(rule),
    );
    const tokens = Number(tokensText);
    return allowed === 1
      ? { ok: true, remaining: Math.floor(tokens) }
      : { ok: false, retryAfterSeconds: retryAfter(tokens, rule) };
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}

/** The shared store with the memory fallback described above. */
class FallbackStore implements BucketStore {
  private lastWarning = 0;
  constructor(
    readonly kind: "postgres" | "redis",
    private readonly shared: Promise<BucketStore>,
    private readonly memory: MemoryBucketStore,
  ) {}

  async take(key: string, rule: BucketRule): Promise<TakeResult> {
    try {
      return await (await this.shared).take(key, rule);
    } catch (e) {
      if (Date.now() - this.lastWarning > 60_000) {
        this.lastWarning = Date.now();
        console.error(
          `stackplan: the shared rate-limit store failed (${e instanceof Error ? e.message : String(e)}); limiting per instance until it answers`,
        );
      }
      return this.memory.take(key, rule);
    }
  }
}

/** The store this configuration calls for: Redis (REDIS_URL), PostgreSQL (DATABASE_URL), else memory. */
export function storeFromEnvironment(env: Record<string, string | undefined> = process.env): BucketStore {
  const memory = new MemoryBucketStore();
  const redisUrl = env.REDIS_URL?.trim();
  if (redisUrl) return new FallbackStore("redis", RedisBucketStore.connect(redisUrl), memory);
  if (resolveDatabaseTarget(env).provider === "postgres")
    return new FallbackStore("postgres", Promise.resolve(new PostgresBucketStore()), memory);
  return memory;
}

const globalForStore = globalThis as unknown as {
  __stackplanBucketStore?: BucketStore;
  __stackplanLimitRules?: Partial<Record<LimitName, BucketRule>>;
};

/** Replaces the process-wide store and/or rules (tests); null restores the environment's (read on next use). */
export function setRateLimits(
  options: { store?: BucketStore | null; rules?: Partial<Record<LimitName, BucketRule>> | null } = {},
): void {
  if (options.store !== undefined) globalForStore.__stackplanBucketStore = options.store ?? undefined;
  if (options.rules !== undefined) globalForStore.__stackplanLimitRules = options.rules ?? undefined;
}

/** The process-wide store (created from the environment on first use). */
export function rateLimitStore(): BucketStore {
  globalForStore.__stackplanBucketStore ??= storeFromEnvironment();
  return globalForStore.__stackplanBucketStore;
}

/** Takes one token of `limit` for `clientKey`; throws RateLimitedError (429 with Retry-After) when there is none. */
export async function takeToken(limit: LimitName, clientKey: string): Promise<void> {
  const rules = (globalForStore.__stackplanLimitRules ??= {});
  const rule = (rules[limit] ??= limitRule(limit));
  const result = await rateLimitStore().take(`${limit}:${clientKey}`, rule);
  if (!result.ok) throw new RateLimitedError(result.retryAfterSeconds);
}
