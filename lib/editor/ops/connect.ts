import { COMPONENTS } from "../../catalog/components";
import { checkConnection, FLOW_RULES, type LinkClass } from "../../catalog/network";
import type { PlanEdge, PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { uniqueId } from "../ids";

export type ConnectResult =
  { ok: true; doc: PlanDocument; edge: PlanEdge } | { ok: false; message: string; fix: string };

/** The link class a new edge starts with (the same rule the templates use). */
export function defaultLinkClass(
  source: Pick<PlanNode, "zoneId">,
  target: Pick<PlanNode, "zoneId" | "kind">,
): LinkClass {
  if (target.zoneId === null && COMPONENTS[target.kind].serving === "cloud") return "internet";
  if (target.zoneId === null || source.zoneId === null) return "cross-zone";
  return source.zoneId === target.zoneId ? "same-zone" : "cross-zone";
}

/** Ports of the allowed flow source → target not yet carried by an edge between them. */
export function freePorts(doc: PlanDocument, source: PlanNode, target: PlanNode): number[] {
  const rule = FLOW_RULES.find((r) => r.source === source.kind && r.target === target.kind);
  if (!rule) return [];
  const used = new Set(
    doc.edges.filter((e) => e.source === source.id && e.target === target.id).map((e) => e.port),
  );
  return rule.ports.filter((p) => !used.has(p));
}

/**
 * Connects two nodes through the one connection validator (checkConnection). Refusals say why and what to do. Without
 * a port, the first allowed port not already connected is used (frontend → api: 4666, then 5001).
 */
export function connectNodes(
  doc: PlanDocument,
  sourceId: string,
  targetId: string,
  port?: number,
): ConnectResult {
  const source = doc.nodes.find((n) => n.id === sourceId);
  const target = doc.nodes.find((n) => n.id === targetId);
  if (!source || !target) {
    return {
      ok: false,
      message: "One end of the connection no longer exists.",
      fix: "Pick two existing components.",
    };
  }
  if (source.id === target.id) {
    return {
      ok: false,
      message: `${source.label} cannot connect to itself.`,
      fix: "Drag from its right handle to another component's left handle.",
    };
  }
  const check = checkConnection(source.kind, target.kind, port);
  if (!check.ok) return { ok: false, message: check.message, fix: check.fix };
  const free = freePorts(doc, source, target);
  const chosen = port ?? free[0];
  if (chosen === undefined || !free.includes(chosen)) {
    return {
      ok: false,
      message: `${source.label} → ${target.label} is already connected on ${port ?? check.rule.ports.join(" and ")}.`,
      fix: "Select the existing edge to change it, or delete it first.",
    };
  }
  const edge: PlanEdge = {
    id: uniqueId(`${source.id}-${target.id}-${chosen}`, new Set(doc.edges.map((e) => e.id))),
    source: source.id,
    target: target.id,
    port: chosen,
    linkClass: defaultLinkClass(source, target),
    ...(check.rule.origin === "planner"
      ? { note: `[planner] ${check.rule.why}; not in the spec's firewall examples` }
      : {}),
  };
  return { ok: true, doc: { ...doc, edges: [...doc.edges, edge] }, edge };
}

/** Nodes `sourceId` may connect to (allowed flow, a port still free) — for the keyboard "Connect to…" choices. */
export function allowedTargets(doc: PlanDocument, sourceId: string): PlanNode[] {
  const source = doc.nodes.find((n) => n.id === sourceId);
  if (!source) return [];
  return doc.nodes.filter(
    (t) =>
      t.id !== source.id && checkConnection(source.kind, t.kind).ok && freePorts(doc, source, t).length > 0,
  );
}

/** Every allowed, not yet fully connected (source, target) pair — for the command palette. */
export function allowedPairs(doc: PlanDocument, limit = 500): { source: PlanNode; target: PlanNode }[] {
  const out: { source: PlanNode; target: PlanNode }[] = [];
  for (const rule of FLOW_RULES) {
    for (const s of doc.nodes) {
      if (s.kind !== rule.source) continue;
      for (const t of doc.nodes) {
        if (t.kind !== rule.target || freePorts(doc, s, t).length === 0) continue;
        out.push({ source: s, target: t });
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}
