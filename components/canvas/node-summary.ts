import { getCloudModel, getHardware, getModel } from "@/lib/catalog";
import type { PlanNode } from "@/lib/plan/node-schema";

/** "H100 SXM 80GB" rather than "NVIDIA H100 SXM 80GB": the canvas node is narrow. */
export function shortHardwareName(hardware: NonNullable<PlanNode["serving"]>["hardware"]): string {
  const name = typeof hardware === "string" ? (getHardware(hardware)?.name ?? hardware) : hardware.name;
  return name.replace(/^NVIDIA\s+/, "").replace(/^Apple\s+/, "");
}

function modelName(model: NonNullable<PlanNode["serving"]>["model"]): string {
  return typeof model === "string" ? (getModel(model)?.name ?? model) : model.name;
}

const replicas = (n: PlanNode) => `×${n.replicas}`;

/** The hardware/replica line under a canvas node's name. */
export function nodeSummary(node: PlanNode): string {
  if (node.serving) {
    const s = node.serving;
    return `${s.devices}× ${shortHardwareName(s.hardware)} · ${s.precision} · ${replicas(node)}`;
  }
  if (node.cloud) return `${getCloudModel(node.cloud.model)?.name ?? node.cloud.model} · ${node.cloud.role}`;
  const parts: string[] = [];
  if (node.resources?.cpuCores) parts.push(`${node.resources.cpuCores} cores`);
  if (node.resources?.memoryGb) parts.push(`${node.resources.memoryGb} GB`);
  if (node.gpu) parts.push(`${node.gpu.perReplica}× ${shortHardwareName(node.gpu.hardware)}`);
  const replicaText = node.autoscale
    ? `${node.autoscale.minReplicas}–${node.autoscale.maxReplicas} replicas`
    : `${node.replicas} ${node.replicas === 1 ? "replica" : "replicas"}`;
  return [replicaText, ...parts].join(" · ");
}

/** The model line of a serving node (shown as the node's tooltip). */
export function nodeTitle(node: PlanNode): string {
  if (node.serving)
    return `${node.label}: ${modelName(node.serving.model)} on ${node.serving.devices}× ${shortHardwareName(node.serving.hardware)}`;
  return node.label;
}
