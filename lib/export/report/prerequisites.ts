import type { DeploymentModel } from "../model/build";
import { POD_SECURITY_EXCEPTIONS } from "../model/security";
import { CNPG_NAMESPACE, REDIS_OPERATOR_NAMESPACE } from "../model/stores";
import { code, md, table } from "./markdown";

/** What must run in the cluster before the bundle, with the versions the bundle was checked against. */
export function prerequisites(model: DeploymentModel): string[][] {
  const has = (kind: string) => model.workloads.some((w) => w.kind === kind);
  const rows: string[][] = [
    ["Kubernetes", "≥ 1.31", "§7; Pod Security admission enforces the namespace labels"],
  ];
  if (has("postgres"))
    rows.push(
      [
        "CloudNativePG operator",
        "1.30.0",
        `namespace ${code(CNPG_NAMESPACE)}; runs the PostgreSQL Cluster, Pooler and backups`,
      ],
      [
        "CloudNativePG Barman Cloud plugin",
        "0.14.0",
        "WAL archiving and base backups to the object store (needs cert-manager)",
      ],
    );
  if (model.workloads.some((w) => w.controller === "RedisReplication"))
    rows.push([
      "OT-Container-Kit redis-operator",
      "0.26.0",
      `namespace ${code(REDIS_OPERATOR_NAMESPACE)}; RedisReplication + RedisSentinel`,
    ]);
  rows.push(
    [
      "cert-manager",
      "≥ 1.12",
      "the Barman Cloud plugin's TLS and the Ingress certificate (ACME HTTP-01 with ingressClassName)",
    ],
    [
      "Ingress controller, class `nginx`",
      "—",
      "§7 names ingress-nginx, retired upstream in March 2026: any controller serving the `nginx` class works, or change ingressClassName",
    ],
    [
      "StorageClasses",
      "—",
      "local PersistentVolumes for fast-ssd and minio-drives; a ReadWriteMany-capable `standard` (Longhorn, CephFS, NFS)",
    ],
  );
  if (model.workloads.some((w) => w.gpu))
    rows.push([
      "NVIDIA GPU Operator",
      "—",
      "device plugin (nvidia.com/gpu) and GPU Feature Discovery labels; turn its own DCGM exporter off (the bundle deploys one)",
    ]);
  return rows;
}

/** The README's "Prerequisites", "Pod Security" and "Apply order" sections. */
export function deploymentSections(model: DeploymentModel): string[] {
  const env = model.environment;
  const exceptions = POD_SECURITY_EXCEPTIONS.filter((e) =>
    e.workload === "dcgm-exporter"
      ? model.workloads.some((w) => w.gpu)
      : model.workloads.some((w) => w.controller === "RedisReplication"),
  );
  return [
    "## Prerequisites",
    "",
    table(
      ["component", "version", "why"],
      prerequisites(model).map((r) => r.map((c, i) => (i === 0 ? md(c) : c))),
    ),
    "",
    "## Pod Security",
    "",
    "Every namespace of the platform is labelled `pod-security.kubernetes.io/enforce: restricted`, and every pod runs as a non-root user with no privilege escalation, every capability dropped, the RuntimeDefault seccomp profile and (where the image allows) a read-only root file system with writable emptyDir mounts. GPU model servers need no exception: the NVIDIA device plugin hands them their GPUs.",
    "",
    exceptions.length
      ? exceptions.map((e) => `- **${md(e.workload)}** (${e.namespaceLevel}): ${md(e.reason)}`).join("\n")
      : "No exception.",
    "",
    "## Apply order",
    "",
    [
      "1. Install the prerequisites above (operators first: their CRDs must exist before the bundle's resources).",
      `2. Create the local PersistentVolumes of fast-ssd and minio-drives, fill every Secret template (${code("REPLACE-ME")}) and the platform images in the overlay's ${code("images:")}.`,
      `3. Render and apply: ${code(`kubectl kustomize kubernetes/overlays/${env}`)} then ${code(`kubectl apply -k kubernetes/overlays/${env}`)}.`,
      "4. Once MinIO answers, create the PostgreSQL backup bucket (warning backup-bucket); WAL archiving retries until it exists. Check with `kubectl cnpg status` and the Redis operator's `-master` Service.",
      "5. Model servers start once their download Job has filled the model volume (their init container waits for it).",
    ].join("\n"),
    "",
  ];
}
