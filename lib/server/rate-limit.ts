/**
 * In-process token-bucket rate limiting (per key, here the client IP). Each app instance limits on its own: with
 * N instances behind a load balancer a client gets up to N× the rate. That is enough for its purpose — keeping a
 * single client from hammering share-token look-ups — and needs no shared store; a global limit belongs in the
 * reverse proxy.
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

/** Defaults for share-token look-ups: bursts of 60, then 2 per second (an autosaving editor needs ≤ 1/s). */
export const TOKEN_LOOKUP_DEFAULTS = { capacity: 60, refillPerSecond: 2 };

/**
 * Limits from the environment: TOKEN_RATE_LIMIT_BURST and TOKEN_RATE_LIMIT_PER_SECOND (positive numbers; invalid
 * values fall back to the defaults).
 */
export function tokenLookupOptions(
  env: Record<string, string | undefined> = process.env,
): TokenBucketOptions {
  const num = (v: string | undefined, fallback: number) => {
    const n = Number(v);
    return v !== undefined && v !== "" && Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    capacity: num(env.TOKEN_RATE_LIMIT_BURST, TOKEN_LOOKUP_DEFAULTS.capacity),
    refillPerSecond: num(env.TOKEN_RATE_LIMIT_PER_SECOND, TOKEN_LOOKUP_DEFAULTS.refillPerSecond),
  };
}

const globalForLimiter = globalThis as unknown as { __stackplanTokenLimiter?: TokenBucketLimiter };

/** The process-wide limiter of share-token look-ups (API and /s/<token> page share it). */
export function tokenLookupLimiter(): TokenBucketLimiter {
  globalForLimiter.__stackplanTokenLimiter ??= new TokenBucketLimiter(tokenLookupOptions());
  return globalForLimiter.__stackplanTokenLimiter;
}

/** Replaces the process-wide limiter (tests); null restores the environment's. */
export function setTokenLookupLimiter(limiter: TokenBucketLimiter | null): void {
  globalForLimiter.__stackplanTokenLimiter = limiter ?? undefined;
}
