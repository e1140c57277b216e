import type { DeploymentModel } from "../model/build";
import { ENVIRONMENT_ORDER, hostFor, namespacesFor, replicasIn } from "../model/environment";
import { PLATFORM_TAG, platformImageRepository } from "../model/images";
import type { Environment } from "../types";
import { toYaml } from "../yaml";
import { INGRESS_NAME, tlsSecretName } from "./ingress";

type Op = { op: "replace"; path: string; value: unknown };
const patch = (target: Record<string, string>, ops: Op[]) => ({ target, patch: toYaml(ops) });

/**
 * Lower environments run fewer replicas: kustomize's `replicas` for Deployments and StatefulSets (never one an
 * autoscaler owns: its bounds are patched instead), and a patch of the operator resources' own count.
 */
function scaleDown(
  model: DeploymentModel,
  env: Environment,
  patches: { target: Record<string, string>; patch: string }[],
): { name: string; count: number }[] {
  const replicas: { name: string; count: number }[] = [];
  for (const w of model.workloads) {
    const count = replicasIn(w.replicas, model.environment, env);
    if (w.autoscale) {
      const min = replicasIn(w.autoscale.minReplicas, model.environment, env);
      const max = Math.max(min, replicasIn(w.autoscale.maxReplicas, model.environment, env));
      if (min !== w.autoscale.minReplicas || max !== w.autoscale.maxReplicas)
        patches.push(
          patch({ kind: "HorizontalPodAutoscaler", name: w.name }, [
            { op: "replace", path: "/spec/minReplicas", value: min },
            { op: "replace", path: "/spec/maxReplicas", value: max },
          ]),
        );
      continue;
    }
    if (count === w.replicas) continue;
    if (w.controller === "CloudNativePG")
      patches.push(
        patch({ kind: "Cluster", name: w.name }, [{ op: "replace", path: "/spec/instances", value: count }]),
      );
    else if (w.controller === "RedisReplication")
      // A single Redis behind Sentinel still fails over cleanly once it has a replica: keep at least 2.
      patches.push(
        patch({ kind: "RedisReplication", name: w.name }, [
          { op: "replace", path: "/spec/clusterSize", value: Math.max(2, count) },
        ]),
      );
    else replicas.push({ name: w.name, count });
  }
  return replicas;
}

/**
 * One overlay per environment. Production is the base as sized. Staging and dev move the app tier to
 * `<prefix>-staging` / `<prefix>-dev`, use their own host names and, when the plan is sized for a higher
 * environment, scale down (staging ≤ 2 replicas, dev 1) — PVC sizes and per-pod resources stay the plan's.
 */
function overlay(model: DeploymentModel, env: Environment): Record<string, unknown> {
  const { prefix } = model;
  const base = model.namespaces.app;
  const target = namespacesFor(prefix, env).app;
  const patches: { target: Record<string, string>; patch: string }[] = [];
  if (target !== base) {
    patches.push(
      patch({ namespace: base }, [{ op: "replace", path: "/metadata/namespace", value: target }]),
      patch({ kind: "Namespace", name: base }, [{ op: "replace", path: "/metadata/name", value: target }]),
    );
  }
  const routes = model.ingress?.routes ?? [];
  if (env !== "production" && routes.length) {
    const hosts = routes.map((r) => hostFor(r.hostLabel, prefix, env));
    patches.push(
      patch({ kind: "Ingress", name: INGRESS_NAME }, [
        ...hosts.map((h, i): Op => ({ op: "replace", path: `/spec/rules/${i}/host`, value: h })),
        { op: "replace", path: "/spec/tls/0/hosts", value: hosts },
      ]),
      patch({ group: "cert-manager.io", kind: "Certificate", name: tlsSecretName(prefix) }, [
        { op: "replace", path: "/spec/dnsNames", value: hosts },
      ]),
    );
  }
  const replicas = scaleDown(model, env, patches);
  const platformKinds = [...new Set(model.workloads.map((w) => w.kind))].filter(
    (k) => k === "frontend" || k === "api" || k === "odin",
  );
  return {
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    resources: ["../../base"],
    labels: [{ pairs: { "stackplan.io/environment": env } }],
    ...(platformKinds.length
      ? {
          images: platformKinds.map((k) => ({
            name: platformImageRepository(prefix, k),
            newName: platformImageRepository(prefix, k),
            newTag: PLATFORM_TAG,
          })),
        }
      : {}),
    ...(replicas.length ? { replicas } : {}),
    ...(patches.length ? { patches } : {}),
  };
}

export function overlayFiles(model: DeploymentModel): Record<string, string> {
  const files: Record<string, string> = {};
  for (const env of ENVIRONMENT_ORDER) {
    files[`kubernetes/overlays/${env}/kustomization.yaml`] = toYaml(overlay(model, env));
  }
  return files;
}
