import { afterAll, afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../../api/errors";
import { evaluate } from "../../engine/evaluate";
import { generateLargePlan } from "../../templates/generate";
import { buildTemplate } from "../../templates";
import { type UnavailableError } from "../errors";
import { closeJobPool, jobPoolOptions, runJob } from "./pool";

const enterprise = JSON.stringify(buildTemplate("enterprise"));
const large = JSON.stringify(generateLargePlan(2000));
const LIMITS = { nodes: 250, edges: 1000, scenarios: 10, batchItems: 100 };

/** Runs `fn` with a pool configured by `env` (the pool reads its options when it starts). */
async function withPool(env: Record<string, string>, fn: () => Promise<void>): Promise<void> {
  await closeJobPool();
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    await fn();
  } finally {
    process.env = saved;
    await closeJobPool();
  }
}

afterEach(() => closeJobPool());
afterAll(() => closeJobPool());

describe("engine job pool", () => {
  it("reads its options from the environment, with defaults", () => {
    expect(jobPoolOptions({ ENGINE_THREADS: "3", ENGINE_QUEUE: "5", ENGINE_JOB_TIMEOUT_MS: "100" })).toEqual({
      threads: 3,
      maxQueue: 5,
      timeoutMs: 100,
    });
    const defaults = jobPoolOptions({ ENGINE_THREADS: "x" });
    expect(defaults.threads).toBeGreaterThanOrEqual(2);
    expect(defaults.maxQueue).toBe(8 * defaults.threads);
    expect(defaults.timeoutMs).toBe(60_000);
  });

  it("evaluates in a worker thread exactly as on the request thread", async () => {
    const text = await runJob("evaluate", { bodyText: enterprise, limits: null });
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(evaluate(buildTemplate("enterprise")))));
  });

  it("answers invalid input and anonymous size caps as API errors", async () => {
    const bad = JSON.parse(enterprise) as { nodes: { id: string }[] };
    bad.nodes[1]!.id = "a\u0000";
    await expect(runJob("advise", { bodyText: JSON.stringify(bad), limits: null })).rejects.toMatchObject({
      status: 400,
      code: "validation_failed",
      detail: { issues: [expect.objectContaining({ path: "$.nodes[1].id" })] },
    });
    await expect(runJob("evaluate", { bodyText: "{", limits: null })).rejects.toMatchObject({
      code: "invalid_json",
    });
    const capped = runJob("evaluate", { bodyText: large, limits: LIMITS });
    await expect(capped).rejects.toBeInstanceOf(ApiError);
    await expect(capped).rejects.toMatchObject({ status: 413, detail: { limit: 250, count: 2000 } });
    await expect(
      runJob("estimateBatch", { batch: Array.from({ length: 101 }, () => ({})), limits: LIMITS }),
    ).rejects.toMatchObject({ status: 413, detail: { limit: 100, count: 101 } });
  });

  it("stops a job past its time limit (503 job_timeout) and keeps serving", async () => {
    await withPool({ ENGINE_THREADS: "1", ENGINE_JOB_TIMEOUT_MS: "300" }, async () => {
      await expect(runJob("advise", { bodyText: large, limits: null })).rejects.toMatchObject({
        code: "job_timeout",
        limit: 300,
      });
      expect(await runJob("evaluate", { bodyText: enterprise, limits: null })).toContain('"reportVersion"');
    });
  });

  it("cancels a running job when its caller goes away", async () => {
    await withPool({ ENGINE_THREADS: "1" }, async () => {
      const controller = new AbortController();
      const job = runJob("advise", { bodyText: large, limits: null }, { signal: controller.signal });
      setTimeout(() => controller.abort(), 200);
      await expect(job).rejects.toMatchObject({ code: "unavailable", message: /cancelled/ });
      // The single thread was terminated and replaced: the next job runs at once.
      expect(await runJob("evaluate", { bodyText: enterprise, limits: null })).toContain('"reportVersion"');
    });
  });

  it("answers 503 with Retry-After when the queue is full", async () => {
    await withPool({ ENGINE_THREADS: "1", ENGINE_QUEUE: "1" }, async () => {
      const controller = new AbortController();
      const running = runJob("advise", { bodyText: large, limits: null }, { signal: controller.signal });
      const queued = runJob("advise", { bodyText: large, limits: null }, { signal: controller.signal });
      await new Promise((r) => setTimeout(r, 50));
      const refused = await runJob("evaluate", { bodyText: enterprise, limits: null }).catch(
        (e: unknown) => e,
      );
      expect(refused).toMatchObject({ code: "unavailable", retryAfterSeconds: expect.any(Number) });
      expect((refused as UnavailableError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
      controller.abort();
      await Promise.allSettled([running, queued]);
    });
  });
});
