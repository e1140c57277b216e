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
          // Baseline pod security: no privileged pods; GPU pods and databases need nothing more.
          "pod-security.kubernetes.io/enforce": "baseline",
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
 * Storage classes of §7: fast-ssd (local NVMe, no provisioner, bound where the pod lands), standard (block storage;
 * Longhorn as the stand-in CSI driver), s3-csi (buckets through ru.yandex.s3.csi / geesefs).
 */
export function storageClassObjects(prefix: string): K8sObject[] {
  const labels = commonLabels(prefix);
  const secret = (kind: string) => ({
    [`csi.storage.k8s.io/${kind}-secret-name`]: "csi-s3-secret",
    [`csi.storage.k8s.io/${kind}-secret-namespace`]: "kube-system",
  });
  return [
    {
      apiVersion: "storage.k8s.io/v1",
      kind: "StorageClass",
      metadata: { name: "fast-ssd", labels },
      provisioner: "kubernetes.io/no-provisioner",
      volumeBindingMode: "WaitForFirstConsumer",
      reclaimPolicy: "Retain",
    },
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
    {
      apiVersion: "storage.k8s.io/v1",
      kind: "StorageClass",
      metadata: { name: "s3-csi", labels },
      provisioner: "ru.yandex.s3.csi",
      volumeBindingMode: "Immediate",
      reclaimPolicy: "Retain",
      parameters: {
        mounter: "geesefs",
        options: "--memory-limit 1000 --dir-mode 0777 --file-mode 0666",
        ...secret("provisioner"),
        ...secret("controller-publish"),
        ...secret("node-stage"),
        ...secret("node-publish"),
      },
    },
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
