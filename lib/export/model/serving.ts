import { getFramework, getHardware, getModel, getPrecision } from "../../catalog";
import { SERVING_POD_PER_GPU } from "../../engine/evaluate";
import { parallelism } from "../../engine/llm/parallelism";
import { requestFor } from "../../engine/platform/serving-capacity";
import type { ServingReport } from "../../engine/report-schema";
import type { PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { shortHash } from "../names";
import type { ExportWarning } from "../types";
import { GPU_PRODUCT_LABELS } from "./images";
import { SECURITY } from "./security";
import {
  MODEL_CACHE,
  SERVER_HOME,
  SERVING_PORT,
  macRunCommand,
  servingLaunch,
  type ServingLaunch,
} from "./frameworks";
import type { ContainerModel, ExternalModel, ModelCacheModel, ServingModel, WorkloadModel } from "./types";

type Serving = NonNullable<PlanNode["serving"]>;
type Warn = (w: ExportWarning) => void;

/** RFC 1918 ranges: where an on-premises machine outside every plan zone may be. */
export const PRIVATE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];

/**
 * Headroom of the server's context limit over the plan's prompt + output tokens: the server's tokenizer and chat
 * template count differently from the plan's estimate, and a request one token over the limit is rejected
 * [planner]. Paged KV caches (vLLM, SGLang, TGI, TensorRT-LLM) allocate per token actually used, so the limit costs
 * no memory; rounded up to 256-token blocks, never above the model's own maximum.
 */
export const CONTEXT_HEADROOM = 1.25;

export function contextWithHeadroom(contextTokens: number, modelMaxTokens: number | undefined): number {
  const padded = Math.ceil((contextTokens * CONTEXT_HEADROOM) / 256) * 256;
  return Math.max(contextTokens, Math.min(padded, modelMaxTokens ?? padded));
}

function hardwareOf(s: Serving) {
  return typeof s.hardware === "string" ? getHardware(s.hardware) : s.hardware;
}
function modelOf(s: Serving) {
  return typeof s.model === "string" ? getModel(s.model) : s.model;
}

/** The Hugging Face repository a catalog model cites as its config source, if any. */
function huggingFaceRepo(s: Serving): string | null {
  for (const source of modelOf(s)?.sources ?? []) {
    const m = source.url?.match(/^https:\/\/huggingface\.co\/([^/]+\/[^/]+)/);
    if (m) return m[1]!;
  }
  return null;
}

/** Sequences per replica: the plan's fixed concurrency, else the SLO concurrency the engine found. */
function maxSequences(node: PlanNode, report: ServingReport | undefined, warn: Warn): number {
  const fixed = node.serving!.concurrency;
  if (node.kind === "embeddings")
    return typeof fixed === "number" ? fixed : Math.max(1, report?.sloConcurrencyPerReplica || 32);
  if (fixed === "max") return Math.max(1, report?.maxConcurrency ?? 1);
  if (typeof fixed === "number") return fixed;
  if (report && report.sloConcurrencyPerReplica > 0) return report.sloConcurrencyPerReplica;
  const memoryMax = Math.max(1, report?.maxConcurrency ?? 1);
  warn({
    code: "slo-concurrency-unavailable",
    subject: node.id,
    message: `${node.label}: no concurrency meets the plan's SLOs (${report?.sloReason ?? "not evaluated"}); max concurrent sequences is set to what the memory holds (${memoryMax}) — the SLOs will not be met.`,
  });
  return memoryMax;
}

/**
 * The engine's choices for one serving node: tensor/pipeline split (lib/engine/llm parallelism, the same code that
 * computed its throughput), the sequences per replica, and the context the KV cache was sized for.
 */
export function servingModel(
  node: PlanNode,
  plan: PlanDocument,
  report: ServingReport | undefined,
  warn: Warn,
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
  let split = { tp: s.devices, pp: 1 };
  let memoryUtilisation = framework?.memoryUtilisation ?? 0.9;
  let kvPrecision = s.kvPrecision ?? "bf16";
  try {
    const resolved = requestFor(node, plan, purpose);
    split = parallelism(resolved);
    memoryUtilisation = resolved.framework.memoryUtilisation;
    kvPrecision = resolved.kvPrecision.id;
  } catch {
    // An unresolvable request already is an engine finding; fall back to the plan's device count.
  }
  const w = plan.workload;
  const contextTokens =
    purpose === "llm" ? w.promptTokens + w.outputTokens : Math.max(w.chunkSizeTokens, w.queryEmbeddingTokens);
  return {
    purpose,
    frameworkId: s.framework,
    frameworkName: framework?.name ?? s.framework,
    model: repo ?? modelId,
    servedModelName: modelId,
    precision: s.precision,
    kvPrecision,
    tensorParallelSize: split.tp,
    pipelineParallelSize: split.pp,
    maxNumSeqs: maxSequences(node, report, warn),
    contextTokens,
    maxModelLen: contextWithHeadroom(contextTokens, modelOf(s)?.maxContextTokens),
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

/** Warnings about what the Deployment cannot express for this server (image, multi-node, GPU label, CPU). */
function servingWarnings(
  node: PlanNode,
  model: ServingModel,
  launch: ServingLaunch,
  image: string | null,
  warn: Warn,
) {
  for (const gap of launch.unexpressed)
    warn({ code: "serving-setting-unexpressed", subject: node.id, message: `${node.label}: ${gap}.` });
  if (!image)
    warn({
      code: "serving-image-unknown",
      subject: node.id,
      message: `${node.label}: ${model.frameworkName} has no container image in the catalog; the Deployment uses a placeholder image.`,
    });
  if (model.pipelineParallelSize > 1)
    warn({
      code: "multi-node-instance",
      subject: node.id,
      message: `${node.label}: one instance spans ${model.pipelineParallelSize} servers (tensor parallel ${model.tensorParallelSize} × pipeline ${model.pipelineParallelSize}); a Deployment pod cannot span servers — run it with LeaderWorkerSet or a Ray cluster. Each pod here requests ${model.tensorParallelSize} GPU(s) and carries the pipeline flag.`,
    });
}

function gpuPlacement(node: PlanNode, model: ServingModel, gpuNode: boolean, warn: Warn) {
  const productLabel = gpuNode ? (GPU_PRODUCT_LABELS[model.hardware] ?? null) : null;
  if (gpuNode && !productLabel)
    warn({
      code: "gpu-label-unknown",
      subject: node.id,
      message: `${node.label}: no GPU Feature Discovery product label is known for "${model.hardware}"; pods select any GPU node (nvidia.com/gpu.present=true). Add a nodeSelector on nvidia.com/gpu.product.`,
    });
  if (!gpuNode)
    warn({
      code: "cpu-inference",
      subject: node.id,
      message: `${node.label}: CPU inference; the pod is sized like a GPU pod's host share (${SERVING_POD_PER_GPU.cpuCores} cores, ${SERVING_POD_PER_GPU.memoryGb} GB per device) — check it against the model's memory.`,
    });
  return productLabel;
}

/** The init container that holds a server until the download Job has marked the weights complete. */
function waitForWeights(image: string, marker: string): ContainerModel {
  return {
    name: "wait-for-weights",
    image,
    command: [
      "sh",
      "-c",
      `until [ -f ${MODEL_CACHE}/${marker} ]; do echo waiting for the weights; sleep 10; done`,
    ],
    args: [],
    ports: [],
    cpuCores: 0.1,
    memoryGi: 0.125,
    gpus: 0,
    env: [],
    envFromConfig: false,
    mounts: [{ volume: "models", mountPath: MODEL_CACHE, readOnly: true }],
    sidecar: true,
  };
}

/** The model server container: the launch, the engine's per-GPU host share, probes that allow a slow start. */
function serverContainer(
  image: string,
  launch: ServingLaunch,
  gpus: number,
  perPod: number,
  writable: boolean,
): ContainerModel {
  const probe = { type: "http" as const, path: launch.healthPath, port: SERVING_PORT };
  return {
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
    // Loading tens of GB of weights takes minutes: allow 30 min before liveness applies.
    probes: {
      readiness: probe,
      liveness: probe,
      startup: { probe, failureThreshold: 180, periodSeconds: 10 },
    },
    mounts: [
      { volume: "models", mountPath: MODEL_CACHE, ...(writable ? {} : { readOnly: true }) },
      { volume: "cache", mountPath: SERVER_HOME },
      { volume: "dshm", mountPath: "/dev/shm" },
    ],
    sidecar: false,
  };
}

/**
 * A serving node as a cluster workload (NVIDIA GPUs, or CPU) with its shared model volume, or as an external
 * endpoint (Apple Silicon: macOS cannot be a Kubernetes node). One pod is one model instance; its GPUs are the
 * tensor-parallel group.
 */
export function servingWorkload(
  node: PlanNode,
  plan: PlanDocument,
  name: string,
  report: ServingReport | undefined,
  warn: Warn,
): { workload?: WorkloadModel; external?: ExternalModel; cache?: ModelCacheModel } {
  const s = node.serving!;
  const hw = hardwareOf(s);
  const model = servingModel(node, plan, report, warn);
  const ggufFile = `${model.servedModelName}.${model.precision}.gguf`;
  if (hw?.family === "apple") return { external: appleExternal(node, plan, name, model, ggufFile, warn) };
  let catalogImage = getFramework(s.framework)?.containerImage ?? null;
  if (catalogImage && s.framework === "llama.cpp" && hw?.family === "nvidia")
    catalogImage = catalogImage.replace(/:server$/, ":server-cuda");
  const launch = servingLaunch({ s: model, nativePrecision: modelOf(s)?.nativePrecision ?? null, ggufFile });
  servingWarnings(node, model, launch, catalogImage, warn);
  const image = catalogImage ?? "registry.example.com/REPLACE-ME/model-server:REPLACE-ME";
  const gpuNode = hw?.family === "nvidia";
  const gpus = gpuNode ? model.tensorParallelSize : 0;
  const productLabel = gpuPlacement(node, model, gpuNode, warn);
  const marker = `.stackplan-ready-${shortHash(`${model.model}@${model.precision}`)}`;
  const claimName = `${name}-models`;
  const workload: WorkloadModel = {
    nodeId: node.id,
    kind: node.kind,
    label: node.label,
    ...(node.notes ? { notes: node.notes } : {}),
    name,
    tier: "ai",
    controller: "Deployment",
    replicas: node.replicas,
    ...(node.autoscale ? { autoscale: node.autoscale } : {}),
    ...(launch.download ? { initContainers: [waitForWeights(image, marker)] } : {}),
    containers: [
      serverContainer(image, launch, gpus, Math.max(1, gpus || s.devices), launch.download === null),
    ],
    volumes: [
      { name: "models", type: "claim", claimName },
      { name: "cache", type: "emptyDir", sizeLimitG: 20 },
      // Tensor-parallel workers exchange tensors through shared memory (NCCL); the default 64 MB is too small.
      { name: "dshm", type: "emptyDir", medium: "Memory", sizeLimitG: 16 },
    ],
    extraClaims: [],
    security: SECURITY.serving,
    headless: false,
    ...(gpuNode ? { gpu: { hardware: model.hardware, count: gpus, productLabel } } : {}),
    config: {},
    // The download Job reads the Hugging Face token (gated models); the servers never download.
    secretKeys: [...launch.secretKeys, ...(launch.download ? ["HF_TOKEN"] : [])],
    job: node.kind,
    metrics: { port: SERVING_PORT, path: "/metrics" },
    serving: model,
    antiAffinity: "preferred",
    peerPorts: [],
    connections: [],
  };
  const sizeG = checkpointGb(s, report);
  const cache: ModelCacheModel = {
    workload,
    claimName,
    sizeG,
    basis: `checkpoint of ${model.model}: parameters at the published precision + 10%`,
    download: launch.download ? { image, ...launch.download, marker } : null,
  };
  return { workload, cache };
}

function appleExternal(
  node: PlanNode,
  plan: PlanDocument,
  name: string,
  model: ServingModel,
  ggufFile: string,
  warn: Warn,
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
