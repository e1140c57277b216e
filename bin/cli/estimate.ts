import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { getFramework, getHardware, getModel } from "../../lib/catalog";
import {
  estimate,
  estimateBatch,
  estimateRequestSchema,
  toEstimateError,
  type EstimateRequestInput,
} from "../../lib/engine/llm";
import { intFlag, numberFlag } from "./args";
import { formatEstimate } from "./estimate-format";
import { EXIT_OK, EXIT_USAGE, json, UsageError, type Io } from "./io";

export const ESTIMATE_HELP = `Usage: stackplan estimate --model ID --hardware ID [options] [--json]
       stackplan estimate --input requests.json

Estimates memory fit, per-stream and aggregate throughput, TTFT and latency of one serving configuration.

Options:
  --model ID              Model (stackplan catalog --json lists ids), e.g. llama-3.3-70b
  --hardware ID           One accelerator or one Apple chip, e.g. h100-sxm, m3-ultra
  --devices N             Accelerators (or Macs) in one model instance (default 1)
  --devices-per-node N    Devices per server (default: all); more devices span servers
  --interconnect ID       Fabric between servers, e.g. infiniband-400g, ethernet-10g, thunderbolt-5
  --replicas N            Data-parallel copies of the instance (default 1)
  --precision ID          Weight precision, e.g. bf16, fp8, int4, q4_k_m (default: the model's own)
  --kv-precision ID       KV-cache precision (default bf16/fp16)
  --framework ID          vllm, sglang, tensorrt-llm, tgi, nim, llama.cpp, ollama, mlx, exo
  --concurrency N|max     Concurrent sequences per replica (default 1)
  --input-tokens N        Prompt tokens per request (default 1000)
  --output-tokens N       Generated tokens per request (default 256)
  --memory-gb N           Memory per device override, e.g. 256 for a 256 GB Mac Studio
  --input FILE            A JSON array of requests (camelCase fields); prints a JSON array of results
  --json                  Print the result as JSON
  -h, --help              Show this help

Exit codes: 0 success, 2 unknown id or invalid value (the message names the field and the nearest ids).`;

const OPTIONS = {
  model: { type: "string" },
  hardware: { type: "string" },
  devices: { type: "string" },
  "devices-per-node": { type: "string" },
  interconnect: { type: "string" },
  replicas: { type: "string" },
  precision: { type: "string" },
  "kv-precision": { type: "string" },
  framework: { type: "string" },
  concurrency: { type: "string" },
  "input-tokens": { type: "string" },
  "output-tokens": { type: "string" },
  "memory-gb": { type: "string" },
  input: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** Builds the request from flags; every value is checked here so the message names the flag. */
export function requestFromFlags(v: Record<string, string | boolean | undefined>): EstimateRequestInput {
  const s = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : undefined);
  if (!s("model"))
    throw new UsageError("--model is required (e.g. --model llama-3.3-70b); stackplan catalog lists the ids");
  if (!s("hardware"))
    throw new UsageError(
      "--hardware is required (e.g. --hardware h100-sxm); stackplan catalog lists the ids",
    );
  const concurrency = s("concurrency");
  const request: Record<string, unknown> = {
    model: s("model"),
    hardware: s("hardware"),
    devices: intFlag("devices", s("devices"), 1, 4096),
    devicesPerNode: intFlag("devices-per-node", s("devices-per-node"), 1, 64),
    interconnect: s("interconnect"),
    replicas: intFlag("replicas", s("replicas"), 1, 100_000),
    precision: s("precision"),
    kvPrecision: s("kv-precision"),
    framework: s("framework"),
    concurrency:
      concurrency === undefined
        ? undefined
        : concurrency === "max"
          ? "max"
          : intFlag("concurrency", concurrency, 1, 1_000_000),
    inputTokens: intFlag("input-tokens", s("input-tokens"), 1, 10_000_000),
    outputTokens: intFlag("output-tokens", s("output-tokens"), 0, 1_000_000),
    memoryGb: numberFlag("memory-gb", s("memory-gb"), 1, 100_000),
  };
  for (const k of Object.keys(request)) if (request[k] === undefined) delete request[k];
  return request as EstimateRequestInput;
}

export function estimateCommand(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: OPTIONS, allowPositionals: false });
  if (values.help) {
    io.out(ESTIMATE_HELP);
    return EXIT_OK;
  }
  if (values.input) {
    let items: unknown;
    try {
      items = JSON.parse(readFileSync(values.input, "utf8"));
    } catch (e) {
      throw new UsageError(
        `--input: cannot read ${values.input} as JSON (${e instanceof Error ? e.message : String(e)})`,
      );
    }
    if (!Array.isArray(items))
      throw new UsageError(`--input: ${values.input} must hold a JSON array of request objects`);
    io.out(json(estimateBatch(items)));
    return EXIT_OK;
  }
  const request = requestFromFlags(values);
  let result;
  try {
    result = estimate(request);
  } catch (e) {
    const err = toEstimateError(e);
    io.err(`estimate: ${err.message}`);
    return EXIT_USAGE;
  }
  if (values.json) {
    io.out(json(result));
    return EXIT_OK;
  }
  const parsed = estimateRequestSchema.parse(request);
  const name = (id: unknown, get: (id: string) => { name: string } | undefined) =>
    typeof id === "string" ? (get(id)?.name ?? id) : "custom";
  const fw = parsed.framework ? name(parsed.framework, getFramework) : "default framework";
  const title = `${name(parsed.model, getModel)} · ${parsed.precision ?? "native precision"} · ${fw} on ${parsed.devices}× ${name(parsed.hardware, getHardware)} (${parsed.replicas} replica${parsed.replicas > 1 ? "s" : ""}, ${parsed.inputTokens} in / ${parsed.outputTokens} out tokens)`;
  io.out(formatEstimate(title, result, parsed.replicas, parsed.outputTokens));
  return EXIT_OK;
}
