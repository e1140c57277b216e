import type { PlanDocument } from "../../plan/plan-schema";
import { workloadSecretKeys, workloadSettings, type HostResolver } from "../model/settings";
import type { WorkloadModel } from "../model/types";
import { commonLabels, workloadLabels, type K8sObject } from "./meta";

/** Placeholder of every secret value: a template never carries a real secret. */
export const SECRET_PLACEHOLDER = "REPLACE-ME";

/** The ConfigMap of a workload: non-secret settings, including how to reach each upstream. */
export function configMap(
  w: WorkloadModel,
  namespace: string,
  prefix: string,
  resolve: HostResolver,
): K8sObject {
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: `${w.name}-config`, namespace, labels: workloadLabels(w, prefix) },
    data: { STACKPLAN_COMPONENT: w.kind, STACKPLAN_NODE_ID: w.nodeId, ...workloadSettings(w, resolve) },
  };
}

/** The Secret template of a workload (its own credentials and its clients' credentials), or null if none. */
export function secretTemplate(w: WorkloadModel, namespace: string, prefix: string): K8sObject | null {
  const keys = workloadSecretKeys(w);
  if (keys.length === 0) return null;
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata: {
      name: `${w.name}-secret`,
      namespace,
      labels: workloadLabels(w, prefix),
      annotations: { "stackplan.io/template": "true: replace every REPLACE-ME before applying" },
    },
    type: "Opaque",
    stringData: Object.fromEntries(keys.map((k) => [k, SECRET_PLACEHOLDER])),
  };
}

/** The plan's own settings, for operators and dashboards (names, environment, workload, SLOs). */
export function planConfigMap(plan: PlanDocument, namespace: string, environment: string): K8sObject {
  const w = plan.workload;
  const s = plan.slos;
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: "stackplan-plan", namespace, labels: commonLabels(plan.metadata.namespacePrefix) },
    data: {
      PLAN_NAME: plan.metadata.name,
      PLAN_DESCRIPTION: plan.metadata.description,
      PLAN_ENVIRONMENT: environment,
      PLAN_TEMPLATE: plan.metadata.templateId ?? "",
      KUBERNETES_VERSION: plan.metadata.kubernetesVersion,
      USERS: String(w.users),
      HORIZON_MONTHS: String(w.horizonMonths),
      SLO_MIN_TOKENS_PER_SECOND_PER_USER: String(s.minTokensPerSecondPerUser),
      SLO_MAX_TTFT_MS: String(s.maxTtftMs),
      SLO_AVAILABILITY_PCT: String(s.availabilityPct),
      SLO_RPO_MINUTES: String(s.rpoMinutes),
      SLO_RTO_HOURS: String(s.rtoHours),
    },
  };
}
