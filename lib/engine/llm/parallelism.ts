import { linkName, tensorParallelLink, type Link } from "./device-link";
import type { ResolvedRequest } from "./resolve";

/**
 * How one instance's devices split the model. Tensor parallel (tp) inside a server, pipeline (pp) across servers:
 * tp = devices per node, pp = number of nodes. Frameworks without tensor parallelism split layers across every
 * device (llama.cpp's layer split, exo), i.e. tp = 1 and pp = devices. MLX splits tensors across Macs
 * (mlx.distributed), so a Mac cluster under MLX is tp = Macs over the cluster fabric.
 */
export interface Parallelism {
  tp: number;
  pp: number;
  /** Link the tensor-parallel all-reduces cross: the server's own (NVLink/PCIe) or the cluster fabric. */
  tpLink: Link;
  /** Link between pipeline stages (servers or Macs). */
  ppLink: Link;
  /** Pipeline stages work on different micro-batches at once (vLLM/SGLang/TensorRT-LLM), not one after another. */
  overlappedPipeline: boolean;
}

/** Fabric assumed between servers when an instance spans several and none is given: 100 GbE (the spec's GPU network). */
export const DEFAULT_INTER_NODE: Link = {
  bandwidthGBps: 12.5,
  latencyUs: 25,
  id: "ethernet-100g",
  name: "100 GbE (assumed)",
};

export function parallelism(r: ResolvedRequest): Parallelism {
  // The server's own GPU-to-GPU link for a group of devicesPerNode (a product's NVL pairs, PCIe, NVSwitch).
  const intra = tensorParallelLink(r.hardware, r.deviceLinks, r.devicesPerNode);
  const inter = r.interconnect
    ? {
        bandwidthGBps: r.interconnect.bandwidthGBps,
        latencyUs: r.interconnect.latencyUs,
        id: r.interconnect.id,
        name: linkName(r.interconnect.id),
      }
    : DEFAULT_INTER_NODE;
  const nodes = Math.ceil(r.devices / r.devicesPerNode);
  const fw = r.framework;
  if (r.hardware.family === "apple" && fw.tensorParallel && fw.multiNode !== "pipeline" && r.devices > 1) {
    return { tp: r.devices, pp: 1, tpLink: inter, ppLink: inter, overlappedPipeline: false };
  }
  if (!fw.tensorParallel) {
    return {
      tp: 1,
      pp: r.devices,
      tpLink: intra,
      ppLink: nodes > 1 ? inter : intra,
      overlappedPipeline: false,
    };
  }
  return {
    tp: r.devicesPerNode,
    pp: nodes,
    tpLink: intra,
    ppLink: inter,
    overlappedPipeline: fw.continuousBatching && nodes > 1,
  };
}
