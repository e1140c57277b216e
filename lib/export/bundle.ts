import { evaluate } from "../engine/evaluate";
import type { Report } from "../engine/report-schema";
import type { PlanDocument } from "../plan/plan-schema";
import { composeFiles } from "./compose";
import { diagramSvg } from "./diagram";
import { helmFiles } from "./helm";
import { kubernetesFiles } from "./kubernetes";
import { buildDeploymentModel, type DeploymentModel } from "./model/build";
import { monitoringFiles } from "./monitoring";
import { monitoringGaps } from "./monitoring/rules";
import { billOfMaterials } from "./report/bill-of-materials";
import { capacityReport } from "./report/capacity-report";
import { proposalReport } from "./report/proposal";
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

/** §8 thresholds no deployed exporter's metric can express: said in the README rather than guessed in a rule. */
function monitoringWarnings(model: DeploymentModel): ExportWarning[] {
  return monitoringGaps(model).map((gap) => ({
    code: "alert-not-expressible",
    subject: null,
    message: `No alert rule for ${gap}; add one when the component exposes such a metric.`,
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
    ...monitoringWarnings(model),
    ...compose.warnings,
  ]);
  const files: Record<string, string> = {
    ...kubernetesFiles(model),
    ...helmFiles(model),
    ...compose.files,
    ...monitoringFiles(model),
    "report/capacity-report.md": capacityReport(model),
    "report/bill-of-materials.csv": billOfMaterials(plan, report),
    "report/diagram.svg": diagramSvg(source, { title: source.metadata.name }),
    "report/proposal.md": proposalReport(plan, report),
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
