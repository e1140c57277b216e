import type { PlanDocument } from "../plan/plan-schema";
import { dnsLabel } from "./names";
import type { Environment, ExportFormat } from "./types";

/** Download name of a bundle: `<plan>-<format>-<environment>.zip`, ASCII and safe in a Content-Disposition. */
export function bundleFileName(plan: PlanDocument, format: ExportFormat, environment: Environment): string {
  const base = dnsLabel(plan.metadata.name, "plan");
  return `${base}-${format === "zip" ? "bundle" : format}-${environment}.zip`;
}
