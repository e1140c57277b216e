import { getHardware, getProduct } from "../../lib/catalog";
import type { EstimateRequestInput } from "../../lib/engine/llm";
import { UsageError } from "./io";

/** The request with --product's devices filled in, and the line saying so (undefined when nothing was filled). */
export interface ProductDevices {
  request: EstimateRequestInput;
  note?: string;
}

/**
 * `--product` names a server: without `--devices` the instance uses every accelerator of one unit (a 2-GPU box
 * serves on its 2 GPUs, not on 1 — the schema's default). More devices per server than the unit holds is a usage
 * error naming the flag and the fix: fewer devices, or `--devices-per-node` for an instance spanning several units.
 * An unknown product or one without accelerators is left to the engine (its message names the nearest ids).
 */
export function withProductDevices(request: EstimateRequestInput): ProductDevices {
  const product = request.product ? getProduct(request.product) : undefined;
  if (!product?.hardwareId || product.devices < 1) return { request };
  const gpus = product.devices;
  const name = product.name.replace(/ \(.*\)$/, "");
  if (request.devices === undefined) {
    return {
      request: { ...request, devices: gpus },
      note: `Devices: ${gpus}, every accelerator of one ${name} (--product sets the default; --devices N for fewer).`,
    };
  }
  // Apple products are one machine per device (a cluster of Macs); a server's devices share one node by default.
  const apple = getHardware(product.hardwareId)?.family === "apple";
  const perNode = request.devicesPerNode ?? (apple ? 1 : request.devices);
  if (perNode > gpus) {
    const flag = request.devicesPerNode === undefined ? "--devices" : "--devices-per-node";
    throw new UsageError(
      `${flag} ${perNode}: one ${name} (--product ${product.id}) holds ${gpus} accelerator(s); give --devices ${gpus} or fewer, or add --devices-per-node ${gpus} for an instance spanning ${Math.ceil(request.devices / gpus)} servers`,
    );
  }
  return { request };
}
