import { evaluate } from "../engine/evaluate";
import type { Report } from "../engine/report-schema";
import type { PlanDocument } from "../plan/plan-schema";
import { composeFiles } from "./compose";
import { helmFiles } from "./helm";
import { kubernetesFiles } from "./kubernetes";
import { buildDeploymentModel, type DeploymentModel } from "./model/build";
import { monitoringFiles } from "./monitoring";
import { billOfMaterials } from "./report/bill-of-materials";
import { capacityReport } from "./report/capacity-report";
import { readme } from "./report/readme";
import type { Bundle, Environment, ExportFormat, ExportOptions, ExportWarning } from "./types";
import { toJson } from "./yaml";

/** Which files each narrower format keeps (README.md always: it says what the files do not express). */
const FORMAT_PREFIXES: Record<ExportFormat, string[]> = {
  zip: [""],
  kustomize: ["kubernetes/"],
  helm: ["helm/"],
  // compose mounts the plain rule file from ../monitoring/.
  compose: ["compose/", "monitoring/alerts.rules.yml"],
  monitoring: ["monitoring/"],
  report: ["report/", "plan.json"],
};

function sorted(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.keys(files)
      .sort()
      .map((k) => [k, files[k]!]),
  );
}

function unique(warnings: ExportWarning[]): ExportWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.code}\u0000${w.subject}\u0000${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function frameworkWarnings(model: DeploymentModel): ExportWarning[] {
  return model.workloads
    .filter((w) => w.serving && w.serving.frameworkId !== "vllm")
    .map((w) => ({
      code: "llm-metric-names",
      subject: w.nodeId,
      message: `${w.label}: the LLM alert rules and dashboard panels read vLLM's metric names (vllm:*); adapt them to ${w.serving!.frameworkName}'s metrics.`,
    }));
}

/**
 * The bundle of a plan whose report is already computed: pure (no clock, no randomness, no I/O) — the same
 * plan and report give byte-identical files. `source` is the plan as the user wrote it (saved as plan.json).
 */
export function buildBundle(
  plan: PlanDocument,
  report: Report,
  environment: Environment,
  source: PlanDocument = plan,
): Bundle {
  const model = buildDeploymentModel(plan, report, environment);
  const compose = composeFiles(model);
  const warnings = unique([
    ...(source.metadata.environment !== environment
      ? [
          {
            code: "environment-override",
            subject: null,
            message: `The plan is written for ${source.metadata.environment}; this bundle was evaluated and labelled for ${environment} (replicas stay those of the plan).`,
          },
        ]
      : []),
    ...model.warnings,
    ...frameworkWarnings(model),
    ...compose.warnings,
  ]);
  const files: Record<string, string> = {
    ...kubernetesFiles(model),
    ...helmFiles(model),
    ...compose.files,
    ...monitoringFiles(model),
    "report/capacity-report.md": capacityReport(model),
    "report/bill-of-materials.csv": billOfMaterials(plan, report),
    "report/report.json": toJson(report),
    "plan.json": toJson(source),
  };
  files["README.md"] = readme(model, warnings, [...Object.keys(files), "README.md"].sort());
  return { files: sorted(files), warnings, report };
}

/**
 * Exports a plan: evaluates it (for `options.environment` when given, else its own environment) and builds the
 * bundle from plan and report.
 */
export function exportBundle(plan: PlanDocument, options: ExportOptions = {}): Bundle {
  const environment = options.environment ?? plan.metadata.environment;
  const evaluated =
    environment === plan.metadata.environment
      ? plan
      : { ...plan, metadata: { ...plan.metadata, environment } };
  return buildBundle(evaluated, evaluate(evaluated), environment, plan);
}

/** The files of one format: the whole bundle for `zip`, else that target's folder plus README.md. */
export function selectFiles(bundle: Bundle, format: ExportFormat): Record<string, string> {
  const prefixes = FORMAT_PREFIXES[format];
  return Object.fromEntries(
    Object.entries(bundle.files).filter(
      ([path]) => path === "README.md" || prefixes.some((p) => path.startsWith(p)),
    ),
  );
}
