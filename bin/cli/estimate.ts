import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { getFramework, getHardware, getModel, getProduct } from "../../lib/catalog";
import {
  estimate,
  estimateBatch,
  estimateRequestSchema,
  toEstimateError,
  type EstimateRequestInput,
} from "../../lib/engine/llm";
import { fieldMeta } from "../../lib/plan/fields";
import { flagHelp, parseArgsOptions, readFlags, schemaFlags } from "./args";
import { formatEstimate } from "./estimate-format";
import { withProductDevices } from "./estimate-product";
import { EXIT_OK, EXIT_USAGE, json, UsageError, type Io } from "./io";

/** The estimate flags: one per field of the request schema, with its defaults, bounds and help. */
export const ESTIMATE_FLAGS = schemaFlags(estimateRequestSchema);

/** Short spellings of long flags (the long one stays valid): `--rate 6` = `--request-rate-per-second 6`. */
export const ESTIMATE_ALIASES: Readonly<Record<string, string>> = { rate: "request-rate-per-second" };

/** Flag values with every alias folded into its long flag (giving both is a usage error naming them). */
function unalias(values: Record<string, string | boolean | undefined>) {
  const out = { ...values };
  for (const [alias, flag] of Object.entries(ESTIMATE_ALIASES)) {
    if (out[alias] === undefined) continue;
    if (out[flag] !== undefined) throw new UsageError(`--${alias} and --${flag} are the same flag: give one`);
    out[flag] = out[alias];
    delete out[alias];
  }
  return out;
}

export const ESTIMATE_HELP = `Usage: stackplan estimate --model ID --hardware ID [options] [--json]
       stackplan estimate --input requests.json

Estimates memory fit, per-stream and aggregate throughput, TTFT and latency of one serving configuration.
With --product and no --devices, an instance uses every accelerator of one of those servers (its hardware too).

Options:
${flagHelp(ESTIMATE_FLAGS, [
  ["--rate N", "Short for --request-rate-per-second"],
  ["--input FILE", "A JSON array of requests (camelCase fields); prints a JSON array of results"],
  ["--json", "Print the result as JSON"],
  ["-h, --help", "Show this help"],
])}

Exit codes: 0 success, 2 unknown id or invalid value (the message names the field and the nearest ids).`;

const OPTIONS = {
  ...parseArgsOptions(ESTIMATE_FLAGS),
  rate: { type: "string" },
  input: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** Builds the request from flags; every value is checked here so the message names the flag. */
export function requestFromFlags(v: Record<string, string | boolean | undefined>): EstimateRequestInput {
  for (const f of ESTIMATE_FLAGS) {
    if (f.required && typeof v[f.flag] !== "string") {
      const example = fieldMeta(f.schema).example;
      throw new UsageError(
        `--${f.flag} is required (e.g. --${f.flag} ${example}); stackplan catalog lists the ids`,
      );
    }
  }
  return readFlags(ESTIMATE_FLAGS, v) as EstimateRequestInput;
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
  const { request, note } = withProductDevices(requestFromFlags(unalias(values)));
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
  // With only a product, the accelerator is the product's (resolveRequest does the same).
  const product = parsed.product ? getProduct(parsed.product) : undefined;
  const hardware = name(parsed.hardware ?? product?.hardwareId, getHardware);
  const server = product ? ` in ${product.name}` : "";
  const title = `${name(parsed.model, getModel)} · ${parsed.precision ?? "native precision"} · ${fw} on ${parsed.devices}× ${hardware}${server} (${parsed.replicas} replica${parsed.replicas > 1 ? "s" : ""}, ${parsed.inputTokens} in / ${parsed.outputTokens} out tokens)`;
  io.out(formatEstimate(note ? `${title}\n${note}` : title, result, parsed.replicas, parsed.outputTokens));
  return EXIT_OK;
}
