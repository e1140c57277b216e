import { findCatalogEntry, nearestCatalogIds, type CatalogKind } from "../catalog";
import { parseIpv4Cidr } from "../catalog/network";
import type { PlanNode } from "./node-schema";
import type { PlanDocument } from "./plan-schema";
import { jsonPath, type PlanIssue } from "./json-path";

/**
 * Checks every catalog id a plan refers to. zod validates shapes; the catalog is data, so references are checked
 * here, with the nearest valid ids in the message ("precision "fp9" is unknown; did you mean fp8, fp16, fp32?").
 */
export function checkCatalogReferences(plan: PlanDocument): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const check = (kind: CatalogKind, id: string | undefined, path: (string | number)[]) => {
    if (id === undefined || findCatalogEntry(kind, id)) return;
    issues.push({ path: jsonPath(path), message: unknownIdMessage(kind, id) });
  };
  const checkNode = (node: PlanNode, base: (string | number)[]) => {
    const s = node.serving;
    if (s) {
      if (typeof s.hardware === "string") check("hardware", s.hardware, [...base, "serving", "hardware"]);
      if (typeof s.model === "string") check("model", s.model, [...base, "serving", "model"]);
      check("precision", s.precision, [...base, "serving", "precision"]);
      check("precision", s.kvPrecision, [...base, "serving", "kvPrecision"]);
      check("framework", s.framework, [...base, "serving", "framework"]);
      check("interconnect", s.interconnect, [...base, "serving", "interconnect"]);
      check("product", s.product, [...base, "serving", "product"]);
    }
    if (node.cloud) check("cloud-model", node.cloud.model, [...base, "cloud", "model"]);
    if (node.gpu) check("hardware", node.gpu.hardware, [...base, "gpu", "hardware"]);
  };
  plan.nodes.forEach((n, i) => checkNode(n, ["nodes", i]));
  plan.scenarios.forEach((s, si) => s.nodes.forEach((n, i) => checkNode(n, ["scenarios", si, "nodes", i])));
  plan.constraints.allowedModels?.forEach((m, i) => check("model", m, ["constraints", "allowedModels", i]));
  check("precision", plan.constraints.precisionFloor, ["constraints", "precisionFloor"]);
  return issues;
}

export function unknownIdMessage(kind: CatalogKind, id: string): string {
  const nearest = nearestCatalogIds(kind, id, 3);
  return `${kind} "${id}" is not in the catalog${nearest.length ? `; did you mean ${nearest.join(", ")}?` : ""}`;
}

/**
 * Values whose shape the schema accepts but whose range it cannot express: zone subnets must be real IPv4 networks
 * (octets ≤ 255, prefix ≤ 32) — exporters write them into NetworkPolicies and the rules compute overlaps from them.
 */
export function checkNetworkValues(plan: PlanDocument): PlanIssue[] {
  const issues: PlanIssue[] = [];
  plan.zones.forEach((zone, i) => {
    const parsed = parseIpv4Cidr(zone.cidr);
    if (!parsed.ok) issues.push({ path: jsonPath(["zones", i, "cidr"]), message: parsed.message });
  });
  return issues;
}
