import type { ComponentKind } from "../../catalog/components";
import type { Environment } from "../types";
import type { Tier } from "./types";

export const ENVIRONMENT_ORDER: Environment[] = ["dev", "staging", "production"];

/** Namespace suffix of the app tier per environment (§7: `<prefix>-prod`, `<prefix>-staging`; dev is [planner]). */
const APP_SUFFIX: Record<Environment, string> = { production: "prod", staging: "staging", dev: "dev" };

/**
 * Namespace names of one environment. Only the app tier moves between environments; data services and AI servers
 * keep the spec's `<prefix>-services` / `<prefix>-ai` (each overlay targets its own cluster, or shares them).
 */
export function namespacesFor(prefix: string, environment: Environment): Record<Tier, string> {
  return {
    app: `${prefix}-${APP_SUFFIX[environment]}`,
    services: `${prefix}-services`,
    ai: `${prefix}-ai`,
    monitoring: "monitoring",
  };
}

/** cert-manager's own namespace (§7): created for the add-on; Issuer and Certificate live beside the Ingress. */
export const CERT_MANAGER_NAMESPACE = "cert-manager";
/** Where ingress-nginx runs (§7 add-on): NetworkPolicies admit the load balancer's traffic from it. */
export const INGRESS_NAMESPACE = "ingress-nginx";

/**
 * Namespace group of a component, from its role in §7: the app tier (UI, API, the entry), data services and the
 * document worker (§4 puts Odin in the services subnet), AI servers, observability.
 */
export function tierOf(kind: ComponentKind): Tier {
  switch (kind) {
    case "lb":
    case "frontend":
    case "api":
      return "app";
    case "llm":
    case "embeddings":
    case "cloud-llm":
      return "ai";
    case "monitoring":
      return "monitoring";
    default:
      return "services";
  }
}

/** Public host of a route: placeholders under example.com, one sub-domain level per non-production environment. */
export function hostFor(hostLabel: string, prefix: string, environment: Environment): string {
  return environment === "production"
    ? `${hostLabel}.${prefix}.example.com`
    : `${hostLabel}.${environment}.${prefix}.example.com`;
}

/**
 * Replicas of a workload in an overlay. The plan is sized for its own environment: that overlay (and any above it)
 * keeps the plan's replicas; lower ones scale down (staging: at most 2, dev: 1) so they fit a smaller cluster.
 */
export function replicasIn(planReplicas: number, planEnv: Environment, env: Environment): number {
  if (ENVIRONMENT_ORDER.indexOf(env) >= ENVIRONMENT_ORDER.indexOf(planEnv)) return planReplicas;
  return env === "dev" ? 1 : Math.min(planReplicas, 2);
}
