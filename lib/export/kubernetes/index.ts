import type { DeploymentModel } from "../model/build";
import type { HostResolver } from "../model/settings";
import type { Tier, WorkloadModel } from "../model/types";
import { toYamlStream } from "../yaml";
import { autoscaler, disruptionBudget } from "./availability";
import { claimObjects, namespaceObjects, storageClassObjects } from "./cluster";
import { gpuMetricsObjects } from "./gpu-metrics";
import { ingressObjects } from "./ingress";
import type { K8sObject } from "./meta";
import { modelCacheObjects } from "./model-weights";
import {
  monitoringConfig,
  monitoringObjects,
  prometheusClusterRole,
  type MonitoringConfig,
} from "./monitoring";
import { networkPolicies } from "./network-policies";
import { overlayFiles } from "./overlays";
import { postgresObjects } from "./postgres";
import { redisObjects } from "./redis";
import { configMap, planConfigMap, secretTemplate } from "./settings";
import { externalServiceObject, serviceObjects } from "./services";
import { workloadObject } from "./workloads";

export type { K8sObject };

/**
 * Same namespace: the short Service name; across namespaces: the cluster DNS name (services and AI namespaces are
 * the same in every overlay, and no allowed flow targets the app tier from another tier). Clients of an
 * operator-run store use the Service the operator keeps on its primary (CNPG -rw or PgBouncer, Redis -master).
 */
export function clusterResolver(namespaces: Record<Tier, string>, sourceTier: Tier): HostResolver {
  return (c) => {
    const tier = c.target.type === "workload" ? c.target.workload.tier : c.target.external.tier;
    const service =
      c.target.type === "workload" ? (c.target.workload.clientService ?? c.targetName) : c.targetName;
    return tier === sourceTier ? service : `${service}.${namespaces[tier]}.svc.cluster.local`;
  };
}

/** The objects of one workload, as its controller runs it. */
function workloadObjects(
  w: WorkloadModel,
  model: DeploymentModel,
  monitoring: MonitoringConfig | null,
): K8sObject[] {
  const ns = model.namespaces[w.tier];
  const { prefix } = model;
  const resolve = clusterResolver(model.namespaces, w.tier);
  if (w.controller === "CloudNativePG") return postgresObjects(w, ns, prefix, resolve);
  if (w.controller === "RedisReplication") return redisObjects(w, ns, prefix);
  const caches = model.modelCaches.filter((c) => c.workload === w);
  return [
    configMap(w, ns, prefix, resolve),
    workloadObject(w, ns, prefix),
    ...serviceObjects(w, ns, prefix),
    ...[disruptionBudget(w, ns, prefix), autoscaler(w, ns, prefix)].filter((o): o is K8sObject => o !== null),
    ...caches.flatMap((c) => modelCacheObjects(c, ns, prefix)),
    ...(monitoring && w.kind === "monitoring" ? monitoringObjects(monitoring, prefix, w, ns) : []),
  ];
}

/** The base's objects, grouped by the file they go to (relative to kubernetes/base/). */
export function baseObjects(model: DeploymentModel): Map<string, K8sObject[]> {
  const { namespaces, prefix } = model;
  const files = new Map<string, K8sObject[]>();
  const put = (file: string, objects: (K8sObject | null)[]) => {
    const list = objects.filter((o): o is K8sObject => o !== null);
    if (list.length) files.set(file, [...(files.get(file) ?? []), ...list]);
  };
  put("namespaces.yaml", namespaceObjects(namespaces, prefix));
  put("storage-classes.yaml", storageClassObjects(prefix));
  put("plan.yaml", [planConfigMap(model.plan, namespaces.app, model.environment)]);
  const monitoring = model.workloads.some((w) => w.kind === "monitoring") ? monitoringConfig(model) : null;
  for (const w of model.workloads) put(`components/${w.name}.yaml`, workloadObjects(w, model, monitoring));
  put(
    "secrets.yaml",
    model.workloads
      .filter((w) => w.controller !== "CloudNativePG")
      .map((w) => secretTemplate(w, namespaces[w.tier], prefix)),
  );
  put(
    "external-services.yaml",
    model.externals.map((e) => externalServiceObject(e, namespaces[e.tier], prefix)),
  );
  if (model.ingress) put("ingress.yaml", ingressObjects(model.ingress, namespaces.app, prefix));
  put(
    "network-policies.yaml",
    networkPolicies(model, namespaces, prefix, { ingress: Boolean(model.ingress?.routes.length) }),
  );
  put("volumes.yaml", claimObjects(model.claims, namespaces, prefix));
  if (model.workloads.some((w) => w.gpu)) put("gpu-metrics.yaml", gpuMetricsObjects(prefix));
  if (monitoring) put("rbac.yaml", [prometheusClusterRole(prefix)]);
  return files;
}

/** kubernetes/: the Kustomize base (one file per concern, one per component) and the three overlays. */
export function kubernetesFiles(model: DeploymentModel): Record<string, string> {
  const base = baseObjects(model);
  const files: Record<string, string> = {};
  const resources = [...base.keys()].sort();
  for (const file of resources) files[`kubernetes/base/${file}`] = toYamlStream(base.get(file)!);
  files["kubernetes/base/kustomization.yaml"] = toYamlStream([
    { apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources },
  ]);
  Object.assign(files, overlayFiles(model));
  return files;
}
