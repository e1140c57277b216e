import { COMPONENTS } from "../../catalog/components";
import { checkConnection, FLOW_RULES, type ConnectionCheck, type LinkClass } from "../../catalog/network";
import type { PlanEdge, PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { uniqueId } from "../ids";
import { notice, textIn, type Notice } from "../notices";

/** A refusal: why and what to do, as notices (the reader's language) and in English (tests, logs). */
export interface ConnectRefusal {
  ok: false;
  reason: Notice;
  remedy: Notice;
  message: string;
  fix: string;
}

export type ConnectResult = { ok: true; doc: PlanDocument; edge: PlanEdge } | ConnectRefusal;

const refuse = (reason: Notice, remedy: Notice): ConnectRefusal => ({
  ok: false,
  reason,
  remedy,
  message: textIn(reason, "en"),
  fix: textIn(remedy, "en"),
});

/** The validator's refusal (checkConnection's code and params) as notices. */
function checkRefusal(check: Extract<ConnectionCheck, { ok: false }>): ConnectRefusal {
  const { from, to, way, callers, callerCount, ports, port, firstPort } = check.params;
  if (check.code === "self-loop")
    return refuse(
      notice("connectSameKind", { from }),
      notice("connectSameKindFix", { api: COMPONENTS.api.name, postgres: COMPONENTS.postgres.name }),
    );
  if (check.code === "port-not-allowed")
    return refuse(notice("connectPort", { from, to, ports, port }), notice("connectPortFix", { firstPort }));
  return refuse(
    notice("connectDenied", { from, to }),
    notice("connectDeniedFix", { way: way || "none", from, to, callers, callerCount }),
  );
}

/** "4666 and 5001" as the duplicate notice's params. */
function portsParams(ports: readonly number[]) {
  const last = ports.at(-1);
  return {
    many: ports.length > 1 ? ("yes" as const) : ("no" as const),
    ports: ports.slice(0, -1).join(", "),
    last: last === undefined ? "" : String(last),
  };
}

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
  if (!source || !target) return refuse(notice("connectGone"), notice("connectGoneFix"));
  if (source.id === target.id)
    return refuse(notice("connectSelf", { component: source.label }), notice("connectSelfFix"));
  const check = checkConnection(source.kind, target.kind, port);
  if (!check.ok) return checkRefusal(check);
  const free = freePorts(doc, source, target);
  const chosen = port ?? free[0];
  if (chosen === undefined || !free.includes(chosen)) {
    return refuse(
      notice("connectDuplicate", {
        source: source.label,
        target: target.label,
        ...portsParams(port !== undefined ? [port] : check.rule.ports),
      }),
      notice("connectDuplicateFix"),
    );
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
