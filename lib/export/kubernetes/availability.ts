import type { WorkloadModel } from "../model/types";
import { selectorLabels, workloadLabels, type K8sObject } from "./meta";

/**
 * A PodDisruptionBudget for every workload the plan runs with two or more replicas: drains take one pod at a time,
 * so an HA tier never loses more than one member to maintenance (maxUnavailable 1 never blocks a single replica).
 */
export function disruptionBudget(w: WorkloadModel, namespace: string, prefix: string): K8sObject | null {
  // Operators keep their own budgets (CloudNativePG's enablePDB, the Redis CRs' pdb).
  if (w.controller === "CloudNativePG" || w.controller === "RedisReplication") return null;
  if (w.replicas < 2 && !(w.autoscale && w.autoscale.maxReplicas >= 2)) return null;
  return {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudget",
    metadata: { name: w.name, namespace, labels: workloadLabels(w, prefix) },
    spec: { maxUnavailable: 1, selector: { matchLabels: selectorLabels(w, prefix) } },
  };
}

/** A HorizontalPodAutoscaler where the plan's tier autoscales (node.autoscale): its bounds and CPU target. */
export function autoscaler(w: WorkloadModel, namespace: string, prefix: string): K8sObject | null {
  if (!w.autoscale) return null;
  return {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    metadata: { name: w.name, namespace, labels: workloadLabels(w, prefix) },
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: w.controller, name: w.name },
      minReplicas: w.autoscale.minReplicas,
      maxReplicas: w.autoscale.maxReplicas,
      metrics: [
        {
          type: "Resource",
          resource: {
            name: "cpu",
            target: { type: "Utilization", averageUtilization: w.autoscale.targetCpuPct },
          },
        },
      ],
    },
  };
}
