import { getHardware, getProduct } from "../../catalog";
import type { EstimateRequestInput } from "./estimate-schema";
import { EngineInputError } from "./resolve";

/**
 * `product` names a server: without `devices` the instance uses every accelerator of one unit (a 2-GPU box serves
 * on its 2 GPUs, not on the schema's default of 1). More devices per server than the unit holds is refused, naming
 * the field and the fix: fewer devices, or `devicesPerNode` for an instance spanning several units. An unknown
 * product or one without accelerators is left to the engine (its message names the nearest ids). One rule for the
 * CLI (`stackplan estimate --product`) and the API (`POST /api/estimate`); each words field names its own way.
 */

/** The field names a caller shows: `devices` in the API, `--devices` on the command line. */
export interface DeviceFieldNames {
  devices: string;
  devicesPerNode: string;
  product: string;
}

export const API_FIELD_NAMES: DeviceFieldNames = {
  devices: "devices",
  devicesPerNode: "devicesPerNode",
  product: "product",
};

/** The product filled `devices` in: how many, and the server's short name (for the caller's note). */
export interface DevicesFromProduct {
  devices: number;
  productName: string;
}

/** Too many devices per server for the product: what the refusal names. */
export interface TooManyDevices {
  field: "devices" | "devicesPerNode";
  /** Devices the request puts in one server. */
  perNode: number;
  /** Accelerators one unit of the product holds. */
  gpus: number;
  /** Devices of the whole instance. */
  devices: number;
  productId: string;
  productName: string;
}

/** The refusal, as an engine input error on `devices` or `devicesPerNode` (a 400 in the API, exit 2 in the CLI). */
export class TooManyDevicesError extends EngineInputError {
  constructor(
    readonly detail: TooManyDevices,
    names: DeviceFieldNames = API_FIELD_NAMES,
  ) {
    super("invalid-value", detail.field, tooManyDevicesMessage(detail, names));
    this.name = "TooManyDevicesError";
  }
}

/** "devices 4: one 2 × H100 NVL 94 GB server (product …) holds 2 accelerator(s); give devices 2 or fewer, or …". */
export function tooManyDevicesMessage(d: TooManyDevices, names: DeviceFieldNames): string {
  const servers = Math.ceil(d.devices / d.gpus);
  return `${names[d.field]} ${d.perNode}: one ${d.productName} (${names.product} ${d.productId}) holds ${d.gpus} accelerator(s); give ${names.devices} ${d.gpus} or fewer, or add ${names.devicesPerNode} ${d.gpus} for an instance spanning ${servers} servers`;
}

/**
 * The request with the product's devices filled in (`filled` says so), or a TooManyDevicesError. Reads the raw
 * request: `devices` must still be absent when the caller left it out (before the schema's default applies).
 */
export function withProductDevices(request: EstimateRequestInput): {
  request: EstimateRequestInput;
  filled?: DevicesFromProduct;
} {
  const product = typeof request.product === "string" ? getProduct(request.product) : undefined;
  if (!product?.hardwareId || product.devices < 1) return { request };
  const gpus = product.devices;
  const productName = product.name.replace(/ \(.*\)$/, "");
  if (request.devices === undefined) {
    return { request: { ...request, devices: gpus }, filled: { devices: gpus, productName } };
  }
  if (typeof request.devices !== "number") return { request }; // the schema words that error
  // Apple products are one machine per device (a cluster of Macs); a server's devices share one node by default.
  const apple = getHardware(product.hardwareId)?.family === "apple";
  const perNode = request.devicesPerNode ?? (apple ? 1 : request.devices);
  if (typeof perNode === "number" && perNode > gpus) {
    throw new TooManyDevicesError({
      field: request.devicesPerNode === undefined ? "devices" : "devicesPerNode",
      perNode,
      gpus,
      devices: request.devices,
      productId: product.id,
      productName,
    });
  }
  return { request };
}
