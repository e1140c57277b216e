import type { DeploymentModel } from "../model/build";
import type { WorkloadModel } from "../model/types";
import { joinedLabel } from "../names";
import { grafanaDashboard } from "../monitoring/grafana";
import { grafanaProvisioning, prometheusConfig, RULES_FILE, rulesFile } from "../monitoring/prometheus";
import { alertGroups } from "../monitoring/rules";
import { toJson, toYaml } from "../yaml";
import { commonLabels, workloadLabels, type K8sObject } from "./meta";

/** The configuration files every bundled Prometheus/Grafana pair shares (rendered once per bundle). */
export interface MonitoringConfig {
  prometheus: Record<string, string>;
  grafana: Record<string, string>;
}

export function monitoringConfig(model: DeploymentModel): MonitoringConfig {
  const provisioning = grafanaProvisioning();
  return {
    prometheus: {
      "prometheus.yml": toYaml(prometheusConfig()),
      [RULES_FILE]: toYaml(rulesFile(alertGroups(model))),
    },
    grafana: {
      "datasources.yaml": toYaml(provisioning.datasources),
      "dashboards.yaml": toYaml(provisioning.dashboards),
      "stackplan.json": toJson(grafanaDashboard(model)),
    },
  };
}

/**
 * What a monitoring workload needs besides itself: its Prometheus configuration and alert rules, Grafana's
 * provisioning and dashboard (ConfigMaps), and the read-only API access Prometheus uses to discover pods.
 */
export function monitoringObjects(
  config: MonitoringConfig,
  prefix: string,
  w: WorkloadModel,
  namespace: string,
): K8sObject[] {
  const labels = workloadLabels(w, prefix);
  const clusterRole = `${prefix}-prometheus`;
  return [
    {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: `${w.name}-prometheus`, namespace, labels },
      data: config.prometheus,
    },
    {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: `${w.name}-grafana`, namespace, labels: { ...labels, grafana_dashboard: "1" } },
      data: config.grafana,
    },
    { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: w.name, namespace, labels } },
    {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRoleBinding",
      metadata: { name: joinedLabel(prefix, w.name), labels },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: clusterRole },
      subjects: [{ kind: "ServiceAccount", name: w.name, namespace }],
    },
  ];
}

/** The one ClusterRole every bundled Prometheus binds: read pods, services and endpoints for discovery. */
export function prometheusClusterRole(prefix: string): K8sObject {
  return {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRole",
    metadata: { name: `${prefix}-prometheus`, labels: commonLabels(prefix) },
    rules: [
      { apiGroups: [""], resources: ["pods", "services", "endpoints"], verbs: ["get", "list", "watch"] },
      { nonResourceURLs: ["/metrics"], verbs: ["get"] },
    ],
  };
}
