import {
  getFramework,
  getHardware,
  getInterconnect,
  getModel,
  getPrecision,
  getProduct,
  nearestCatalogIds,
  parseHfConfig,
  type CatalogKind,
  type Framework,
  type Hardware,
  type Interconnect,
  type Model,
  type Precision,
  type Product,
} from "../../catalog";
import type { CustomHardware } from "../../catalog/hardware-schema";
import type { CustomModel } from "../../catalog/model-schema";
import { deviceLinks, type DeviceLinks } from "./device-link";
import type { EstimateRequest } from "./estimate-schema";

/** An input the engine cannot work with: names the request field and, for ids, the nearest valid ones. */
export class EngineInputError extends Error {
  constructor(
    readonly code: "unknown-id" | "invalid-value",
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "EngineInputError";
  }
}

export type ResolvedHardware = Hardware | CustomHardware;
export type ResolvedModel = Model | CustomModel;

/** A request with every id replaced by its catalog entry and every default filled in. */
export interface ResolvedRequest {
  request: EstimateRequest;
  model: ResolvedModel;
  hardware: ResolvedHardware;
  precision: Precision;
  kvPrecision: Precision;
  framework: Framework;
  interconnect: Interconnect | undefined;
  /** GPU-to-GPU links of the server (from `product` or `intraNodeInterconnect`); absent: the hardware's own. */
  deviceLinks: DeviceLinks | undefined;
  devices: number;
  devicesPerNode: number;
  /** Memory per device as marketed (binary GB, i.e. GiB), after the request's override. */
  memoryGbPerDevice: number;
  replicas: number;
}

function lookup<T>(kind: CatalogKind, field: string, id: string, get: (id: string) => T | undefined): T {
  const found = get(id);
  if (found) return found;
  const nearest = nearestCatalogIds(kind, id, 3);
  throw new EngineInputError(
    "unknown-id",
    field,
    `${field}: unknown ${kind} "${id}"${nearest.length ? `; nearest: ${nearest.join(", ")}` : ""}`,
  );
}

/** Default framework per hardware family: vLLM on NVIDIA (the spec's recommendation), llama.cpp on Apple/CPU. */
export function defaultFrameworkId(hardware: Pick<Hardware, "family">): string {
  return hardware.family === "nvidia" ? "vllm" : "llama.cpp";
}

/** Default KV precision: bf16 where the hardware has it, else fp16 (an fp8 KV cache is an explicit choice). */
export function defaultKvPrecisionId(hardware: Pick<Hardware, "bf16Supported">): string {
  return hardware.bf16Supported ? "bf16" : "fp16";
}

/** A catalog id, a custom architecture, or a Hugging Face config.json (converted by parseHfConfig). */
function resolveModel(model: EstimateRequest["model"]): ResolvedModel {
  if (typeof model === "string") return lookup("model", "model", model, getModel);
  if (!("hfConfig" in model)) return model;
  const read = parseHfConfig(model.hfConfig);
  if (read.ok) return read.model;
  const first = read.issues[0]!;
  const field = `model.hfConfig${first.path ? `.${first.path}` : ""}`;
  throw new EngineInputError("invalid-value", field, `${field}: ${first.message}`);
}

export function resolveRequest(request: EstimateRequest): ResolvedRequest {
  // Catalog entries are shared, never copied: the engine only reads them.
  const product = request.product ? lookup("product", "product", request.product, getProduct) : undefined;
  const hardware = resolveHardware(request.hardware, product);
  const model = resolveModel(request.model);
  const precision = lookup(
    "precision",
    "precision",
    request.precision ?? model.nativePrecision,
    getPrecision,
  );
  const kvPrecision = lookup(
    "precision",
    "kvPrecision",
    request.kvPrecision ?? defaultKvPrecisionId(hardware),
    getPrecision,
  );
  if (!kvPrecision.usableAsKvCache) {
    throw new EngineInputError(
      "invalid-value",
      "kvPrecision",
      `kvPrecision: ${kvPrecision.id} cannot hold a KV cache; use fp16, bf16, fp8 or int8`,
    );
  }
  const framework = lookup(
    "framework",
    "framework",
    request.framework ?? defaultFrameworkId(hardware),
    getFramework,
  );
  const interconnect = request.interconnect
    ? lookup("interconnect", "interconnect", request.interconnect, getInterconnect)
    : undefined;
  const links = resolveDeviceLinks(request, hardware, product);
  const devices = request.devices;
  const devicesPerNode = Math.min(
    request.devicesPerNode ?? (hardware.family === "apple" ? 1 : devices),
    devices,
  );
  const memoryGbPerDevice = request.memoryGb ?? product?.memoryGbPerDevice ?? hardware.memoryGb;
  return {
    request,
    model,
    hardware,
    precision,
    kvPrecision,
    framework,
    interconnect,
    deviceLinks: links,
    devices,
    devicesPerNode,
    memoryGbPerDevice,
    replicas: request.replicas,
  };
}

/** The server's device links: `intraNodeInterconnect` (must be an intra-node link) or the product's. */
function resolveDeviceLinks(
  request: EstimateRequest,
  hardware: ResolvedHardware,
  product: Product | undefined,
): DeviceLinks | undefined {
  const interconnect = (field: string) => (id: string) => lookup("interconnect", field, id, getInterconnect);
  const explicit = request.intraNodeInterconnect
    ? interconnect("intraNodeInterconnect")(request.intraNodeInterconnect)
    : undefined;
  if (explicit && explicit.scope !== "intra-node") {
    throw new EngineInputError(
      "invalid-value",
      "intraNodeInterconnect",
      `intraNodeInterconnect: ${explicit.id} links servers, not the GPUs of one server; use nvlink, nvlink-bridge, pcie-gen5 or pcie`,
    );
  }
  return deviceLinks(hardware, explicit, product, interconnect("product"));
}

/** The request's hardware (a catalog id or custom specs), else the accelerator of the product it names. */
function resolveHardware(
  hardware: EstimateRequest["hardware"],
  product: Product | undefined,
): ResolvedHardware {
  if (typeof hardware === "string") return lookup("hardware", "hardware", hardware, getHardware);
  if (hardware) return hardware;
  if (product?.hardwareId) return lookup("hardware", "product", product.hardwareId, getHardware);
  throw new EngineInputError(
    "invalid-value",
    "hardware",
    product
      ? `hardware: ${product.id} has no accelerator; give a hardware id (stackplan catalog lists them)`
      : "hardware: required — give a hardware id (e.g. h100-sxm) or a product (e.g. gpu-server-2x-h100-nvl)",
  );
}
