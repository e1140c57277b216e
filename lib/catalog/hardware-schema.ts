import { z } from "zod";
import { catalogIdSchema, datedPriceSchema, sourceSchema } from "./source";

export const HARDWARE_FAMILIES = ["nvidia", "apple", "cpu"] as const;
export const hardwareFamilySchema = z.enum(HARDWARE_FAMILIES);
export type HardwareFamily = z.infer<typeof hardwareFamilySchema>;

/**
 * One accelerator (an NVIDIA GPU) or one Apple machine's chip (its GPU and unified memory).
 * TFLOPS are dense (no structured sparsity). Absent precision = no native tensor-core support for it.
 */
export const hardwareSchema = z
  .object({
    id: catalogIdSchema,
    name: z.string().min(1),
    family: hardwareFamilySchema,
    generation: z.string().describe("Architecture or chip generation, e.g. Hopper, Ampere, M3"),
    memoryGb: z
      .number()
      .positive()
      .describe("Device memory in GB (1e9 bytes) as marketed; Apple: the largest option"),
    memoryOptionsGb: z
      .array(z.number().positive())
      .optional()
      .describe("Apple: unified memory sizes the chip ships with"),
    memoryBandwidthGBps: z.number().positive().describe("Peak DRAM/HBM bandwidth, GB/s"),
    fp16Tflops: z.number().positive().describe("Dense FP16/BF16 tensor (or GPU ALU for Apple) TFLOPS"),
    bf16Supported: z.boolean(),
    fp8Tflops: z.number().positive().optional(),
    int8Tops: z.number().positive().optional(),
    fp4Tflops: z.number().positive().optional(),
    gpuCores: z.number().int().positive().optional().describe("Apple GPU cores; NVIDIA: SM count"),
    cpuCores: z.number().int().positive().optional().describe("Apple: CPU cores of the chip"),
    tdpW: z
      .number()
      .positive()
      .describe("Board/chip power under load, W (Apple: whole machine under GPU load)"),
    intraNodeInterconnect: z
      .string()
      .describe("Interconnect id between devices of one node (nvlink, pcie, …)"),
    intraNodeBandwidthGBps: z.number().positive().describe("Per direction, per device, GB/s"),
    formFactor: z.string().optional(),
    listPrice: datedPriceSchema.optional().describe("One device (GPU) or one machine (Apple), USD"),
    rentalPerHour: datedPriceSchema.optional().describe("Cloud rental of one device, USD per hour (NVIDIA)"),
    sources: z.array(sourceSchema).min(1),
    notes: z.string().optional(),
  })
  .strict();
export type Hardware = z.infer<typeof hardwareSchema>;

/** A custom device passed in a request instead of a catalog id. */
export const customHardwareSchema = hardwareSchema
  .omit({ sources: true, listPrice: true, rentalPerHour: true })
  .extend({
    id: catalogIdSchema.default("custom"),
    name: z.string().default("Custom hardware"),
    generation: z.string().default("custom"),
    bf16Supported: z.boolean().default(true),
    intraNodeInterconnect: z.string().default("pcie"),
    intraNodeBandwidthGBps: z.number().positive().default(32),
    sources: z.array(sourceSchema).default([{ kind: "assumption", title: "User-supplied specification" }]),
    listPriceUsd: z.number().nonnegative().optional(),
  })
  .strict();
export type CustomHardware = z.infer<typeof customHardwareSchema>;

/**
 * A product the UI offers: a server or machine mapping to hardware × count × memory, with what it costs and takes.
 */
export const productSchema = z
  .object({
    id: catalogIdSchema,
    name: z.string().min(1),
    kind: z.enum(["gpu-server", "apple-machine", "cpu-server"]),
    hardwareId: catalogIdSchema.optional().describe("Absent for CPU-only servers"),
    devices: z.number().int().nonnegative().describe("Accelerators (or Apple chips) in one unit"),
    memoryGbPerDevice: z
      .number()
      .positive()
      .optional()
      .describe("Overrides the hardware's memory (Apple options)"),
    cpuCores: z.number().int().positive(),
    systemMemoryGb: z.number().positive(),
    storageTb: z.number().nonnegative(),
    rackUnits: z.number().nonnegative(),
    powerW: z.number().positive().describe("Whole unit at typical load, W"),
    maxPowerW: z
      .number()
      .positive()
      .optional()
      .describe(
        "Whole unit at its rated maximum, W (what PDUs and rack cooling are sized on), when the source gives it",
      ),
    networkGbps: z.number().positive(),
    interconnect: catalogIdSchema
      .optional()
      .describe(
        "GPU-to-GPU link inside the unit: nvlink (NVSwitch on HGX/DGX boards), nvlink-bridge (NVL pairs), " +
          "pcie-gen5 / pcie otherwise; absent for single-device and CPU units",
      ),
    interconnectGroupSize: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(
        "Devices joined by `interconnect` (2 for NVLink bridge pairs); absent: all devices of the unit",
      ),
    interconnectBeyondGroup: catalogIdSchema
      .optional()
      .describe("Link tensor parallelism crosses beyond a group (PCIe between NVLink-bridged pairs)"),
    price: datedPriceSchema,
    sources: z.array(sourceSchema).min(1),
    notes: z.string().optional(),
  })
  .strict();
export type Product = z.infer<typeof productSchema>;
