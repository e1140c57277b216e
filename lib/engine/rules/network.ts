import { COMPONENTS, ZONES } from "../../catalog/components";
import { checkConnection, FLOW_RULES, latencyLimitFor, LINK_CLASS_SPECS } from "../../catalog/network";
import type { PlanDocument } from "../../plan/plan-schema";
import type { Finding, Report } from "../report-schema";
import { edgeTarget, finding, nodeTarget, zoneTarget } from "./finding";

/** Latency of an edge: its measured override, else its link class's typical figure, ms. */
export function edgeLatencyMs(edge: PlanDocument["edges"][number]): number {
  return edge.latencyMs ?? LINK_CLASS_SPECS[edge.linkClass].latencyMs;
}

/** Every edge against the firewall (default deny) and the latency limits of reference-platform.md §4. */
export function networkReport(plan: PlanDocument): { rows: Report["network"]; findings: Finding[] } {
  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  const rows: Report["network"] = [];
  const findings: Finding[] = [];
  for (const e of plan.edges) {
    const s = byId.get(e.source)!;
    const t = byId.get(e.target)!;
    const check = checkConnection(s.kind, t.kind, e.port);
    const latency = edgeLatencyMs(e);
    const limit = latencyLimitFor(s.kind, t.kind);
    rows.push({
      edgeId: e.id,
      latencyMs: latency,
      maxMs: limit?.maxMs ?? null,
      optimalMs: limit?.optimalMs ?? null,
      allowed: check.ok,
    });
    if (!check.ok)
      findings.push(
        finding(
          check.code,
          "error",
          edgeTarget(e.id),
          `${s.label} → ${t.label}: ${check.message}`,
          check.fix,
        ),
      );
    if (limit && latency > limit.maxMs) {
      findings.push(
        finding(
          "latency-exceeded",
          "error",
          edgeTarget(e.id),
          `${s.label} → ${t.label} latency ${latency} ms exceeds the ${limit.maxMs} ms limit (${limit.impact})`,
          `Put both in the same zone or site, or use a faster link class (now ${LINK_CLASS_SPECS[e.linkClass].name}); below ${limit.optimalMs} ms is optimal.`,
        ),
      );
    } else if (limit && latency > limit.optimalMs) {
      findings.push(
        finding(
          "latency-above-optimal",
          "info",
          edgeTarget(e.id),
          `${s.label} → ${t.label} latency ${latency} ms is within the ${limit.maxMs} ms limit but above the optimal ${limit.optimalMs} ms`,
          "Shorten the path (same zone, faster link) if this flow is on the user's critical path.",
        ),
      );
    }
  }
  // Flows the components need that no edge draws: each source must reach at least one node of each kind it calls.
  const reached = new Map<string, Set<string>>();
  for (const e of plan.edges) {
    const t = byId.get(e.target);
    if (!t) continue;
    const key = t.kind === "cloud-llm" ? `cloud-llm:${t.cloud?.purpose ?? "llm"}` : t.kind;
    if (!reached.has(e.source)) reached.set(e.source, new Set());
    reached.get(e.source)!.add(key);
  }
  const present = new Set(
    plan.nodes.map((n) => (n.kind === "cloud-llm" ? `cloud-llm:${n.cloud?.purpose ?? "llm"}` : n.kind)),
  );
  for (const rule of FLOW_RULES) {
    const targetKey = rule.target === "cloud-llm" ? undefined : rule.target;
    for (const s of plan.nodes) {
      if (s.kind !== rule.source) continue;
      const key = targetKey ?? `cloud-llm:${s.kind === "odin" ? "embeddings" : "llm"}`;
      if (!present.has(key) || reached.get(s.id)?.has(key)) continue;
      const name =
        rule.target === "cloud-llm"
          ? s.kind === "odin"
            ? "the cloud embeddings provider"
            : "the cloud LLM provider"
          : COMPONENTS[rule.target].name;
      findings.push(
        finding(
          "missing-flow",
          "warning",
          nodeTarget(s.id),
          `${s.label} has no connection to ${name} (${rule.why.toLowerCase()})`,
          `Connect ${s.label} → ${name} on port ${rule.ports[0]}.`,
        ),
      );
    }
  }
  // Zones: each node in the zone the reference gives its kind; subnets must not overlap.
  const zoneKind = new Map(plan.zones.map((z) => [z.id, z.kind]));
  for (const n of plan.nodes) {
    const want = COMPONENTS[n.kind].defaultZone;
    const have = n.zoneId ? zoneKind.get(n.zoneId) : null;
    if (want && have && want !== have) {
      findings.push(
        finding(
          "zone-mismatch",
          "warning",
          nodeTarget(n.id),
          `${n.label} sits in the ${ZONES[have].name} zone; the reference places ${COMPONENTS[n.kind].name} in ${ZONES[want].name} (${ZONES[want].defaultCidr})`,
          `Move it into the ${ZONES[want].name} zone, or document why this segmentation differs.`,
        ),
      );
    }
    if (want && !n.zoneId && plan.zones.length > 0) {
      findings.push(
        finding(
          "no-zone",
          "info",
          nodeTarget(n.id),
          `${n.label} is outside every zone`,
          `Drag it into the ${ZONES[want].name} zone.`,
        ),
      );
    }
  }
  for (let i = 0; i < plan.zones.length; i++) {
    for (let j = i + 1; j < plan.zones.length; j++) {
      const a = plan.zones[i]!;
      const b = plan.zones[j]!;
      if (cidrOverlap(a.cidr, b.cidr))
        findings.push(
          finding(
            "cidr-overlap",
            "error",
            zoneTarget(b.id),
            `Subnets of ${a.label} (${a.cidr}) and ${b.label} (${b.cidr}) overlap`,
            `Give ${b.label} its own range, e.g. the reference's ${ZONES[b.kind].defaultCidr}.`,
          ),
        );
    }
  }
  return { rows, findings };
}

function cidrRange(cidr: string): [number, number] {
  const [ip, bits] = cidr.split("/") as [string, string];
  const n = ip.split(".").reduce((acc, o) => acc * 256 + Number(o), 0);
  const size = 2 ** (32 - Number(bits));
  const start = n - (n % size);
  return [start, start + size - 1];
}

export function cidrOverlap(a: string, b: string): boolean {
  const [a0, a1] = cidrRange(a);
  const [b0, b1] = cidrRange(b);
  return a0 <= b1 && b0 <= a1;
}
