import { COMPONENTS, ZONES } from "../../catalog/components";
import {
  checkConnection,
  FLOW_RULES,
  flowRuleCode,
  latencyLimitCode,
  latencyLimitFor,
  LINK_CLASS_SPECS,
} from "../../catalog/network";
import type { PlanDocument } from "../../plan/plan-schema";
import type { Finding, Report } from "../report-schema";
import { edgeTarget, finding, nodeTarget, zoneTarget } from "./finding";

/** Latency of an edge: its measured override, else its link class's typical figure, ms. */
export function edgeLatencyMs(edge: PlanDocument["edges"][number]): number {
  return edge.latencyMs ?? LINK_CLASS_SPECS[edge.linkClass].latencyMs;
}

type Edge = PlanDocument["edges"][number];
type NodeById = Map<string, PlanDocument["nodes"][number]>;

/** Every edge against the firewall (default deny) and the latency limits of docs/reference-platform.md §4. */
export function networkReport(plan: PlanDocument): { rows: Report["network"]; findings: Finding[] } {
  const byId: NodeById = new Map(plan.nodes.map((n) => [n.id, n]));
  const rows = plan.edges.map((e) => edgeRow(e, byId));
  const findings = [
    ...plan.edges.flatMap((e) => edgeFindings(e, byId)),
    ...missingFlowFindings(plan, byId),
    ...zoneFindings(plan),
    ...cidrFindings(plan),
  ];
  return { rows, findings };
}

/** An edge's row of the network table: its latency, the limit of its link and whether the firewall allows it. */
function edgeRow(e: Edge, byId: NodeById): Report["network"][number] {
  const s = byId.get(e.source)!;
  const t = byId.get(e.target)!;
  const limit = latencyLimitFor(s.kind, t.kind);
  return {
    edgeId: e.id,
    latencyMs: edgeLatencyMs(e),
    maxMs: limit?.maxMs ?? null,
    optimalMs: limit?.optimalMs ?? null,
    allowed: checkConnection(s.kind, t.kind, e.port).ok,
  };
}

/** A flow the firewall denies (error); a latency beyond the link's limit (error) or above its optimum (info). */
function edgeFindings(e: Edge, byId: NodeById): Finding[] {
  const s = byId.get(e.source)!;
  const t = byId.get(e.target)!;
  const out: Finding[] = [];
  const check = checkConnection(s.kind, t.kind, e.port);
  if (!check.ok)
    out.push(
      finding(check.code, "error", edgeTarget(e.id), `${s.label} → ${t.label}: ${check.message}`, check.fix, {
        source: s.label,
        target: t.label,
        ...check.params,
      }),
    );
  const latency = edgeLatencyMs(e);
  const limit = latencyLimitFor(s.kind, t.kind);
  if (limit && latency > limit.maxMs) {
    out.push(
      finding(
        "latency-exceeded",
        "error",
        edgeTarget(e.id),
        `${s.label} → ${t.label} latency ${latency} ms exceeds the ${limit.maxMs} ms limit (${limit.impact})`,
        `Put both in the same zone or site, or use a faster link class (now ${LINK_CLASS_SPECS[e.linkClass].name}); below ${limit.optimalMs} ms is optimal.`,
        {
          source: s.label,
          target: t.label,
          latencyMs: latency,
          maxMs: limit.maxMs,
          optimalMs: limit.optimalMs,
          impact: latencyLimitCode(limit),
          linkClass: e.linkClass,
        },
      ),
    );
  } else if (limit && latency > limit.optimalMs) {
    out.push(
      finding(
        "latency-above-optimal",
        "info",
        edgeTarget(e.id),
        `${s.label} → ${t.label} latency ${latency} ms is within the ${limit.maxMs} ms limit but above the optimal ${limit.optimalMs} ms`,
        "Shorten the path (same zone, faster link) if this flow is on the user's critical path.",
        {
          source: s.label,
          target: t.label,
          latencyMs: latency,
          maxMs: limit.maxMs,
          optimalMs: limit.optimalMs,
        },
      ),
    );
  }
  return out;
}

/** What a node is as a flow target: its kind, or the cloud provider's purpose. */
const flowKey = (n: PlanDocument["nodes"][number]) =>
  n.kind === "cloud-llm" ? `cloud-llm:${n.cloud?.purpose ?? "llm"}` : n.kind;

/** Flows the components need that no edge draws: each source must reach at least one node of each kind it calls. */
function missingFlowFindings(plan: PlanDocument, byId: NodeById): Finding[] {
  const reached = new Map<string, Set<string>>();
  for (const e of plan.edges) {
    const t = byId.get(e.target);
    if (!t) continue;
    if (!reached.has(e.source)) reached.set(e.source, new Set());
    reached.get(e.source)!.add(flowKey(t));
  }
  const present = new Set(plan.nodes.map(flowKey));
  const out: Finding[] = [];
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
      out.push(
        finding(
          "missing-flow",
          "warning",
          nodeTarget(s.id),
          `${s.label} has no connection to ${name} (${rule.why.toLowerCase()})`,
          `Connect ${s.label} → ${name} on port ${rule.ports[0]}.`,
          {
            label: s.label,
            cloud: rule.target === "cloud-llm" ? (s.kind === "odin" ? "embeddings" : "llm") : "",
            target:
              rule.target === "cloud-llm" ? `cloud-${s.kind === "odin" ? "embeddings" : "llm"}` : rule.target,
            why: flowRuleCode(rule),
            port: rule.ports[0]!,
          },
        ),
      );
    }
  }
  return out;
}

/** Each node in the zone the reference gives its kind (§4), and inside a zone at all when the plan has zones. */
function zoneFindings(plan: PlanDocument): Finding[] {
  const zoneKind = new Map(plan.zones.map((z) => [z.id, z.kind]));
  const out: Finding[] = [];
  for (const n of plan.nodes) {
    const want = COMPONENTS[n.kind].defaultZone;
    const have = n.zoneId ? zoneKind.get(n.zoneId) : null;
    if (want && have && want !== have) {
      out.push(
        finding(
          "zone-mismatch",
          "warning",
          nodeTarget(n.id),
          `${n.label} sits in the ${ZONES[have].name} zone; the reference places ${COMPONENTS[n.kind].name} in ${ZONES[want].name} (${ZONES[want].defaultCidr})`,
          `Move it into the ${ZONES[want].name} zone, or document why this segmentation differs.`,
          {
            label: n.label,
            have: ZONES[have].name,
            component: COMPONENTS[n.kind].name,
            want: ZONES[want].name,
            cidr: ZONES[want].defaultCidr,
          },
        ),
      );
    }
    if (want && !n.zoneId && plan.zones.length > 0) {
      out.push(
        finding(
          "no-zone",
          "info",
          nodeTarget(n.id),
          `${n.label} is outside every zone`,
          `Drag it into the ${ZONES[want].name} zone.`,
          { label: n.label, want: ZONES[want].name },
        ),
      );
    }
  }
  return out;
}

/** Zones' subnets must not overlap. */
function cidrFindings(plan: PlanDocument): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < plan.zones.length; i++) {
    for (let j = i + 1; j < plan.zones.length; j++) {
      const a = plan.zones[i]!;
      const b = plan.zones[j]!;
      if (cidrOverlap(a.cidr, b.cidr))
        out.push(
          finding(
            "cidr-overlap",
            "error",
            zoneTarget(b.id),
            `Subnets of ${a.label} (${a.cidr}) and ${b.label} (${b.cidr}) overlap`,
            `Give ${b.label} its own range, e.g. the reference's ${ZONES[b.kind].defaultCidr}.`,
            { a: a.label, aCidr: a.cidr, b: b.label, bCidr: b.cidr, suggested: ZONES[b.kind].defaultCidr },
          ),
        );
    }
  }
  return out;
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
