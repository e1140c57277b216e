import type { SecurityModel } from "./types";

/**
 * Pod Security `restricted` per image: the user each image runs as (or can run as), and whether its root file system
 * can be read-only (writable paths are emptyDir mounts; /tmp always is one). Every container also gets
 * `allowPrivilegeEscalation: false`, `capabilities.drop: [ALL]` and the RuntimeDefault seccomp profile.
 */
const profile = (uid: number, readOnlyRootFilesystem = true): SecurityModel => ({
  runAsUser: uid,
  runAsGroup: uid,
  fsGroup: uid,
  readOnlyRootFilesystem,
});

export const SECURITY = {
  /** The platform's own images (frontend, API, Odin): the vendor's; an unprivileged UID is assumed. */
  platform: profile(10001),
  /** The official postgres image's `postgres` user (compose); CloudNativePG runs its own images as UID 26. */
  postgres: profile(999),
  /** The official redis image's `redis` user: its entrypoint skips the root-only chown when started as it. */
  redis: profile(999),
  /** OT-Container-Kit's redis images run as UID 1000 and write redis.conf at start (root FS stays writable). */
  redisOperator: profile(1000, false),
  chroma: profile(1000),
  meili: profile(1000),
  minio: profile(1000),
  /** prom/prometheus runs as nobody; Grafana accepts any UID when its data path is writable. */
  prometheus: profile(65534),
  /** Model servers: any UID works once HOME and the caches point at writable volumes. */
  serving: profile(1000),
} as const;

/**
 * The exceptions to `restricted` the bundle needs, each with its reason — the README lists them and the tests
 * accept no other. Keyed by the pod's workload name pattern.
 */
export const POD_SECURITY_EXCEPTIONS = [
  {
    workload: "dcgm-exporter",
    namespaceLevel: "privileged",
    reason:
      "NVIDIA's DCGM exporter reads GPU counters through the host's kubelet pod-resources socket (a hostPath volume) and needs the SYS_ADMIN capability for profiling metrics; it runs alone in its own namespace labelled `privileged`.",
  },
  {
    workload: "redis (OT-Container-Kit operator)",
    namespaceLevel: "restricted",
    reason:
      "The operator's redis and sentinel images write their configuration file at start, so their root file system stays writable (still non-root, no privilege escalation, all capabilities dropped).",
  },
] as const;
