import type { DeploymentModel } from "../model/build";
import { namespacesFor } from "../model/environment";
import { cpuQuantity, memoryQuantity, storageQuantity } from "../kubernetes/meta";
import { ingressHosts, INGRESS_CLASS, issuerName, tlsSecretName } from "../kubernetes/ingress";
import { componentSizing } from "../model/components";
import type { WorkloadModel } from "../model/types";
import { toJson, toYaml } from "../yaml";
import { valuesJsonSchema, valuesSchema, type HelmValues } from "./values-schema";

/** "repo/name:tag" → { repository, tag } (the tag is after the last ':' that follows the last '/'). */
export function splitImage(image: string): { repository: string; tag: string } {
  const slash = image.lastIndexOf("/");
  const colon = image.lastIndexOf(":");
  return colon > slash
    ? { repository: image.slice(0, colon), tag: image.slice(colon + 1) }
    : { repository: image, tag: "latest" };
}

function component(w: WorkloadModel, namespace: string): HelmValues["components"][string] {
  const main = w.containers[0]!;
  // The component's sizing (all its containers but metrics exporters), as the plan gives it.
  const size = componentSizing(w.containers);
  const amounts = {
    cpu: cpuQuantity(size.cpuCores),
    memory: memoryQuantity(size.memoryGi),
    ...(size.gpus > 0 ? { "nvidia.com/gpu": size.gpus } : {}),
  };
  const s = w.serving;
  return {
    enabled: true,
    nodeId: w.nodeId,
    label: w.label,
    kind: w.kind,
    namespace,
    workload: w.controller,
    replicas: w.replicas,
    autoscaling: {
      enabled: Boolean(w.autoscale),
      minReplicas: w.autoscale?.minReplicas ?? w.replicas,
      maxReplicas: w.autoscale?.maxReplicas ?? w.replicas,
      targetCPUUtilizationPercentage: w.autoscale?.targetCpuPct ?? 70,
    },
    image: splitImage(main.image),
    command: main.command ?? [],
    args: main.args,
    ports: main.ports,
    resources: { requests: amounts, limits: { ...amounts } },
    persistence: w.storage
      ? {
          enabled: true,
          storageClass: w.storage.storageClass,
          size: storageQuantity(w.storage.sizeG),
          basis: w.storage.basis,
        }
      : { enabled: false, storageClass: null, size: null, basis: "stateless" },
    nodeSelector: w.gpu
      ? w.gpu.productLabel
        ? { "nvidia.com/gpu.product": w.gpu.productLabel }
        : { "nvidia.com/gpu.present": "true" }
      : {},
    tolerations: w.gpu ? [{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }] : [],
    serving: s
      ? {
          framework: s.frameworkId,
          model: s.model,
          servedModelName: s.servedModelName,
          precision: s.precision,
          kvCacheDtype: s.kvPrecision,
          tensorParallelSize: s.tensorParallelSize,
          pipelineParallelSize: s.pipelineParallelSize,
          maxNumSeqs: s.maxNumSeqs,
          maxModelLen: s.maxModelLen,
          gpuMemoryUtilization: s.gpuMemoryUtilization,
        }
      : null,
  };
}

/** The Helm values of the bundle: the same sizing as the manifests, for teams that deploy with a chart. */
export function helmValues(model: DeploymentModel): HelmValues {
  const { plan, prefix, environment } = model;
  const namespaces = namespacesFor(prefix, environment);
  const ingress = model.ingress;
  const lbAmounts = ingress
    ? { cpu: cpuQuantity(ingress.cpuCores), memory: memoryQuantity(ingress.memoryGi) }
    : { cpu: "1", memory: "1Gi" };
  const values: HelmValues = {
    global: {
      plan: plan.metadata.name,
      environment,
      namespacePrefix: prefix,
      kubernetesVersion: plan.metadata.kubernetesVersion,
      users: plan.workload.users,
    },
    namespaces,
    components: Object.fromEntries(model.workloads.map((w) => [w.name, component(w, namespaces[w.tier])])),
    externals: Object.fromEntries(
      model.externals.map((e) => [
        e.name,
        {
          nodeId: e.nodeId,
          label: e.label,
          kind: e.kind,
          namespace: namespaces[e.tier],
          reason: e.reason,
          externalName: e.host,
          port: e.port,
        },
      ]),
    ),
    ingress: {
      enabled: Boolean(ingress && ingress.routes.length),
      className: INGRESS_CLASS,
      tlsSecretName: tlsSecretName(prefix),
      issuer: issuerName(prefix),
      hosts: ingress
        ? ingressHosts(ingress, prefix, environment).map((host, i) => ({
            host,
            service: ingress.routes[i]!.workload.name,
            port: ingress.routes[i]!.port,
          }))
        : [],
      controller: {
        replicaCount: ingress?.replicas ?? 0,
        resources: { requests: lbAmounts, limits: { ...lbAmounts } },
      },
    },
    storageClasses: ["fast-ssd", "standard", "s3-csi"],
    claims: Object.fromEntries(
      model.claims.map((c) => [
        c.name,
        { storageClass: c.storageClass, size: storageQuantity(c.sizeG), basis: c.basis },
      ]),
    ),
  };
  // The generator and the schema must agree: a mismatch is a bug, caught here rather than by `helm install`.
  return valuesSchema.parse(values);
}

export function helmFiles(model: DeploymentModel): Record<string, string> {
  return {
    "helm/values.yaml": toYaml(helmValues(model)),
    "helm/values.schema.json": toJson(valuesJsonSchema()),
  };
}
