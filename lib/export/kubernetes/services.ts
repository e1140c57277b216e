import type { ExternalModel, WorkloadModel } from "../model/types";
import { commonLabels, planAnnotations, selectorLabels, workloadLabels, type K8sObject } from "./meta";

/** Ports a Service exposes: the component's own (sidecar exporters are scraped on the pod, not through it). */
function servicePorts(w: WorkloadModel) {
  return w.containers
    .filter((c) => !c.sidecar || w.kind === "monitoring")
    .flatMap((c) => c.ports)
    .map((p) => ({ name: p.name, port: p.port, targetPort: p.port, protocol: "TCP" }));
}

/**
 * The Service of a workload (ClusterIP, on the spec's ports) and, for a StatefulSet, its headless Service: stable
 * per-pod DNS names for replication and MinIO's erasure set, published before readiness so members find each other.
 */
export function serviceObjects(w: WorkloadModel, namespace: string, prefix: string): K8sObject[] {
  // Operators create their own Services (CloudNativePG -rw/-ro/-r, the Redis operator's -master).
  if (w.controller === "CloudNativePG" || w.controller === "RedisReplication") return [];
  const metadata = (name: string) => ({
    name,
    namespace,
    labels: workloadLabels(w, prefix),
    annotations: planAnnotations(w),
  });
  const ports = servicePorts(w);
  const out: K8sObject[] = [
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: metadata(w.name),
      spec: { type: "ClusterIP", selector: selectorLabels(w, prefix), ports },
    },
  ];
  if (w.headless) {
    out.push({
      apiVersion: "v1",
      kind: "Service",
      metadata: metadata(`${w.name}-headless`),
      spec: {
        clusterIP: "None",
        publishNotReadyAddresses: true,
        selector: selectorLabels(w, prefix),
        ports,
      },
    });
  }
  return out;
}

/** An ExternalName Service: clients use the in-cluster name; DNS answers with the Macs' or the provider's host. */
export function externalServiceObject(e: ExternalModel, namespace: string, prefix: string): K8sObject {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: {
      name: e.name,
      namespace,
      labels: {
        ...commonLabels(prefix),
        "app.kubernetes.io/name": e.name,
        "app.kubernetes.io/component": e.kind,
      },
      annotations: {
        ...planAnnotations({ nodeId: e.nodeId, label: e.label }),
        "stackplan.io/external-reason": e.reason,
        ...(e.runCommand ? { "stackplan.io/run-on-each-mac": e.runCommand } : {}),
      },
    },
    spec: {
      type: "ExternalName",
      externalName: e.host,
      ports: [{ name: e.port === 443 ? "https" : "http", port: e.port, protocol: "TCP" }],
    },
  };
}
