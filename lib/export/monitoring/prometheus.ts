import type { DeploymentModel } from "../model/build";
import type { RuleGroup } from "./rules";

export const RULES_FILE = "alerts.rules.yml";

/** The plain Prometheus rule file (`promtool check rules`). */
export function rulesFile(groups: RuleGroup[]): Record<string, unknown> {
  return { groups };
}

/** The same groups as a Prometheus Operator PrometheusRule, for clusters running kube-prometheus-stack. */
export function prometheusRule(model: DeploymentModel, groups: RuleGroup[]): Record<string, unknown> {
  return {
    apiVersion: "monitoring.coreos.com/v1",
    kind: "PrometheusRule",
    metadata: {
      name: `${model.prefix}-platform`,
      namespace: model.namespaces.monitoring,
      labels: { "app.kubernetes.io/part-of": model.prefix, "app.kubernetes.io/managed-by": "stackplan" },
    },
    spec: { groups },
  };
}

/** Target labels of every scrape: `job` from the pod's `stackplan.io/job` label, `app` from its name, pod, namespace. */
const TARGET_LABELS = [
  { source_labels: ["__meta_kubernetes_pod_label_stackplan_io_job"], action: "replace", target_label: "job" },
  {
    source_labels: ["__meta_kubernetes_pod_label_app_kubernetes_io_name"],
    action: "replace",
    target_label: "app",
  },
  { source_labels: ["__meta_kubernetes_namespace"], action: "replace", target_label: "namespace" },
  { source_labels: ["__meta_kubernetes_pod_name"], action: "replace", target_label: "pod" },
];

/**
 * prometheus.yml of the bundled Prometheus: discovers pods annotated `prometheus.io/scrape` (and the Services an
 * operator annotates, such as the Redis operator's metrics Service), takes the `job` from the pod's
 * `stackplan.io/job` label (so the spec's `up{job="postgresql"}` holds) and `app` from its name.
 */
export function prometheusConfig(): Record<string, unknown> {
  return {
    global: { scrape_interval: "30s", evaluation_interval: "30s" },
    rule_files: [`/etc/prometheus/${RULES_FILE}`],
    scrape_configs: [
      {
        job_name: "stackplan-services",
        kubernetes_sd_configs: [{ role: "endpoints" }],
        relabel_configs: [
          {
            source_labels: [
              "__meta_kubernetes_service_annotation_prometheus_io_scrape",
              "__meta_kubernetes_pod_annotation_prometheus_io_scrape",
            ],
            action: "keep",
            regex: "true;",
          },
          {
            source_labels: ["__address__", "__meta_kubernetes_service_annotation_prometheus_io_port"],
            action: "replace",
            regex: "([^:]+)(?::\\d+)?;(\\d+)",
            replacement: "$1:$2",
            target_label: "__address__",
          },
          ...TARGET_LABELS,
        ],
      },
      {
        job_name: "stackplan-pods",
        kubernetes_sd_configs: [{ role: "pod" }],
        relabel_configs: [
          {
            source_labels: ["__meta_kubernetes_pod_annotation_prometheus_io_scrape"],
            action: "keep",
            regex: "true",
          },
          {
            source_labels: ["__meta_kubernetes_pod_annotation_prometheus_io_path"],
            action: "replace",
            regex: "(.+)",
            target_label: "__metrics_path__",
          },
          {
            source_labels: ["__address__", "__meta_kubernetes_pod_annotation_prometheus_io_port"],
            action: "replace",
            regex: "([^:]+)(?::\\d+)?;(\\d+)",
            replacement: "$1:$2",
            target_label: "__address__",
          },
          ...TARGET_LABELS,
        ],
      },
    ],
  };
}

/** Grafana provisioning: the bundled Prometheus (same pod) as datasource, the dashboard from a file. */
export function grafanaProvisioning(): {
  datasources: Record<string, unknown>;
  dashboards: Record<string, unknown>;
} {
  return {
    datasources: {
      apiVersion: 1,
      datasources: [
        {
          name: "Prometheus",
          type: "prometheus",
          access: "proxy",
          url: "http://localhost:9090",
          isDefault: true,
        },
      ],
    },
    dashboards: {
      apiVersion: 1,
      providers: [
        {
          name: "stackplan",
          type: "file",
          disableDeletion: true,
          options: { path: "/var/lib/grafana/dashboards" },
        },
      ],
    },
  };
}
