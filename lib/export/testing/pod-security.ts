import { at } from "./bundle-files";

/**
 * The Pod Security Standards' `restricted` profile (kubernetes.io/docs/concepts/security/pod-security-standards),
 * checked on the pod specs the bundle renders — and on what the operator resources pass to their pods.
 */
type Obj = Record<string, unknown>;

const ALLOWED_VOLUMES = [
  "configMap",
  "csi",
  "downwardAPI",
  "emptyDir",
  "ephemeral",
  "persistentVolumeClaim",
  "projected",
  "secret",
];

function containerProblems(c: Obj, pod: Obj, where: string): string[] {
  const out: string[] = [];
  const sc = (c.securityContext ?? {}) as Obj;
  const psc = (pod.securityContext ?? {}) as Obj;
  if (sc.privileged === true) out.push(`${where}: privileged`);
  if (sc.allowPrivilegeEscalation !== false) out.push(`${where}: allowPrivilegeEscalation is not false`);
  const caps = (sc.capabilities ?? {}) as { drop?: string[]; add?: string[] };
  if (!caps.drop?.includes("ALL")) out.push(`${where}: capabilities do not drop ALL`);
  for (const a of caps.add ?? []) if (a !== "NET_BIND_SERVICE") out.push(`${where}: adds capability ${a}`);
  if (sc.runAsNonRoot !== true && psc.runAsNonRoot !== true) out.push(`${where}: runAsNonRoot is not true`);
  if (sc.runAsUser === 0 || psc.runAsUser === 0) out.push(`${where}: runs as UID 0`);
  const seccomp = ((sc.seccompProfile ?? psc.seccompProfile) as { type?: string } | undefined)?.type;
  if (seccomp !== "RuntimeDefault" && seccomp !== "Localhost")
    out.push(`${where}: no RuntimeDefault seccomp profile`);
  if ((c.ports as { hostPort?: number }[] | undefined)?.some((p) => p.hostPort))
    out.push(`${where}: hostPort`);
  return out;
}

/** Every `restricted` violation of one pod spec (empty when it complies). */
export function restrictedProblems(pod: Obj, where: string): string[] {
  const out: string[] = [];
  for (const k of ["hostNetwork", "hostPID", "hostIPC"]) if (pod[k] === true) out.push(`${where}: ${k}`);
  for (const v of (pod.volumes ?? []) as Obj[]) {
    const type = Object.keys(v).find((k) => k !== "name");
    if (!type || !ALLOWED_VOLUMES.includes(type))
      out.push(`${where}: volume ${String(v.name)} of type ${type}`);
  }
  const containers = [...((pod.initContainers ?? []) as Obj[]), ...((pod.containers ?? []) as Obj[])];
  for (const c of containers) out.push(...containerProblems(c, pod, `${where}/${String(c.name)}`));
  return out;
}

/** The pod spec of a workload object, if it has one. */
export function podSpecOf(o: Obj): Obj | null {
  const spec = o.spec as Obj | undefined;
  if (!spec) return null;
  if (o.kind === "Job" || o.kind === "Deployment" || o.kind === "StatefulSet" || o.kind === "DaemonSet")
    return ((spec.template as Obj).spec as Obj) ?? null;
  return null;
}

/**
 * What the OT-Container-Kit operator puts in its pods: the pod and container security contexts of the resource
 * (the redis image writes its config at start, so a read-only root is not asked of it — an allowed exception).
 */
export function operatorPodProblems(o: Obj): string[] {
  if (o.kind !== "RedisReplication" && o.kind !== "RedisSentinel") return [];
  const spec = o.spec as Obj;
  const pod = {
    securityContext: spec.podSecurityContext,
    containers: [{ name: "redis", securityContext: spec.securityContext }],
  };
  return restrictedProblems(pod, `${String(o.kind)} ${String((o.metadata as Obj).name)}`);
}

const name = (d: Obj) => at<string>(d, "metadata.name");
const DATABASES = new Set(["postgres", "redis", "chroma", "meili"]);

/** Plain Services whose selector picks the pods of a multi-replica database StatefulSet: writes would land anywhere. */
export function splitBrainServices(docs: Obj[]): string[] {
  const out: string[] = [];
  for (const sts of docs.filter((d) => d.kind === "StatefulSet")) {
    const labels = at(sts, "spec.template.metadata.labels") as Record<string, string>;
    const kind = labels["app.kubernetes.io/component"]!;
    if (!DATABASES.has(kind) || ((at(sts, "spec.replicas") as number | undefined) ?? 1) <= 1) continue;
    for (const svc of docs.filter((d) => d.kind === "Service" && at(d, "spec.clusterIP") !== "None")) {
      const selector = at(svc, "spec.selector") as Record<string, string> | undefined;
      if (selector && Object.entries(selector).every(([k, v]) => labels[k] === v))
        out.push(`${name(svc)} → ${name(sts)}`);
    }
  }
  return out;
}
