import { autoscaler, disruptionBudget } from "../kubernetes/availability";
import { storageClassObjects } from "../kubernetes/cluster";
import { gpuMetricsObjects } from "../kubernetes/gpu-metrics";
import { ingressObjects } from "../kubernetes/ingress";
import { workloadLabels, type K8sObject } from "../kubernetes/meta";
import { modelCacheObjects } from "../kubernetes/model-weights";
import { monitoringConfig, monitoringObjects, prometheusClusterRole } from "../kubernetes/monitoring";
import { appSecretName, backupSecretName } from "../kubernetes/postgres";
import { configMap, planConfigMap, SECRET_PLACEHOLDER, secretTemplate } from "../kubernetes/settings";
import { serviceObjects } from "../kubernetes/services";
import { workloadObject } from "../kubernetes/workloads";
import { namespaceObjects } from "../kubernetes/cluster";
import type { DeploymentModel } from "../model/build";
import type { HostResolver } from "../model/settings";
import type { WorkloadModel } from "../model/types";
import { toYamlStream } from "../yaml";
import { chartOf } from "./charts";
import { appNetworkPolicies } from "./network-policies";

/** Where clients reach a chart-run workload: the Service the upstream chart names after `fullnameOverride`. */
export function helmResolver(model: DeploymentModel): HostResolver {
  const services = model.namespaces.services;
  return (c) => {
    if (c.target.type === "external") return c.targetName;
    const w = c.target.workload;
    const chart = chartOf(w);
    if (!chart) {
      const ns = model.namespaces[w.tier];
      return `${c.targetName}.${ns}.svc.cluster.local`;
    }
    const service =
      chart === "vllm"
        ? `${model.prefix}-router-service`
        : chart === "redis"
          ? `${w.name}-master`
          : (w.clientService ?? w.name);
    return `${service}.${services}.svc.cluster.local`;
  };
}

function secret(
  name: string,
  namespace: string,
  labels: Record<string, string>,
  keys: string[],
  type = "Opaque",
): K8sObject {
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata: {
      name,
      namespace,
      labels,
      annotations: { "stackplan.io/template": "true: replace every REPLACE-ME before installing" },
    },
    type,
    stringData: Object.fromEntries(keys.map((k) => [k, SECRET_PLACEHOLDER])),
  };
}

/** The Secret templates every chart and template reads (chart-run workloads live in the release namespace). */
function secretObjects(model: DeploymentModel): K8sObject[] {
  const out: K8sObject[] = [];
  for (const w of model.workloads) {
    const ns = chartOf(w) ? model.namespaces.services : model.namespaces[w.tier];
    const labels = workloadLabels(w, model.prefix);
    if (w.controller === "CloudNativePG") {
      out.push(
        {
          ...secret(appSecretName(w), ns, labels, ["password"], "kubernetes.io/basic-auth"),
          stringData: { username: "app", password: SECRET_PLACEHOLDER },
        },
        secret(backupSecretName(w), ns, labels, ["ACCESS_KEY_ID", "ACCESS_SECRET_KEY"]),
      );
      continue;
    }
    if (w.kind === "s3") out.push(secret(`${w.name}-root`, ns, labels, ["rootUser", "rootPassword"]));
    const t = secretTemplate(w, ns, model.prefix);
    if (t) out.push(t);
  }
  return out;
}

/** A workload the umbrella's own templates run (no upstream chart covers it), with its model volume. */
function ownWorkloadObjects(w: WorkloadModel, model: DeploymentModel, resolve: HostResolver): K8sObject[] {
  const ns = model.namespaces[w.tier];
  const { prefix } = model;
  return [
    configMap(w, ns, prefix, resolve),
    workloadObject(w, ns, prefix),
    ...serviceObjects(w, ns, prefix),
    ...[disruptionBudget(w, ns, prefix), autoscaler(w, ns, prefix)].filter((o): o is K8sObject => o !== null),
    ...model.modelCaches.filter((c) => c.workload === w).flatMap((c) => modelCacheObjects(c, ns, prefix)),
    ...(w.kind === "monitoring" ? monitoringObjects(monitoringConfig(model), prefix, w, ns) : []),
  ];
}

/**
 * helm/templates/: the parts no upstream chart covers — namespaces, storage classes, the platform's own services
 * (frontend, API, document worker), monitoring, model servers other than vLLM, the ingress, the app namespace's
 * NetworkPolicies and every Secret template. They hold no template directives: the bundle is generated for one
 * plan, so they are plain manifests Helm installs as they are (objects without a namespace go to the release's).
 */
export function templateFiles(model: DeploymentModel): Record<string, string> {
  const resolve = helmResolver(model);
  const { prefix, namespaces } = model;
  const files: Record<string, string> = {};
  const put = (name: string, objects: K8sObject[]) => {
    if (objects.length) files[`helm/templates/${name}.yaml`] = toYamlStream(objects);
  };
  const released = new Set([namespaces.services]);
  put(
    "namespaces",
    namespaceObjects(namespaces, prefix).filter((n) => !released.has(n.metadata.name)),
  );
  put("storage-classes", storageClassObjects(prefix));
  put("plan", [planConfigMap(model.plan, namespaces.app, model.environment)]);
  put("secrets", secretObjects(model));
  for (const w of model.workloads.filter((x) => !chartOf(x)))
    put(w.name, ownWorkloadObjects(w, model, resolve));
  if (model.ingress) put("ingress", ingressObjects(model.ingress, namespaces.app, prefix));
  put("network-policies", appNetworkPolicies(model));
  if (model.workloads.some((w) => w.kind === "monitoring")) put("rbac", [prometheusClusterRole(prefix)]);
  if (model.workloads.some((w) => w.gpu))
    put(
      "gpu-metrics-namespace",
      gpuMetricsObjects(prefix).filter((o) => o.kind === "Namespace"),
    );
  return files;
}
