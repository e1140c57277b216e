import { parseArgs } from "node:util";
import {
  CATALOG_VERSION,
  CLOUD_MODEL_LIST,
  FRAMEWORK_LIST,
  HARDWARE,
  INTERCONNECT_LIST,
  MODEL_LIST,
  PRECISION_LIST,
  PRODUCT_LIST,
} from "../../lib/catalog";
import { EXIT_OK, json, UsageError, type Io } from "./io";

export const CATALOG_HELP = `Usage: stackplan catalog [KIND] [--json]

Lists every catalog id with its specs. KIND: hardware, products, models, precisions, frameworks, interconnects, cloud.`;

const KINDS = {
  hardware: HARDWARE,
  products: PRODUCT_LIST,
  models: MODEL_LIST,
  precisions: PRECISION_LIST,
  frameworks: FRAMEWORK_LIST,
  interconnects: INTERCONNECT_LIST,
  cloud: CLOUD_MODEL_LIST,
} as const;

function summary(kind: keyof typeof KINDS, e: Record<string, unknown>): string {
  switch (kind) {
    case "hardware":
      return `${e.name} — ${e.memoryGb} GB, ${e.memoryBandwidthGBps} GB/s, ${e.fp16Tflops} TFLOPS FP16`;
    case "products":
      return `${e.name} — ${e.devices}× ${e.hardwareId ?? "CPU"}`;
    case "models":
      return `${e.name} — ${e.totalParamsB} B${e.activeParamsB !== e.totalParamsB ? ` (${e.activeParamsB} B active)` : ""}, ${e.kind}`;
    case "precisions":
      return `${e.name} — ${e.bitsPerWeight} bits/weight`;
    case "interconnects":
      return `${e.name} — ${e.bandwidthGBps} GB/s, ${e.latencyUs} µs`;
    default:
      return String(e.name);
  }
}

export function catalogCommand(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    io.out(CATALOG_HELP);
    return EXIT_OK;
  }
  const wanted = positionals[0];
  if (wanted !== undefined && !(wanted in KINDS))
    throw new UsageError(`catalog: unknown kind "${wanted}"; use one of ${Object.keys(KINDS).join(", ")}`);
  const kinds = (wanted ? [wanted] : Object.keys(KINDS)) as (keyof typeof KINDS)[];
  if (values.json) {
    io.out(json({ version: CATALOG_VERSION, ...Object.fromEntries(kinds.map((k) => [k, KINDS[k]])) }));
    return EXIT_OK;
  }
  for (const k of kinds) {
    io.out(`\n${k} (${KINDS[k].length})`);
    for (const e of KINDS[k])
      io.out(`  ${e.id.padEnd(30)} ${summary(k, e as unknown as Record<string, unknown>)}`);
  }
  return EXIT_OK;
}
