import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  EXPORT_FORMATS,
  exportBundle,
  selectFiles,
  zipFiles,
  type Environment,
  type ExportFormat,
} from "../../lib/export";
import { ENVIRONMENTS } from "../../lib/plan/plan-schema";
import { exportPdf, PDF_HELP_LINES } from "./export-pdf";
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Io } from "./io";
import { readPlanFile } from "./plan-file";

export const EXPORT_HELP = `Usage: stackplan export PLAN.json --out DIR [--format F] [--zip FILE] [--environment E]
       stackplan export PLAN.json --format pdf --out DIR [--lang L] [--audience A] [--date D] [--customer NAME]

Writes the plan's deployable bundle: Kustomize base and overlays (kubernetes/: stores run by their operators —
CloudNativePG, Redis Sentinel — restricted pods, DCGM exporter), a Helm umbrella chart over the upstream charts
(helm/), a single-host compose file (compose/), Prometheus rules and a Grafana dashboard (monitoring/), and the
README (store topology, prerequisites, apply order), capacity report and bill of materials (report/). The same
plan always gives the same files.

Options:
  --out DIR          Write the files under DIR (created if needed; existing files of the bundle are replaced)
  --zip FILE         Also (or only) write them as one .zip
  --format F         ${EXPORT_FORMATS.join(" | ")} (default zip: every file; others keep one target + README.md)
  --environment E    ${ENVIRONMENTS.join(" | ")}: evaluate and label the bundle for E (default: the plan's)
${PDF_HELP_LINES}
  -h, --help         Show this help

Exit codes: 0 written, 1 written but the plan has error findings, 2 invalid plan or usage.`;

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${flag}: expected one of ${allowed.join(", ")}, got "${value}"`);
  return value as T;
}

/** `stackplan export`: plan file → bundle files on disk and/or a zip. */
export async function exportCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      zip: { type: "string" },
      format: { type: "string" },
      environment: { type: "string" },
      lang: { type: "string" },
      audience: { type: "string" },
      date: { type: "string" },
      customer: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.out(EXPORT_HELP);
    return EXIT_OK;
  }
  if (positionals.length > 1)
    throw new UsageError(`one plan file expected, got ${positionals.length}: ${positionals.join(" ")}`);
  // `pdf` is the proposal, not a bundle format: checked here with the others so --help and errors list it.
  const chosen = oneOf("format", values.format, [...EXPORT_FORMATS, "pdf"] as const);
  if (chosen === "pdf") return exportPdf(readPlanFile(positionals[0], "export"), values, io);
  const format: ExportFormat = chosen ?? "zip";
  const environment = oneOf<Environment>("environment", values.environment, ENVIRONMENTS);
  if (!values.out && !values.zip) throw new UsageError("say where to write: --out DIR and/or --zip FILE");
  const plan = readPlanFile(positionals[0], "export");
  const bundle = exportBundle(plan, environment ? { environment } : {});
  const files = selectFiles(bundle, format);
  if (values.out) {
    const root = resolve(values.out);
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    io.out(`wrote ${Object.keys(files).length} files to ${values.out}`);
  }
  if (values.zip) {
    const zip = zipFiles(files);
    mkdirSync(dirname(resolve(values.zip)), { recursive: true });
    writeFileSync(values.zip, zip);
    io.out(`wrote ${values.zip} (${zip.byteLength} bytes, ${Object.keys(files).length} files)`);
  }
  if (bundle.warnings.length) {
    io.out(
      `${bundle.warnings.length} settings the bundle cannot express are listed in README.md (${[...new Set(bundle.warnings.map((w) => w.code))].join(", ")})`,
    );
  }
  const errors = bundle.report.findings.filter((f) => f.severity === "error");
  if (errors.length) {
    io.err(`the plan has ${errors.length} error finding(s): ${errors.map((f) => f.message).join("; ")}`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}
