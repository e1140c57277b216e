import { describe, expect, it } from "vitest";
import { buildTemplate } from "@/lib/templates";
import { POST as advisePost } from "./advise/route";
import { POST as estimatePost } from "./estimate/route";
import { POST as evaluatePost } from "./evaluate/route";

const post = (body: unknown) =>
  new Request("http://localhost/api", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("POST /api/estimate", () => {
  const ok = {
    model: "llama-3.3-70b",
    hardware: "h100-sxm",
    devices: 2,
    precision: "fp8",
    framework: "vllm",
    concurrency: 16,
    inputTokens: 2000,
    outputTokens: 300,
  };

  it("answers the same result as the engine and the CLI", async () => {
    const res = await estimatePost(post(ok));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.fits).toBe(true);
    expect(body.memory.weightsGb).toBeCloseTo(72.65, 1);
  });

  it("400 with the JSON path of a bad field", async () => {
    const res = await estimatePost(post({ ...ok, devices: -1 }));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.issues[0].path).toBe("$.devices");
  });

  it("answers the rate-based operating point with percentiles and confidence (issue 11)", async () => {
    const { concurrency: _c, ...rest } = ok;
    const res = await estimatePost(post({ ...rest, requestRatePerSecond: 4, prefixCacheHitRatio: 0.2 }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.operatingPoint.requestRatePerSecond).toBe(4);
    expect(body.latency.ttftMs.p90).toBeGreaterThanOrEqual(body.latency.ttftMs.p50);
    expect(body.confidence.level).toBe("calibrated");
  });

  it("400 naming a bad knob, or a knob the framework lacks", async () => {
    const bad = await estimatePost(post({ ...ok, gpuMemoryUtilization: 2 }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues[0].path).toBe("$.gpuMemoryUtilization");
    const spec = await estimatePost(post({ ...ok, framework: "tgi", speculativeMethod: "eagle" }));
    expect(spec.status).toBe(400);
    expect((await spec.json()).error.issues[0].path).toBe("$.speculativeMethod");
  });

  it("400 naming the nearest ids for an unknown catalog id", async () => {
    const res = await estimatePost(post({ ...ok, hardware: "h100" }));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.issues[0]).toMatchObject({
      path: "$.hardware",
      message: expect.stringMatching(/h100-sxm/),
    });
  });

  it("400 on a body that is not JSON", async () => {
    const res = await estimatePost(post("{not json"));
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("invalid_json");
  });

  it("with product and no devices serves on every GPU of the server, as the CLI does", async () => {
    const onProduct = { model: "llama-3.3-70b", product: "gpu-server-2x-h100-nvl", precision: "fp8" };
    const res = await estimatePost(post(onProduct));
    expect(res.status).toBe(200);
    const both = await (await estimatePost(post({ ...onProduct, devices: 2 }))).json();
    const one = await (await estimatePost(post({ ...onProduct, devices: 1 }))).json();
    expect(await res.json()).toEqual(both);
    expect(both).not.toEqual(one);
  });

  it("400 on more devices than the product holds, naming devices and the fix", async () => {
    const res = await estimatePost(
      post({ model: "llama-3.3-70b", product: "gpu-server-2x-h100-nvl", devices: 4 }),
    );
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.issues[0]).toMatchObject({
      path: "$.devices",
      message: expect.stringMatching(/give devices 2 or fewer, or add devicesPerNode 2 /),
    });
  });

  it("answers a batch in order with errors in place", async () => {
    const res = await estimatePost(post([ok, { ...ok, model: "gpt-9" }]));
    const body = await res.json();
    expect(body[0].fits).toBe(true);
    expect(body[1].error.code).toBe("unknown-id");
  });
});

describe("POST /api/evaluate", () => {
  it("returns the report of a plan", async () => {
    const res = await evaluatePost(post(buildTemplate("production")));
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r.serving.length).toBe(2);
    expect(r.totals.gpus).toBeGreaterThan(0);
  });

  it("400 with the plan's JSON path", async () => {
    const res = await evaluatePost(
      post({ schemaVersion: 2, metadata: { name: "x" }, workload: { users: 0 } }),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues[0].path).toBe("$.workload.users");
  });

  it("413 on an oversized body", async () => {
    const res = await evaluatePost(
      post({ schemaVersion: 2, metadata: { name: "x", description: "x".repeat(3_000_000) } }),
    );
    expect(res.status).toBe(413);
  });
});

describe("POST /api/advise", () => {
  it("returns the recommendation and the options", async () => {
    const res = await advisePost(post(buildTemplate("self-hosted")));
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r.recommended.meetsSlo).toBe(true);
    expect(r.options.length).toBeGreaterThan(3);
  });
});
