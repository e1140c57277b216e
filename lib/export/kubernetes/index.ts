import type { DeploymentModel } from "../model/build";
import type { HostResolver } from "../model/settings";
import { toYamlStream } from "../yaml";
import { autoscaler, disruptionBudget } from "./availability";
import { claimObjects, namespaceObjects, storageClassObjects } from "./cluster";
import { ingressObjects } from "./ingress";
import type { K8sObject } from "./meta";
import { monitoringConfig, monitoringObjects, prometheusClusterRole } from "./monitoring";
import { networkPolicies } from "./network-policies";
import { overlayFiles } from "./overlays";
import { configMap, planConfigMap, secretTemplate } from "./settings";
import { externalServiceObject, serviceObjects } from "./services";
import { workloadObject } from "./workloads";

export type { K8sObject };

/** The base's objects, grouped by the file they go to (relative to kubernetes/base/). */
export function baseObjects(model: DeploymentModel): Map<string, K8sObject[]> {
  const { namespaces, prefix } = model;
  const files = new Map<string, K8sObject[]>();
  const put = (file: string, objects: (K8sObject | null)[]) => {
    const list = objects.filter((o): o is K8sObject => o !== null);
    if (list.length) files.set(file, [...(files.get(file) ?? []), ...list]);
  };
  // Same namespace: the short Service name; across namespaces: the cluster DNS name (services and AI namespaces are
  // the same in every overlay, and no allowed flow targets the app tier from another tier).
  const resolverFor =
    (sourceTier: string): HostResolver =>
    (c) => {
      const tier = c.target.type === "workload" ? c.target.workload.tier : c.target.external.tier;
      return tier === sourceTier ? c.targetName : `${c.targetName}.${namespaces[tier]}.svc.cluster.local`;
    };
  put("namespaces.yaml", namespaceObjects(namespaces, prefix));
  put("storage-classes.yaml", storageClassObjects(prefix));
  put("plan.yaml", [planConfigMap(model.plan, namespaces.app, model.environment)]);
  const secrets: (K8sObject | null)[] = [];
  const monitoring = model.workloads.some((w) => w.kind === "monitoring") ? monitoringConfig(model) : null;
  for (const w of model.workloads) {
    const ns = namespaces[w.tier];
    secrets.push(secretTemplate(w, ns, prefix));
    put(`components/${w.name}.yaml`, [
      configMap(w, ns, prefix, resolverFor(w.tier)),
      workloadObject(w, ns, prefix),
      ...serviceObjects(w, ns, prefix),
      disruptionBudget(w, ns, prefix),
      autoscaler(w, ns, prefix),
      ...(monitoring && w.kind === "monitoring" ? monitoringObjects(monitoring, prefix, w, ns) : []),
    ]);
  }
  put("secrets.yaml", secrets);
  put(
    "external-services.yaml",
    model.externals.map((e) => externalServiceObject(e, namespaces[e.tier], prefix)),
  );
  if (model.ingress) put("ingress.yaml", ingressObjects(model.ingress, namespaces.app, prefix));
  put(
    "network-policies.yaml",
    networkPolicies(model.workloads, model.flows, namespaces, prefix, {
      ingress: Boolean(model.ingress?.routes.length),
    }),
  );
  put("volumes.yaml", claimObjects(model.claims, namespaces, prefix));
  if (model.workloads.some((w) => w.kind === "monitoring")) put("rbac.yaml", [prometheusClusterRole(prefix)]);
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
