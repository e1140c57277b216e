import { COMPONENTS, ZONES } from "../catalog/components";
import type { PlanNode, PlanZone } from "./node-schema";
import type { PlanDocument, Scenario } from "./plan-schema";
import { parsePlanOrThrow } from "./parse";
import { flowsBetween } from "./flows";
import { slotInZone, slotOutside, zoneFor } from "./layout";

export { aiNodeDescriptionParams, describeAiNodes, type AiNodeDescription } from "./ai-node-description";

/** The nodes a scenario varies: the LLM / embedding hosting. */
export const isAiNode = (n: Pick<PlanNode, "kind">) =>
  n.kind === "llm" || n.kind === "embeddings" || n.kind === "cloud-llm";

/** A scenario capturing the plan's current AI hosting, to compare or come back to. */
export function scenarioFromCurrent(
  plan: PlanDocument,
  name: string,
  kind: Scenario["kind"] = "custom",
): Scenario {
  const id = uniqueScenarioId(plan, name);
  return {
    id,
    name,
    description: `Captured from the design on ${plan.metadata.name}`,
    kind,
    createdBy: "user",
    nodes: structuredClone(plan.nodes.filter(isAiNode)),
  };
}

export function uniqueScenarioId(plan: Pick<PlanDocument, "scenarios">, name: string): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "scenario";
  const taken = new Set(plan.scenarios.map((s) => s.id));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/**
 * The plan with a scenario's AI nodes in place of its own: the old llm/embeddings/cloud-llm nodes and their edges
 * go, the scenario's nodes come in (an AI zone is created if a self-hosted node needs one, positions filled in for
 * nodes that have none), and the reference flows between them and the platform are drawn. Pure: returns a new
 * document, parsed again. The plan's own scenarios list is kept unchanged.
 */
export function applyScenario(plan: PlanDocument, scenario: Pick<Scenario, "nodes">): PlanDocument {
  const keep = plan.nodes.filter((n) => !isAiNode(n));
  const keepIds = new Set(keep.map((n) => n.id));
  const incoming = structuredClone(scenario.nodes).map((n) => ({
    ...n,
    id: keepIds.has(n.id) ? `${n.id}-ai` : n.id,
  }));
  const zones: PlanZone[] = [...plan.zones];
  const aiZone = zones.find((z) => z.kind === "ai");
  let aiZoneId = aiZone?.id ?? null;
  if (!aiZone && incoming.some((n) => n.kind !== "cloud-llm")) {
    const z = zoneFor("ai", incoming.length);
    aiZoneId = zones.some((x) => x.id === "ai") ? "ai-zone" : "ai";
    zones.push({ ...z, id: aiZoneId, label: ZONES.ai.name });
  }
  let inZone = 0;
  let outside = 0;
  const placed = incoming.map((n) => {
    const zoneId =
      n.kind === "cloud-llm" ? null : n.zoneId && zones.some((z) => z.id === n.zoneId) ? n.zoneId : aiZoneId;
    const position = zoneId ? slotInZone("ai", inZone++) : slotOutside(outside++);
    return {
      ...n,
      zoneId,
      position: n.zoneId === zoneId && (n.position.x !== 0 || n.position.y !== 0) ? n.position : position,
    };
  });
  const nodes = [...keep, ...placed];
  const newIds = new Set(placed.map((n) => n.id));
  const edges = plan.edges.filter((e) => keepIds.has(e.source) && keepIds.has(e.target));
  const existing = new Set(edges.map((e) => e.id));
  for (const e of flowsBetween(nodes)) {
    if ((newIds.has(e.source) || newIds.has(e.target)) && !existing.has(e.id)) edges.push(e);
  }
  return parsePlanOrThrow({ ...plan, zones, nodes, edges });
}

/** Component kinds a scenario may hold (for UI validation). */
export const SCENARIO_KINDS_ALLOWED = Object.values(COMPONENTS)
  .filter((c) => c.serving !== null)
  .map((c) => c.kind);
