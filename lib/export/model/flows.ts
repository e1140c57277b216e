import { checkConnection } from "../../catalog/network";
import type { PlanDocument } from "../../plan/plan-schema";
import type { ExportWarning } from "../types";
import type { ConnectionModel, ExternalModel, FlowEnd, FlowModel, WorkloadModel } from "./types";

const SCHEMES: Record<string, ConnectionModel["scheme"]> = {
  postgres: "postgresql",
  redis: "redis",
  "cloud-llm": "https",
};

/**
 * The plan's edges as network flows. Only edges the reference firewall allows (lib/catalog/network FLOW_RULES, the
 * one connection validator) become flows; any other edge is reported and stays closed — the policies are default
 * deny. Duplicate edges (same ends and port) collapse into one flow.
 */
export function planFlows(
  plan: PlanDocument,
  ends: Map<string, FlowEnd>,
  warn: (w: ExportWarning) => void,
): FlowModel[] {
  const nodes = new Map(plan.nodes.map((n) => [n.id, n]));
  const flows = new Map<string, FlowModel>();
  for (const edge of plan.edges) {
    const s = nodes.get(edge.source)!;
    const t = nodes.get(edge.target)!;
    const check = checkConnection(s.kind, t.kind, edge.port);
    if (!check.ok) {
      warn({
        code: "flow-denied",
        subject: edge.id,
        message: `Edge ${s.label} → ${t.label}:${edge.port} is not opened: ${check.message} ${check.fix}`,
      });
      continue;
    }
    const source = ends.get(s.id);
    const target = ends.get(t.id);
    if (!source || !target || target.type === "ingress" || source.type === "external") continue;
    const key = `${s.id}→${t.id}:${edge.port}`;
    const existing = flows.get(key);
    if (existing) existing.edgeIds.push(edge.id);
    else
      flows.set(key, {
        edgeIds: [edge.id],
        source,
        target,
        port: edge.port,
        origin: check.rule.origin,
        why: check.rule.why,
      });
  }
  return [...flows.values()];
}

export function endName(end: FlowEnd): string {
  return end.type === "workload"
    ? end.workload.name
    : end.type === "external"
      ? end.external.name
      : "ingress";
}

/** Each workload's upstreams (what its ConfigMap and Secret template must carry to reach them). */
export function attachConnections(flows: FlowModel[], traffic: Map<string, number>): void {
  for (const f of flows) {
    if (f.source.type !== "workload" || f.target.type === "ingress") continue;
    const target = f.target;
    const t: WorkloadModel | ExternalModel = target.type === "workload" ? target.workload : target.external;
    const model =
      t.serving?.servedModelName ?? (target.type === "external" ? target.external.cloudModel : undefined);
    const share = traffic.get(t.nodeId);
    f.source.workload.connections.push({
      target,
      targetName: t.name,
      targetKind: t.kind,
      port: f.port,
      scheme: SCHEMES[t.kind] ?? "http",
      ...(model ? { model } : {}),
      ...(f.edgeIds.length === 0 ? { internal: true } : {}),
      ...(share !== undefined && (t.kind === "llm" || t.kind === "embeddings" || t.kind === "cloud-llm")
        ? { trafficShare: share }
        : {}),
    });
  }
}
