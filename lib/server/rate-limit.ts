/**
 * Token-bucket rate limiting per client address. The bucket arithmetic is here (and, for the shared stores, in
 * one SQL statement or Lua script doing the same); which store holds the buckets is chosen in
 * lib/server/rate-limit-stores.ts: Redis when REDIS_URL is set, the PostgreSQL database when it is the database
 * (every instance behind a load balancer then shares the buckets), else this process's memory.
 */
export interface TokenBucketOptions {
  /** Requests allowed in a burst (bucket size). */
  capacity: number;
  /** Sustained rate, requests per second. */
  refillPerSecond: number;
  /** Keys kept in memory; above it idle (full) buckets are dropped. */
  maxKeys?: number;
  /** Clock in ms (tests pass a fake one). */
  now?: () => number;
}

export type TakeResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(private readonly options: TokenBucketOptions) {
    if (!(options.capacity >= 1) || !(options.refillPerSecond > 0)) {
      throw new Error("a token bucket needs capacity ≥ 1 and refillPerSecond > 0");
    }
    this.maxKeys = options.maxKeys ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** Takes one token for `key`; when the bucket is empty, says how long (whole seconds, ≥ 1) until the next one. */
  take(key: string): TakeResult {
    const now = this.now();
    const { capacity, refillPerSecond } = this.options;
    const bucket = this.buckets.get(key) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 1000) * refillPerSecond);
    bucket.at = now;
    if (!this.buckets.has(key)) {
      if (this.buckets.size >= this.maxKeys) this.prune(now);
      this.buckets.set(key, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true, remaining: Math.floor(bucket.tokens) };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond)) };
  }

  private prune(now: number): void {
    const { capacity, refillPerSecond } = this.options;
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((now - b.at) / 1000) * refillPerSecond >= capacity) this.buckets.delete(key);
    }
    // Still full of active clients: forget the oldest rather than grow without bound.
    for (const key of this.buckets.keys()) {
      if (this.buckets.size < this.maxKeys) break;
      this.buckets.delete(key);
    }
  }
}

/** The limits, each a token bucket per client address. */
export type LimitName = "token-lookup" | "engine";

export interface BucketRule {
  capacity: number;
  refillPerSecond: number;
}

/**
 * Defaults. `token-lookup`: share-token look-ups and sign-in attempts, bursts of 60 then 2 per second (an
 * autosaving editor needs ≤ 1/s). `engine`: anonymous calls of /api/estimate, /api/evaluate and /api/advise,
 * bursts of 30 then 5 per second (each may hold a worker thread for a while; the owner is not limited).
 */
export const LIMIT_DEFAULTS: Record<LimitName, BucketRule> = {
  "token-lookup": { capacity: 60, refillPerSecond: 2 },
  engine: { capacity: 30, refillPerSecond: 5 },
};
/** Kept for callers of the first version. */
export const TOKEN_LOOKUP_DEFAULTS = LIMIT_DEFAULTS["token-lookup"];

const ENV_PREFIX: Record<LimitName, string> = { "token-lookup": "TOKEN", engine: "ENGINE" };

/**
 * A limit's rule from the environment: <PREFIX>_RATE_LIMIT_BURST and <PREFIX>_RATE_LIMIT_PER_SECOND (TOKEN_… for
 * token look-ups, ENGINE_… for the engine; positive numbers; invalid values fall back to the defaults).
 */
export function limitRule(
  name: LimitName,
  env: Record<string, string | undefined> = process.env,
): BucketRule {
  const num = (v: string | undefined, fallback: number) => {
    const n = Number(v);
    return v !== undefined && v !== "" && Number.isFinite(n) && n > 0 ? n : fallback;
  };
  const prefix = ENV_PREFIX[name];
  return {
    capacity: num(env[`${prefix}_RATE_LIMIT_BURST`], LIMIT_DEFAULTS[name].capacity),
    refillPerSecond: num(env[`${prefix}_RATE_LIMIT_PER_SECOND`], LIMIT_DEFAULTS[name].refillPerSecond),
  };
}

/** The token-lookup rule from the environment (first version's name). */
export function tokenLookupOptions(env: Record<string, string | undefined> = process.env): BucketRule {
  return limitRule("token-lookup", env);
}

/** Where buckets live: this process's memory, or a store every instance shares (lib/server/rate-limit-stores.ts). */
export interface BucketStore {
  readonly kind: "memory" | "postgres" | "redis";
  take(key: string, rule: BucketRule): Promise<TakeResult>;
}

/** Buckets in this process (the SQLite default: one instance per database file). */
export class MemoryBucketStore implements BucketStore {
  readonly kind = "memory";
  private readonly limiters = new Map<string, TokenBucketLimiter>();
  constructor(private readonly now?: () => number) {}

  async take(key: string, rule: BucketRule): Promise<TakeResult> {
    const id = `${rule.capacity}/${rule.refillPerSecond}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = new TokenBucketLimiter({ ...rule, now: this.now });
      this.limiters.set(id, limiter);
    }
    return limiter.take(key);
  }
}
