import { getFramework, type Framework, type Precision } from "../../catalog";
import type { EngineWarning } from "./estimate-schema";
import { BYTES_PER_GB, type MemoryFigures } from "./memory";
import type { Parallelism } from "./parallelism";
import { flat } from "./rounding";
import type { ResolvedHardware, ResolvedModel, ResolvedRequest } from "./resolve";
import { ObjectMemo, PairMemo } from "./memo";
import type { ServingFigures } from "./serving";
import { peakFlops } from "./timing";

/** macOS limits the reference platform lists (§3 scenario 4). */
export const MACOS_MAX_FILE_DESCRIPTORS = 12_288;
/** The reference platform's size below which a model is not recommended for enterprise reasoning, billions. */
export const ENTERPRISE_MIN_PARAMS_B = 70;

const MACOS_MESSAGE = `macOS is not a server OS: max ${MACOS_MAX_FILE_DESCRIPTORS.toLocaleString("en-US")} file descriptors, login required at boot, disruptive updates, no redundant PSU/RAID. Not for 24/7 critical production or SLA > 99.9%.`;

/** Names people read: a catalog name without its parenthesised detail, a hardware family by its maker. */
const shortName = (name: string) => name.replace(/ \(.*\)$/, "");
const FAMILY_NAMES: Record<string, string> = { nvidia: "NVIDIA", apple: "Apple Silicon", cpu: "CPU" };

const gb = (bytes: number) => `${(bytes / BYTES_PER_GB).toFixed(1)} GB`;

/** Everything about a configuration that an architect must know before trusting its numbers. */
export function estimateWarnings(
  r: ResolvedRequest,
  mem: MemoryFigures,
  par: Parallelism,
  serving: ServingFigures,
): EngineWarning[] {
  // One array filled in order (estimateWarnings runs once per estimate, on the batch hot path).
  const w: EngineWarning[] = [];
  memoryWarnings(w, r, mem, par, serving);
  compatibilityWarnings(w, r, par);
  platformWarnings(w, r);
  communicationWarnings(w, r, par, serving);
  return w;
}

/** Pushes onto `w`: weights, sequences and context that do not fit. */
function memoryWarnings(
  w: EngineWarning[],
  r: ResolvedRequest,
  mem: MemoryFigures,
  par: Parallelism,
  serving: ServingFigures,
): void {
  const { model, hardware, precision, request } = r;
  const devices = par.tp * par.pp;
  if (!mem.weightsFit) {
    const needDevices = Math.ceil(
      (mem.weightsBytes + mem.overheadPerDevice * devices) / mem.capacityPerDevice,
    );
    w.push({
      code: "does-not-fit",
      // Sizes in GB with one decimal, as the message (`…GB`, not `…Gb`: the catalog formats them itself).
      params: {
        model: model.name,
        precision: shortName(precision.name),
        weightsGB: mem.weightsBytes / BYTES_PER_GB,
        devices,
        hardware: hardware.name,
        capacityGB: mem.capacityBytes / BYTES_PER_GB,
        overheadGB: mem.overheadBytes / BYTES_PER_GB,
        minDevices: needDevices + 1,
      },
      message: flat(
        `${model.name} at ${shortName(precision.name)} needs ${gb(mem.weightsBytes)} of weights; ${devices} × ${hardware.name} offer ${gb(mem.capacityBytes)} usable (${gb(mem.overheadBytes)} of it runtime overhead). Use at least ${needDevices + 1} devices, more memory per device, or a smaller precision.`,
      ),
    });
  } else if (serving.concurrency > mem.maxConcurrency) {
    w.push({
      code: "concurrency-exceeds-memory",
      message: flat(
        `Only ${mem.maxConcurrency} sequences of ${mem.contextTokens} tokens fit the KV cache (${gb(mem.kvBytesPerSequence)} each); the other ${serving.concurrency - mem.maxConcurrency} queue. Add devices or replicas, or use an fp8 KV cache.`,
      ),
    });
  }
  if (request.inputTokens + request.outputTokens > model.maxContextTokens) {
    w.push({
      code: "context-exceeds-model",
      params: {
        tokens: request.inputTokens + request.outputTokens,
        model: model.name,
        contextTokens: model.maxContextTokens,
      },
      message: flat(
        `${request.inputTokens + request.outputTokens} tokens exceed ${model.name}'s context of ${model.maxContextTokens}.`,
      ),
    });
  }
}

/** Framework, precision, hardware and tensor-parallel combinations that do not work as asked. */
function compatibilityWarnings(w: EngineWarning[], r: ResolvedRequest, par: Parallelism): void {
  const { model, hardware, framework, precision } = r;
  if (!framework.runsOn.includes(hardware.family)) {
    w.push({
      code: "framework-unsupported-hardware",
      message:
        UNSUPPORTED_HARDWARE.get(framework, hardware) ??
        UNSUPPORTED_HARDWARE.set(
          framework,
          hardware,
          `${framework.name} does not run on ${FAMILY_NAMES[hardware.family] ?? hardware.family} hardware (it runs on ${framework.runsOn.map((f) => FAMILY_NAMES[f] ?? f).join(", ")}). ${hardware.family === "apple" ? "Use MLX, llama.cpp or Ollama." : "Use vLLM, SGLang or TensorRT-LLM."}`,
        ),
    });
  }
  if (!precision.frameworks.includes(framework.id)) {
    w.push({
      code: "precision-unsupported-framework",
      message:
        UNSUPPORTED_PRECISION.get(framework, precision) ??
        UNSUPPORTED_PRECISION.set(
          framework,
          precision,
          `${framework.name} cannot serve ${precision.name} weights (supported by ${precision.frameworks.map((id) => shortName(getFramework(id)?.name ?? id)).join(", ")}).`,
        ),
    });
  }
  const notNative = notNativeMessage(hardware, precision);
  if (notNative) w.push({ code: "precision-not-native", message: notNative });
  if (model.attention.kind !== "mla" && par.tp > model.kvHeads) {
    w.push({
      code: "kv-heads-replicated",
      params: { tp: par.tp, model: model.name, kvHeads: model.kvHeads },
      message: flat(
        `Tensor parallel ${par.tp} exceeds ${model.name}'s ${model.kvHeads} KV heads: KV heads are replicated, so the KV cache does not shrink further.`,
      ),
    });
  }
}

/** What the reference platform says about the machine, the framework and the model. */
function platformWarnings(w: EngineWarning[], r: ResolvedRequest): void {
  const { model, hardware, framework, request } = r;
  if (hardware.family === "apple") {
    w.push({
      code: "macos-limits",
      message: MACOS_MESSAGE,
    });
    const options = "memoryOptionsGb" in hardware ? hardware.memoryOptionsGb : undefined;
    if (options && !options.includes(r.memoryGbPerDevice)) {
      w.push({
        code: "apple-memory-option",
        message: flat(`${hardware.name} ships with ${options.join(", ")} GB, not ${r.memoryGbPerDevice} GB.`),
      });
    }
  }
  if (!framework.productionGrade) {
    w.push({
      code: "framework-dev-only",
      message:
        DEV_ONLY.get(framework) ??
        DEV_ONLY.set(
          framework,
          `${framework.name} is for development and testing, not production serving (reference platform §3).`,
        ),
    });
  }
  if (model.kind === "llm" && model.totalParamsB < ENTERPRISE_MIN_PARAMS_B) {
    w.push({
      code: "model-below-70b",
      message:
        BELOW_70B.get(model) ??
        BELOW_70B.set(
          model,
          `${model.name} (${model.totalParamsB} B) is below 70 B: not recommended for enterprise-grade reasoning (reference platform §3).`,
        ),
    });
  }
  if (model.kind === "embedding" && request.outputTokens > 0) {
    w.push({
      code: "embedding-model-no-decode",
      message: flat(`${model.name} is an embedding model: it only encodes the input (outputTokens ignored).`),
    });
  }
}

/** Time lost between devices, and links the request did not name. */
function communicationWarnings(
  w: EngineWarning[],
  r: ResolvedRequest,
  par: Parallelism,
  serving: ServingFigures,
): void {
  const { hardware } = r;
  const step = serving.decode;
  if (step.communicationS > 0.3 * step.totalS) {
    w.push({
      code: "communication-bound",
      params: {
        sharePct: Math.round((step.communicationS / step.totalS) * 100),
        link: par.tp > 1 ? par.tpLink.name : par.ppLink.name,
      },
      message: flat(
        `Inter-device communication takes ${Math.round((step.communicationS / step.totalS) * 100)}% of each step over ${par.tp > 1 ? par.tpLink.name : par.ppLink.name}: a faster interconnect or fewer devices per instance would help.`,
      ),
    });
  }
  if (par.pp > 1 && !r.interconnect && hardware.family !== "apple") {
    w.push({
      code: "interconnect-assumed",
      params: { machines: par.pp, family: "servers" },
      message: flat(`The instance spans ${par.pp} servers and no interconnect was given: 100 GbE assumed.`),
    });
  }
  if (par.pp > 1 && !r.interconnect && hardware.family === "apple") {
    w.push({
      code: "interconnect-assumed",
      params: { machines: par.pp, family: "macs" },
      message: flat(
        `The instance spans ${par.pp} Macs and no interconnect was given: 100 GbE figures assumed — set 10 GbE, Thunderbolt 5 or the real fabric.`,
      ),
    });
  }
}

// Messages that depend only on catalog entries are built once per entry (or pair) and shared by every estimate.
const UNSUPPORTED_HARDWARE = new PairMemo<Framework, ResolvedHardware, string>();
const UNSUPPORTED_PRECISION = new PairMemo<Framework, Precision, string>();
const DEV_ONLY = new ObjectMemo<Framework, string>();
const BELOW_70B = new ObjectMemo<ResolvedModel, string>();
const NOT_NATIVE = new PairMemo<ResolvedHardware, Precision, string | false>();

/** The precision-not-native message, or false when the device runs the precision's matmuls natively. */
function notNativeMessage(hardware: ResolvedHardware, precision: Precision): string | false {
  const known = NOT_NATIVE.get(hardware, precision);
  if (known !== undefined) return known;
  return NOT_NATIVE.set(
    hardware,
    precision,
    !peakFlops(hardware, precision).native &&
      `${hardware.name} has no native ${precision.name} math: weights are dequantised and multiplied at ${precision.fallbackComputeClass.toUpperCase()} rate (memory savings remain).`,
  );
}
