import { CERT_MANAGER_NAMESPACE } from "../model/environment";
import type { StandaloneClaimModel, Tier } from "../model/types";
import { commonLabels, storageQuantity, type K8sObject } from "./meta";
import { TIER_LABEL } from "./network-policies";

/** The namespaces of §7 (the app tier's is renamed per overlay) plus cert-manager's own. */
export function namespaceObjects(namespaces: Record<Tier, string>, prefix: string): K8sObject[] {
  const tiers: Tier[] = ["app", "services", "ai", "monitoring"];
  return [
    ...tiers.map((tier) => ({
      apiVersion: "v1",
      kind: "Namespace",
      metadata: {
        name: namespaces[tier],
        labels: {
          ...commonLabels(prefix),
          [TIER_LABEL]: tier,
          // Pod Security `restricted` everywhere: every workload of the bundle meets it, GPU servers included
          // (the device plugin needs no privilege); the DCGM exporter runs in its own namespace.
          "pod-security.kubernetes.io/enforce": "restricted",
          "pod-security.kubernetes.io/audit": "restricted",
          "pod-security.kubernetes.io/warn": "restricted",
        },
      },
    })),
    {
      apiVersion: "v1",
      kind: "Namespace",
      metadata: { name: CERT_MANAGER_NAMESPACE, labels: commonLabels(prefix) },
    },
  ];
}

/**
 * Storage classes: fast-ssd (§7: local NVMe, no provisioner, bound where the pod lands), standard (replicated block
 * storage, ReadWriteMany for the model volumes; Longhorn as the stand-in CSI driver) and minio-drives (local disks
 * for MinIO, whose erasure coding is the redundancy).
 */
export function storageClassObjects(prefix: string): K8sObject[] {
  const labels = commonLabels(prefix);
  const local = (name: string): K8sObject => ({
    apiVersion: "storage.k8s.io/v1",
    kind: "StorageClass",
    metadata: { name, labels },
    provisioner: "kubernetes.io/no-provisioner",
    volumeBindingMode: "WaitForFirstConsumer",
    reclaimPolicy: "Retain",
  });
  return [
    local("fast-ssd"),
    {
      apiVersion: "storage.k8s.io/v1",
      kind: "StorageClass",
      metadata: { name: "standard", labels },
      provisioner: "driver.longhorn.io",
      volumeBindingMode: "WaitForFirstConsumer",
      reclaimPolicy: "Retain",
      allowVolumeExpansion: true,
      parameters: { numberOfReplicas: "3" },
    },
    local("minio-drives"),
  ];
}

/** Claims for the stores no component mounts (logs for Loki, backups): the storage model's horizon figures. */
export function claimObjects(
  claims: StandaloneClaimModel[],
  namespaces: Record<Tier, string>,
  prefix: string,
): K8sObject[] {
  return claims.map((c) => ({
    apiVersion: "v1",
    kind: "PersistentVolumeClaim",
    metadata: {
      name: c.name,
      namespace: namespaces[c.tier],
      labels: { ...commonLabels(prefix), "stackplan.io/store": c.store },
      annotations: { "stackplan.io/size-basis": c.basis },
    },
    spec: {
      accessModes: ["ReadWriteOnce"],
      storageClassName: c.storageClass,
      resources: { requests: { storage: storageQuantity(c.sizeG) } },
    },
  }));
}
