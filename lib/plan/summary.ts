import { getCloudModel, getHardware, getModel } from "../catalog";
import type { PlanDocument } from "./plan-schema";

export interface HardwareLine {
  /** e.g. "8× NVIDIA H100 SXM 80GB" */
  label: string;
  devices: number;
  hardwareId: string;
}

export interface PlanSummary {
  users: number;
  environment: string;
  nodeCount: number;
  edgeCount: number;
  replicaCount: number;
  hardware: HardwareLine[];
  models: string[];
  cloud: string[];
}

/**
 * Key figures of a plan for lists and cards: users, nodes, and the accelerators it places (devices × replicas,
 * summed per hardware, plus GPUs of non-serving nodes such as Odin's OCR).
 */
export function summarizePlan(plan: PlanDocument): PlanSummary {
  const devicesByHardware = new Map<string, { name: string; devices: number }>();
  const add = (id: string, name: string, n: number) => {
    const cur = devicesByHardware.get(id) ?? { name, devices: 0 };
    cur.devices += n;
    devicesByHardware.set(id, cur);
  };
  const models = new Set<string>();
  const cloud = new Set<string>();
  for (const node of plan.nodes) {
    if (node.serving) {
      const hw = node.serving.hardware;
      const id = typeof hw === "string" ? hw : hw.id;
      add(
        id,
        typeof hw === "string" ? (getHardware(hw)?.name ?? hw) : hw.name,
        node.serving.devices * node.replicas,
      );
      const m = node.serving.model;
      models.add(typeof m === "string" ? (getModel(m)?.name ?? m) : m.name);
    }
    if (node.gpu)
      add(
        node.gpu.hardware,
        getHardware(node.gpu.hardware)?.name ?? node.gpu.hardware,
        node.gpu.perReplica * node.replicas,
      );
    if (node.cloud) cloud.add(getCloudModel(node.cloud.model)?.name ?? node.cloud.model);
  }
  return {
    users: plan.workload.users,
    environment: plan.metadata.environment,
    nodeCount: plan.nodes.length,
    edgeCount: plan.edges.length,
    replicaCount: plan.nodes.reduce((s, n) => s + n.replicas, 0),
    hardware: [...devicesByHardware.entries()].map(([hardwareId, v]) => ({
      hardwareId,
      devices: v.devices,
      label: `${v.devices}× ${v.name}`,
    })),
    models: [...models],
    cloud: [...cloud],
  };
}
