import type { StorageModel, WorkloadModel } from "../model/types";
import { planAnnotations, selectorLabels, storageQuantity, workloadLabels, type K8sObject } from "./meta";
import { podTemplate } from "./pod";

function claimTemplate(storage: StorageModel): Record<string, unknown> {
  return {
    metadata: { name: storage.claim, annotations: { "stackplan.io/size-basis": storage.basis } },
    spec: {
      accessModes: [storage.accessMode],
      storageClassName: storage.storageClass,
      resources: { requests: { storage: storageQuantity(storage.sizeG) } },
    },
  };
}

/**
 * The Deployment (stateless) or StatefulSet (one claim set per replica) of a workload. Under a
 * HorizontalPodAutoscaler the Deployment carries no `replicas`: the autoscaler owns the count.
 */
export function workloadObject(w: WorkloadModel, namespace: string, prefix: string): K8sObject {
  const metadata = {
    name: w.name,
    namespace,
    labels: workloadLabels(w, prefix),
    annotations: planAnnotations(w),
  };
  const selector = { matchLabels: selectorLabels(w, prefix) };
  const replicas = w.autoscale ? {} : { replicas: w.replicas };
  if (w.controller === "StatefulSet") {
    const claims = [w.storage, ...w.extraClaims].filter((c): c is StorageModel => c !== undefined);
    return {
      apiVersion: "apps/v1",
      kind: "StatefulSet",
      metadata,
      spec: {
        serviceName: `${w.name}-headless`,
        ...replicas,
        // MinIO's erasure set only becomes ready once every member is up: start them together.
        ...(w.kind === "s3" ? { podManagementPolicy: "Parallel" } : {}),
        selector,
        template: podTemplate(w, prefix),
        ...(claims.length ? { volumeClaimTemplates: claims.map(claimTemplate) } : {}),
      },
    };
  }
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata,
    spec: {
      ...replicas,
      selector,
      // GPU pods cannot surge (no spare GPUs): replace one at a time instead.
      ...(w.gpu
        ? { strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } } }
        : {}),
      template: podTemplate(w, prefix),
    },
  };
}
