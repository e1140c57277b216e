import type { WorkloadModel } from "../model/types";

/** Kubernetes objects are plain data here; the tests validate every one against the Kubernetes schemas. */
export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
} & Record<string, unknown>;

/** CPU cores as a quantity: whole cores as "4", fractions in millicores ("250m"). */
export function cpuQuantity(cores: number): string {
  return Number.isInteger(cores) ? String(cores) : `${Math.max(1, Math.round(cores * 1000))}m`;
}

/**
 * Memory GB (the plan's RAM figures, sold in binary units) as a quantity: "16Gi", fractions as "128Mi".
 */
export function memoryQuantity(gib: number): string {
  return Number.isInteger(gib) ? `${gib}Gi` : `${Math.max(1, Math.round(gib * 1024))}Mi`;
}

/** Storage GB (10^9 bytes, as the storage model counts) as a decimal quantity: "3431G". */
export function storageQuantity(gb: number): string {
  return `${Math.max(1, Math.ceil(gb))}G`;
}

/** Labels every object of a workload carries; the first two are its selector. */
export function selectorLabels(w: Pick<WorkloadModel, "name">, prefix: string): Record<string, string> {
  return { "app.kubernetes.io/name": w.name, "app.kubernetes.io/part-of": prefix };
}

export function workloadLabels(w: WorkloadModel, prefix: string): Record<string, string> {
  return {
    ...selectorLabels(w, prefix),
    "app.kubernetes.io/component": w.kind,
    "app.kubernetes.io/managed-by": "stackplan",
    "stackplan.io/job": w.job,
  };
}

/** The plan's own words travel as annotations (any text is valid there; labels are restricted). */
export function planAnnotations(
  w: Pick<WorkloadModel, "nodeId" | "label" | "notes">,
): Record<string, string> {
  return {
    "stackplan.io/node-id": w.nodeId,
    "stackplan.io/label": w.label,
    ...(w.notes ? { "stackplan.io/notes": w.notes } : {}),
  };
}

export function commonLabels(prefix: string): Record<string, string> {
  return { "app.kubernetes.io/part-of": prefix, "app.kubernetes.io/managed-by": "stackplan" };
}
