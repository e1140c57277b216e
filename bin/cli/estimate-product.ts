import {
  TooManyDevicesError,
  tooManyDevicesMessage,
  withProductDevices as productDevicesRule,
  type EstimateRequestInput,
} from "../../lib/engine/llm";
import { UsageError } from "./io";

/** The request with --product's devices filled in, and the line saying so (undefined when nothing was filled). */
export interface ProductDevices {
  request: EstimateRequestInput;
  note?: string;
}

/** The field names as flags, for the rule's refusal. */
const FLAGS = { devices: "--devices", devicesPerNode: "--devices-per-node", product: "--product" };

/**
 * `--product` without `--devices` uses every accelerator of one unit; more devices per server than it holds is a
 * usage error (exit 2) naming the flag and the fix. The rule is lib/engine/llm/product-devices.ts (the API's too);
 * this only words it for the command line.
 */
export function withProductDevices(request: EstimateRequestInput): ProductDevices {
  try {
    const { request: filled, filled: from } = productDevicesRule(request);
    if (!from) return { request: filled };
    return {
      request: filled,
      note: `Devices: ${from.devices}, every accelerator of one ${from.productName} (--product sets the default; --devices N for fewer).`,
    };
  } catch (e) {
    if (e instanceof TooManyDevicesError) throw new UsageError(tooManyDevicesMessage(e.detail, FLAGS));
    throw e;
  }
}
