import { getFramework, getHardware, getModel, getPrecision } from "../../catalog";
import { SERVING_POD_PER_GPU } from "../../engine/evaluate";
import { parallelism } from "../../engine/llm/parallelism";
import { requestFor } from "../../engine/platform/serving-capacity";
import type { ServingReport } from "../../engine/report-schema";
import type { PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import type { ExportWarning } from "../types";
import { GPU_PRODUCT_LABELS } from "./images";
import { MODEL_CACHE, macRunCommand, SERVING_PORT, servingLaunch } from "./serving-launch";
import type { ExternalModel, ServingModel, WorkloadModel } from "./types";

type Serving = NonNullable<PlanNode["serving"]>;

/** RFC 1918 ranges: where an on-premises machine outside every plan zone may be. */
export const PRIVATE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];

function hardwareOf(s: Serving) {
  return typeof s.hardware === "string" ? getHardware(s.hardware) : s.hardware;
}
function modelOf(s: Serving) {
  return typeof s.model === "string" ? getModel(s.model) : s.model;
}

/** The Hugging Face repository a catalog model cites as its config source, if any. */
function huggingFaceRepo(s: Serving): string | null {
  const model = modelOf(s);
  for (const source of model?.sources ?? []) {
    const m = source.url?.match(/^https:\/\/huggingface\.co\/([^/]+\/[^/]+)/);
    if (m) return m[1]!;
  }
  return null;
}

/**
 * The engine's choices for one serving node: tensor/pipeline split (lib/engine/llm parallelism, the same code that
 * computed its throughput), the sequences per replica (the plan's fixed concurrency, else the SLO concurrency the
 * engine found), and the context the KV cache was sized for.
 */
export function servingModel(
  node: PlanNode,
  plan: PlanDocument,
  report: ServingReport | undefined,
  warn: (w: ExportWarning) => void,
): ServingModel {
  const s = node.serving!;
  const purpose = node.kind === "embeddings" ? "embeddings" : "llm";
  const framework = getFramework(s.framework);
  const modelId = typeof s.model === "string" ? s.model : s.model.id;
  const repo = huggingFaceRepo(s);
  if (!repo) {
    warn({
      code: "model-repository-unknown",
      subject: node.id,
      message: `${node.label}: the catalog names no Hugging Face repository for model "${modelId}"; the bundle passes "${modelId}" — replace it with the repository or path of the weights.`,
    });
  }
  let tp = s.devices;
  let pp = 1;
  let memoryUtilisation = framework?.memoryUtilisation ?? 0.9;
  let kvPrecision = s.kvPrecision ?? "bf16";
  try {
    const resolved = requestFor(node, plan, purpose);
    const split = parallelism(resolved);
    tp = split.tp;
    pp = split.pp;
    memoryUtilisation = resolved.framework.memoryUtilisation;
    kvPrecision = resolved.kvPrecision.id;
  } catch {
    // An unresolvable request already is an engine finding; fall back to the plan's device count.
  }
  let maxNumSeqs: number;
  const fixed = s.concurrency;
  if (purpose === "embeddings") {
    maxNumSeqs = typeof fixed === "number" ? fixed : Math.max(1, report?.sloConcurrencyPerReplica || 32);
  } else if (fixed === "max") {
    maxNumSeqs = Math.max(1, report?.maxConcurrency ?? 1);
  } else if (typeof fixed === "number") {
    maxNumSeqs = fixed;
  } else if (report && report.sloConcurrencyPerReplica > 0) {
    maxNumSeqs = report.sloConcurrencyPerReplica;
  } else {
    maxNumSeqs = Math.max(1, report?.maxConcurrency ?? 1);
    warn({
      code: "slo-concurrency-unavailable",
      subject: node.id,
      message: `${node.label}: no concurrency meets the plan's SLOs (${report?.sloReason ?? "not evaluated"}); max concurrent sequences is set to what the memory holds (${maxNumSeqs}) — the SLOs will not be met.`,
    });
  }
  const w = plan.workload;
  return {
    purpose,
    frameworkId: s.framework,
    frameworkName: framework?.name ?? s.framework,
    model: repo ?? modelId,
    servedModelName: modelId,
    precision: s.precision,
    kvPrecision,
    tensorParallelSize: tp,
    pipelineParallelSize: pp,
    maxNumSeqs,
    maxModelLen:
      purpose === "llm"
        ? w.promptTokens + w.outputTokens
        : Math.max(w.chunkSizeTokens, w.queryEmbeddingTokens),
    gpuMemoryUtilization: memoryUtilisation,
    hardware: typeof s.hardware === "string" ? s.hardware : s.hardware.id,
  };
}

/** Size of the model checkpoint to download, GB: parameters at the published precision, plus 10%. */
function checkpointGb(s: Serving, report: ServingReport | undefined): number {
  const model = modelOf(s);
  const bits = model ? getPrecision(model.nativePrecision)?.bitsPerWeight : undefined;
  const gb = model && bits ? (model.totalParamsB * bits) / 8 : (report?.memory.weightsGb ?? 100);
  return Math.ceil(gb * 1.1);
}

/**
 * A serving node as a cluster workload (NVIDIA GPUs, or CPU), or as an external endpoint (Apple Silicon: macOS cannot
 * be a Kubernetes node). One pod is one model instance; its GPUs are the tensor-parallel group.
 */
export function servingWorkload(
  node: PlanNode,
  plan: PlanDocument,
  name: string,
  report: ServingReport | undefined,
  warn: (w: ExportWarning) => void,
): { workload?: WorkloadModel; external?: ExternalModel } {
  const s = node.serving!;
  const hw = hardwareOf(s);
  const model = servingModel(node, plan, report, warn);
  const ggufFile = `${model.servedModelName}.${model.precision}.gguf`;
  const native = modelOf(s)?.nativePrecision ?? null;
  if (hw?.family === "apple") {
    return { external: appleExternal(node, plan, name, model, ggufFile, warn) };
  }
  const framework = getFramework(s.framework);
  let image = framework?.containerImage ?? null;
  if (image && s.framework === "llama.cpp" && hw?.family === "nvidia")
    image = image.replace(/:server$/, ":server-cuda");
  const launch = servingLaunch(model, image, native, ggufFile);
  for (const gap of launch.unexpressed) {
    warn({ code: "serving-setting-unexpressed", subject: node.id, message: `${node.label}: ${gap}.` });
  }
  if (!image) {
    image = "registry.example.com/REPLACE-ME/model-server:REPLACE-ME";
    warn({
      code: "serving-image-unknown",
      subject: node.id,
      message: `${node.label}: ${model.frameworkName} has no container image in the catalog; the Deployment uses a placeholder image.`,
    });
  }
  if (model.pipelineParallelSize > 1) {
    warn({
      code: "multi-node-instance",
      subject: node.id,
      message: `${node.label}: one instance spans ${model.pipelineParallelSize} servers (tensor parallel ${model.tensorParallelSize} × pipeline ${model.pipelineParallelSize}); a Deployment pod cannot span servers — run it with LeaderWorkerSet or a Ray cluster. Each pod here requests ${model.tensorParallelSize} GPU(s) and carries the pipeline flag.`,
    });
  }
  const gpuNode = hw?.family === "nvidia";
  const gpus = gpuNode ? model.tensorParallelSize : 0;
  const productLabel = gpuNode ? (GPU_PRODUCT_LABELS[model.hardware] ?? null) : null;
  if (gpuNode && !productLabel) {
    warn({
      code: "gpu-label-unknown",
      subject: node.id,
      message: `${node.label}: no GPU Feature Discovery product label is known for "${model.hardware}"; pods select any GPU node (nvidia.com/gpu.present=true). Add a nodeSelector on nvidia.com/gpu.product.`,
    });
  }
  if (!gpuNode) {
    warn({
      code: "cpu-inference",
      subject: node.id,
      message: `${node.label}: CPU inference; the pod is sized like a GPU pod's host share (${SERVING_POD_PER_GPU.cpuCores} cores, ${SERVING_POD_PER_GPU.memoryGb} GB per device) — check it against the model's memory.`,
    });
  }
  warn({
    code: "model-download-egress",
    subject: node.id,
    message: `${node.label}: the server downloads ${model.model} at start (an emptyDir cache per pod), so its NetworkPolicy allows HTTPS to public addresses; pre-load the weights on a shared volume and remove ${name}-model-download to close it.`,
  });
  const perPod = Math.max(1, gpus || s.devices);
  return {
    workload: {
      nodeId: node.id,
      kind: node.kind,
      label: node.label,
      ...(node.notes ? { notes: node.notes } : {}),
      name,
      tier: "ai",
      controller: "Deployment",
      replicas: node.replicas,
      ...(node.autoscale ? { autoscale: node.autoscale } : {}),
      containers: [
        {
          name: "server",
          image,
          ...(launch.command ? { command: launch.command } : {}),
          args: launch.args,
          ports: [{ name: "http", port: SERVING_PORT }],
          cpuCores: SERVING_POD_PER_GPU.cpuCores * perPod,
          memoryGi: SERVING_POD_PER_GPU.memoryGb * perPod,
          gpus,
          env: launch.env,
          envFromConfig: true,
          probes: {
            readiness: { type: "http", path: launch.healthPath, port: SERVING_PORT },
            liveness: { type: "http", path: launch.healthPath, port: SERVING_PORT },
            // Weights of tens of GB download and load for minutes: allow 30 min before liveness applies.
            startup: {
              probe: { type: "http", path: launch.healthPath, port: SERVING_PORT },
              failureThreshold: 180,
              periodSeconds: 10,
            },
          },
          mounts: [
            { volume: "model-cache", mountPath: MODEL_CACHE },
            { volume: "dshm", mountPath: "/dev/shm" },
          ],
          sidecar: false,
        },
      ],
      volumes: [
        { name: "model-cache", type: "emptyDir", sizeLimitG: checkpointGb(s, report) },
        // Tensor-parallel workers exchange tensors through shared memory (NCCL); the default 64 MB is too small.
        { name: "dshm", type: "emptyDir", medium: "Memory", sizeLimitG: 16 },
      ],
      headless: false,
      ...(gpuNode ? { gpu: { hardware: model.hardware, count: gpus, productLabel } } : {}),
      config: {},
      secretKeys: launch.secretKeys,
      job: node.kind,
      metrics: { port: SERVING_PORT, path: "/metrics" },
      serving: model,
      antiAffinity: "preferred",
      peerPorts: [],
      connections: [],
    },
  };
}

function appleExternal(
  node: PlanNode,
  plan: PlanDocument,
  name: string,
  model: ServingModel,
  ggufFile: string,
  warn: (w: ExportWarning) => void,
): ExternalModel {
  const zone = plan.zones.find((z) => z.id === node.zoneId);
  const host = `${name}.${plan.metadata.namespacePrefix}.macs.internal`;
  const runCommand = macRunCommand(model, ggufFile);
  warn({
    code: "apple-silicon-external",
    subject: node.id,
    message: `${node.label}: Apple Silicon cannot run in Kubernetes (macOS is not a node OS: no headless management, 12,288 file descriptors max, §3). It is an ExternalName Service to ${host}: create that DNS name with one A record per Mac (${node.replicas}) and run on each: \`${runCommand}\`.${zone ? ` Egress to it is allowed to its zone ${zone.cidr}.` : " It sits in no zone: egress to it is allowed to private ranges (10/8, 172.16/12, 192.168/16)."}`,
  });
  return {
    nodeId: node.id,
    kind: node.kind,
    label: node.label,
    name,
    tier: "ai",
    host,
    port: SERVING_PORT,
    reason: "apple-silicon",
    egress: zone ? [{ cidr: zone.cidr, except: [] }] : PRIVATE_RANGES.map((cidr) => ({ cidr, except: [] })),
    replicas: node.replicas,
    runCommand,
    serving: model,
  };
}
