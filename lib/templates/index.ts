import type { z } from "zod";
import { COMPONENT_KINDS, COMPONENTS } from "../catalog/components";
import {
  nodeDemand,
  policyReplicas,
  replicaCapacity,
  requestFor,
  sizedDemand,
} from "../engine/platform/serving-capacity";
import { devicesPerServer, nPlusOneReplicas, replicasPerServer, requiresNPlusOne } from "../engine/policy";
import { purposeOf, trafficShares } from "../engine/platform/traffic";
import { demandAt } from "../engine/platform/workload";
import { MAX_REPLICAS } from "../plan/node-schema";
import { parsePlanOrThrow } from "../plan/parse";
import { CURRENT_SCHEMA_VERSION, type PlanDocument, type PlanDocumentInput } from "../plan/plan-schema";
import { workloadSchema, type Workload } from "../plan/workload-schema";
import { TEMPLATE_AI_HOSTING } from "./ai-hosting";
import { assemble, type NodeDraft } from "./build";
import { TEMPLATES, type TemplateId } from "./info";
import { platformDraft } from "./platform";

export { isTemplateId, TEMPLATE_IDS, TEMPLATES, type TemplateId, type TemplateInfo } from "./info";
export { asReferenceScenario } from "./reference-scenarios";

/** The platform components (everything but model serving), in the catalog's order. */
const PLATFORM_KINDS = COMPONENT_KINDS.filter((k) => COMPONENTS[k].serving === null);

/**
 * Builds a template's plan document for `users` (default: the template's own) and the rest of `workload` (defaults
 * otherwise). The components, zones, flows and AI hosting are the reference platform's; replicas, cores, memory and
 * volumes come from the engine's sizing model (which reproduces the spec's tier tables at their user counts), and
 * each self-hosted serving node gets the replicas the sizing policy asks for its share of peak demand
 * (lib/engine/policy: ≤ 80% of its SLO capacity, two at least in production — no single point of failure).
 */
export function buildTemplate(
  id: TemplateId,
  options: { users?: number; workload?: z.input<typeof workloadSchema> } = {},
): PlanDocument {
  const info = TEMPLATES[id];
  const users = options.users ?? options.workload?.users ?? info.defaultUsers;
  const workload = workloadSchema.parse({ ...options.workload, users });
  const drafts: NodeDraft[] = [];
  for (const kind of PLATFORM_KINDS) {
    const draft = platformDraft(kind, info.tier, workload, info.environment);
    if (draft) drafts.push(draft);
  }
  drafts.push(...TEMPLATE_AI_HOSTING[id]());
  const draftPlan = document(id, workload, drafts);
  const demand = demandAt(draftPlan.workload);
  for (const purpose of ["llm", "embeddings"] as const) {
    const shares = trafficShares(draftPlan.nodes, purpose);
    for (const node of draftPlan.nodes.filter((n) => n.serving && purposeOf(n) === purpose)) {
      const draft = drafts.find((d) => d.id === node.id)!;
      const share = shares.get(node.id) ?? 0;
      // A workload beyond what the schema allows one node (e.g. 10,000 users on Mac minis) keeps the maximum and
      // the rules report the capacity gap, rather than failing to build.
      draft.replicas = Math.min(
        MAX_REPLICAS,
        Math.max(
          policyReplicas(node, draftPlan, demand, purpose, share),
          haReplicas(node, draftPlan, demand, purpose, share),
        ),
      );
    }
  }
  return document(id, workload, drafts);
}

/**
 * Replicas that survive one server's loss (N+1 across chassis) when the template's availability target asks for it
 * (policy requiresNPlusOne); 0 otherwise.
 */
function haReplicas(
  node: PlanDocument["nodes"][number],
  plan: PlanDocument,
  demand: ReturnType<typeof demandAt>,
  purpose: "llm" | "embeddings",
  share: number,
): number {
  if (!node.serving || !requiresNPlusOne(plan)) return 0;
  const capacity = replicaCapacity(requestFor(node, plan, purpose), plan, purpose, node.serving.concurrency);
  if (!(capacity.tokensPerSecond > 0)) return 0;
  const perServer = replicasPerServer(node.serving.devices, devicesPerServer(node.serving));
  return nPlusOneReplicas(
    sizedDemand(nodeDemand(demand, purpose, share), purpose),
    capacity.tokensPerSecond,
    perServer,
  );
}

function document(id: TemplateId, workload: Workload, drafts: NodeDraft[]): PlanDocument {
  const info = TEMPLATES[id];
  const { zones, nodes, edges } = assemble(drafts);
  const onPremises = id === "self-hosted" || id === "mac-cluster";
  const doc: PlanDocumentInput = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    metadata: {
      name: info.name,
      description: info.summary,
      environment: info.environment,
      namespacePrefix: "devana",
      kubernetesVersion: "1.31",
      currency: "USD",
      templateId: id,
    },
    workload,
    constraints: {
      dataOnPremises: onPremises,
      allowedHardwareFamilies: id === "mac-cluster" ? ["apple"] : ["nvidia", "apple"],
    },
    zones,
    nodes,
    edges,
  };
  return parsePlanOrThrow(doc);
}

/** An empty plan: no nodes, default assumptions. */
export function emptyPlan(name = "Untitled plan"): PlanDocument {
  return parsePlanOrThrow({ schemaVersion: CURRENT_SCHEMA_VERSION, metadata: { name } });
}
