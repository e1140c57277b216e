import type { DeploymentModel } from "../model/build";
import { toJson, toYaml } from "../yaml";
import { grafanaDashboard } from "./grafana";
import { prometheusRule, rulesFile } from "./prometheus";
import { alertGroups } from "./rules";

/** monitoring/: the PrometheusRule, the same rules as a plain rule file, and the Grafana dashboard. */
export function monitoringFiles(model: DeploymentModel): Record<string, string> {
  const groups = alertGroups(model);
  return {
    "monitoring/prometheus-rules.yaml": toYaml(prometheusRule(model, groups)),
    "monitoring/alerts.rules.yml": toYaml(rulesFile(groups)),
    "monitoring/grafana-dashboard.json": toJson(grafanaDashboard(model)),
  };
}
