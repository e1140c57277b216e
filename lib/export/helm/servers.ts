import { DCGM_NAMESPACE } from "../kubernetes/gpu-metrics";

import { componentSizing } from "../model/components";
import { IMAGES } from "../model/images";
import type { ModelCacheModel, WorkloadModel } from "../model/types";
import { splitImage } from "./values-schema";

/** vLLM's flags the production stack has no typed key for, passed through `vllmConfig.extraArgs`. */
function extraArgs(w: WorkloadModel): string[] {
  const args = w.containers[0]!.args;
  const keep = ["--kv-cache-dtype", "--quantization", "--pipeline-parallel-size"];
  const out: string[] = [];
  args.forEach((a, i) => {
    if (keep.includes(a)) out.push(a, args[i + 1]!);
  });
  return out;
}

/** One `servingEngineSpec.modelSpec` entry: the engine's settings for one vLLM workload. */
function modelSpec(w: WorkloadModel, cache: ModelCacheModel | undefined): Record<string, unknown> {
  const s = w.serving!;
  const size = componentSizing(w.containers);
  const dtype = w.containers[0]!.args[w.containers[0]!.args.indexOf("--dtype") + 1];
  return {
    name: w.name,
    ...splitImage(w.containers[0]!.image),
    modelURL: s.model,
    replicaCount: w.replicas,
    requestCPU: Math.ceil(size.cpuCores),
    requestMemory: `${size.memoryGi}Gi`,
    requestGPU: size.gpus,
    pvcStorage: `${cache?.sizeG ?? 100}G`,
    pvcAccessMode: ["ReadWriteMany"],
    storageClass: "standard",
    shmSize: "16Gi",
    vllmConfig: {
      tensorParallelSize: s.tensorParallelSize,
      maxNumSeqs: s.maxNumSeqs,
      maxModelLen: s.maxModelLen,
      gpuMemoryUtilization: s.gpuMemoryUtilization,
      ...(w.containers[0]!.args.includes("--dtype") && dtype ? { dtype } : {}),
      ...(s.purpose === "embeddings" ? { runner: "pooling", convert: "embed" } : {}),
      extraArgs: extraArgs(w),
    },
    hf_token: { secretName: `${w.name}-secret`, secretKey: "HF_TOKEN" },
    ...(w.gpu?.productLabel
      ? {
          nodeSelectorTerms: [
            {
              matchExpressions: [
                { key: "nvidia.com/gpu.product", operator: "In", values: [w.gpu.productLabel] },
              ],
            },
          ],
        }
      : {}),
  };
}

/**
 * vLLM's production stack: every vLLM workload of the plan as a model of one stack behind its router (clients send
 * the served model name). Engines run as UID 1000 with the restricted container settings.
 */
export function vllmValues(workloads: WorkloadModel[], caches: ModelCacheModel[]): Record<string, unknown> {
  return {
    servingEngineSpec: {
      enableEngine: true,
      modelSpec: workloads.map((w) =>
        modelSpec(
          w,
          caches.find((c) => c.workload === w),
        ),
      ),
      tolerations: [{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }],
      securityContext: {
        runAsNonRoot: true,
        runAsUser: 1000,
        runAsGroup: 1000,
        fsGroup: 1000,
        seccompProfile: { type: "RuntimeDefault" },
      },
      containerSecurityContext: {
        allowPrivilegeEscalation: false,
        capabilities: { drop: ["ALL"] },
        runAsNonRoot: true,
      },
    },
    routerSpec: {
      enableRouter: true,
      repository: "lmcache/lmstack-router",
      tag: "v0.1.12",
      servicePort: 8000,
      replicaCount: 2,
      routingLogic: "roundrobin",
    },
  };
}

/** NVIDIA's DCGM exporter chart in its own privileged namespace, scraped by annotation. */
export function dcgmValues(): Record<string, unknown> {
  const { repository, tag } = splitImage(IMAGES.dcgmExporter);
  return {
    namespaceOverride: DCGM_NAMESPACE,
    image: { repository, tag },
    nodeSelector: { "nvidia.com/gpu.present": "true" },
    tolerations: [{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }],
    podAnnotations: { "prometheus.io/scrape": "true", "prometheus.io/port": "9400" },
    podLabels: { "stackplan.io/job": "dcgm-exporter" },
    serviceMonitor: { enabled: false },
  };
}
