/**
 * Reports for the chart-data unit tests (not imported by the components): `evaluate` of a template, optionally
 * edited first, and an empty report.
 */
import { evaluate } from "@/lib/engine/evaluate";
import type { Report } from "@/lib/engine/report-schema";
import type { PlanDocument } from "@/lib/plan/plan-schema";
import { asReferenceScenario, buildTemplate, type TemplateId } from "@/lib/templates";

export function templateReport(id: TemplateId, edit?: (plan: PlanDocument) => void): Report {
  const plan = buildTemplate(id);
  edit?.(plan);
  return evaluate(plan);
}

/**
 * The Mac-cluster template as the reference quotes it (Llama 3.3 70B Q4 on two Mac Studios), which misses the SLOs:
 * the template itself serves a model the Macs can (documented gap in docs/reference-platform.md).
 */
export function referenceMacReport(): Report {
  return evaluate(asReferenceScenario(buildTemplate("mac-cluster"), "mac-cluster"));
}

/** A report with nothing in it: no serving nodes, no months, no findings. */
export function emptyReport(): Report {
  const r = structuredClone(templateReport("minimal"));
  r.serving = [];
  r.components = [];
  r.findings = [];
  r.storage.months = [];
  r.cost.monthly = [];
  r.cost.lines = [];
  return r;
}
