import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FRAMEWORK_LIST, HARDWARE, MODEL_LIST } from "../../catalog";
import { estimateBatch, estimateResolved } from "./estimate";
import { estimateRequestSchema, type EstimateRequestInput } from "./estimate-schema";
import { sloRatePerReplica } from "./rate";
import { resolveRequest } from "./resolve";

/**
 * Regression snapshot of the engine: a few hundred varied estimates (catalog and custom models, every framework,
 * fixed concurrency and request rates, the serving knobs, errors) plus the capacity searches evaluate() runs on them.
 * Performance work must leave every figure as it was: numbers are compared to 1e-9 relative, text exactly (hashed).
 * The inputs are stored with the outputs, so growing catalog lists do not change them; a deliberate model change is
 * recorded with `UPDATE_GOLDEN=1 npx vitest run lib/engine/llm/golden-estimates.test.ts`.
 */
const GOLDEN = join(__dirname, "../__golden__", "llm-estimates.json");
const HF_DIR = join(__dirname, "../../catalog/fixtures/hf-configs");
const RELATIVE_TOLERANCE = 1e-9;

const PRECISIONS = ["bf16", "fp8", "int4", "q4_k_m", "fp16", "int8", "nvfp4", "q8_0"];

/** Requests cycling models × hardware × frameworks × precisions, at fixed concurrencies and at request rates. */
function catalogInputs(count: number, rated: boolean): EstimateRequestInput[] {
  const out: EstimateRequestInput[] = [];
  for (let k = 0; k < count; k++) {
    const i = k * 37 + (rated ? 11 : 0);
    const base = {
      model: MODEL_LIST[i % MODEL_LIST.length]!.id,
      hardware: HARDWARE[(i * 7) % HARDWARE.length]!.id,
      devices: 1 + (i % 8),
      framework: FRAMEWORK_LIST[(i * 3) % FRAMEWORK_LIST.length]!.id,
      precision: PRECISIONS[i % PRECISIONS.length]!,
      inputTokens: 200 + ((i * 37) % 8000),
      outputTokens: 50 + ((i * 11) % 1000),
    };
    out.push(
      rated
        ? {
            ...base,
            requestRatePerSecond: 0.2 + ((i * 13) % 400) / 10,
            arrivalProcess: i % 2 ? "poisson" : "constant",
          }
        : { ...base, concurrency: i % 5 === 0 ? "max" : 1 + (i % 64) },
    );
  }
  return out;
}

/** The serving knobs, speculative decoding, multi-node layouts, custom hardware and imported configs. */
function knobInputs(): EstimateRequestInput[] {
  const h100 = {
    model: "llama-3.3-70b",
    hardware: "h100-sxm",
    devices: 2,
    precision: "fp8",
    framework: "vllm",
  };
  const rate = { requestRatePerSecond: 4, inputTokens: 2000, outputTokens: 300 };
  const customHardware = {
    name: "Test accelerator",
    family: "nvidia" as const,
    memoryGb: 96,
    memoryBandwidthGBps: 4000,
    fp16Tflops: 800,
    fp8Tflops: 1600,
    tdpW: 700,
  };
  const out: EstimateRequestInput[] = [
    { ...h100, ...rate },
    { ...h100, ...rate, maxNumSeqs: 8 },
    { ...h100, ...rate, maxBatchedTokens: 512 },
    { ...h100, ...rate, gpuMemoryUtilization: 0.5 },
    { ...h100, ...rate, cpuKvOffload: true, requestRatePerSecond: 40 },
    { ...h100, ...rate, prefixCacheHitRatio: 0.6 },
    { ...h100, ...rate, sharedPrefixTokens: 1500 },
    { ...h100, ...rate, kvPrecision: "fp8" },
    { ...h100, ...rate, replicas: 3, requestRatePerSecond: 12 },
    { ...h100, ...rate, requestRatePerSecond: 500 },
    { ...h100, ...rate, requestRatePerSecond: 0.01, arrivalProcess: "constant" },
    { ...h100, concurrency: 64, speculativeMethod: "eagle", draftTokens: 4, draftAcceptanceRate: 0.8 },
    { ...h100, ...rate, speculativeMethod: "draft" },
    { ...h100, ...rate, speculativeMethod: "mtp", draftAcceptanceRate: 1 },
    { ...h100, ...rate, framework: "sglang", speculativeMethod: "ngram", draftTokens: 8 },
    { ...h100, devices: 16, devicesPerNode: 8, interconnect: "infiniband-400g", ...rate },
    { ...h100, devices: 16, devicesPerNode: 8, concurrency: 128 },
    { ...h100, model: "deepseek-v3", devices: 16, devicesPerNode: 8, ...rate },
    { ...h100, model: "qwen3-30b-a3b", devices: 1, ...rate, requestRatePerSecond: 20 },
    { ...h100, memoryGb: 40, concurrency: "max" },
    { ...h100, hardware: customHardware, ...rate },
    { ...h100, hardware: customHardware, concurrency: 32, framework: "tensorrt-llm" },
    {
      model: "llama-3.1-8b",
      hardware: "m3-ultra",
      framework: "mlx",
      devices: 4,
      interconnect: "thunderbolt-5",
      ...rate,
    },
    { model: "llama-3.1-8b", hardware: "m4-max", framework: "exo", devices: 3, concurrency: 4 },
    {
      model: "qwen3-8b",
      hardware: "m2-ultra",
      framework: "llama.cpp",
      precision: "q4_k_m",
      memoryGb: 128,
      ...rate,
    },
    {
      model: "e5-mistral-7b-instruct",
      hardware: "l40s",
      framework: "vllm",
      concurrency: 32,
      inputTokens: 512,
    },
    { model: "gte-qwen2-7b-instruct", hardware: "h100-sxm", framework: "tgi", ...rate, outputTokens: 0 },
  ];
  for (const file of readdirSync(HF_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const hfConfig = JSON.parse(readFileSync(join(HF_DIR, file), "utf8")) as Record<string, unknown>;
    out.push({ ...h100, devices: 8, model: { hfConfig }, ...rate });
    out.push({ ...h100, devices: 8, model: { hfConfig }, concurrency: 16, precision: "bf16" });
  }
  return out;
}

/** Requests the engine refuses: each batch item carries its own error. */
const ERROR_INPUTS: unknown[] = [
  { model: "llama-3.3-70", hardware: "h100-sxm" },
  { model: "llama-3.3-70b", hardware: "h100-sxm", kvPrecision: "int4" },
  { model: "llama-3.3-70b", hardware: "h100-sxm", framework: "tgi", speculativeMethod: "eagle" },
  { model: "llama-3.3-70b", hardware: "h100-sxm", devices: 0 },
  { model: { hfConfig: { model_type: "llama" } }, hardware: "h100-sxm" },
];

interface Case {
  input: unknown;
  output: unknown;
}
interface Golden {
  estimates: Case[];
  /** sloRatePerReplica and estimateResolved at a fixed concurrency — what evaluate() runs per serving node. */
  searches: Case[];
}

/** Numbers kept as numbers (compared with a tolerance); strings and the rest kept as they are. */
function searchesFor(inputs: readonly EstimateRequestInput[]): Case[] {
  const slo = { maxTtftMs: 2000, minTokensPerSecondPerUser: 10 };
  return inputs.map((input) => {
    const r = resolveRequest(estimateRequestSchema.parse(input));
    const { rate, op } = sloRatePerReplica(r, slo);
    const fixed = estimateResolved(r, { concurrency: 7 }).result;
    const rated = estimateResolved(r, { requestRatePerSecond: 1.5 }).result;
    return { input, output: { rate, op: op ?? null, fixed, rated } };
  });
}

function compute(inputs: { estimates: unknown[]; searches: EstimateRequestInput[] }): Golden {
  const results = estimateBatch(inputs.estimates);
  return {
    estimates: inputs.estimates.map((input, i) => ({ input, output: results[i] })),
    searches: searchesFor(inputs.searches),
  };
}

const hash = (text: string) => `sha256:${createHash("sha256").update(text).digest("hex").slice(0, 20)}`;

/** Outputs with their text (assumptions, warning messages, bases) replaced by a hash: the fixture stays small. */
function compactOutput(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => {
    if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string")) return hash(v.join("\n"));
    return typeof v === "string" && v.length > 40 ? hash(v) : v;
  });
}

function compact(golden: Golden): Golden {
  const cases = (xs: Case[]) => xs.map((c) => ({ input: c.input, output: compactOutput(c.output) }));
  return { estimates: cases(golden.estimates), searches: cases(golden.searches) };
}

function expectClose(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === "number" && typeof actual === "number") {
    const scale = Math.max(Math.abs(expected), Math.abs(actual));
    if (Math.abs(actual - expected) > RELATIVE_TOLERANCE * scale)
      expect.fail(`${path}: ${actual} ≠ golden ${expected}`);
    return;
  }
  if (expected && typeof expected === "object" && actual && typeof actual === "object") {
    expect(Object.keys(actual).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected))
      expectClose((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
    return;
  }
  expect(actual, path).toEqual(expected);
}

const hfModelInputs = (xs: EstimateRequestInput[]) => xs.filter((x) => typeof x.model === "string");

describe("engine golden estimates (performance work changes no figure)", () => {
  if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) {
    const estimates = [
      ...catalogInputs(120, false),
      ...catalogInputs(120, true),
      ...knobInputs(),
      ...ERROR_INPUTS,
    ];
    const searches = hfModelInputs([...catalogInputs(24, false), ...knobInputs().slice(0, 24)]);
    const golden = compact(compute({ estimates, searches }));
    mkdirSync(join(__dirname, "../__golden__"), { recursive: true });
    writeFileSync(GOLDEN, `${JSON.stringify(golden)}\n`);
  }
  const golden = JSON.parse(readFileSync(GOLDEN, "utf8")) as Golden;

  it("holds a few hundred estimates, errors included", () => {
    expect(golden.estimates.length).toBeGreaterThan(280);
    expect(golden.estimates.filter((c) => "error" in (c.output as object)).length).toBeGreaterThan(4);
    expect(golden.searches.length).toBeGreaterThan(40);
  });

  it("estimates every stored request to the same figures", () => {
    const now = compact(compute({ estimates: golden.estimates.map((c) => c.input), searches: [] }));
    now.estimates.forEach((c, i) => expectClose(c.output, golden.estimates[i]!.output, `estimates[${i}]`));
  });

  it("finds the same SLO rates and capacity-search figures", () => {
    const inputs = golden.searches.map((c) => c.input as EstimateRequestInput);
    const now = compact(compute({ estimates: [], searches: inputs }));
    now.searches.forEach((c, i) => expectClose(c.output, golden.searches[i]!.output, `searches[${i}]`));
  });
});
