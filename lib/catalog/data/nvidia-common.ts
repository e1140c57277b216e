import { type z } from "zod";
import { type hardwareSchema } from "../hardware-schema";

export type HardwareInput = z.input<typeof hardwareSchema>;
type SourceInput = HardwareInput["sources"][number];

const AIC_COMMIT = "095f58a51c4ca8e61b66ec108d86f223f8d559ce";

/** NVIDIA-maintained system spec used by AIConfigurator (dense TFLOPS, no sparsity). */
export function aic(file: string): SourceInput {
  return {
    kind: "datasheet",
    title: `AIConfigurator system spec ${file} (dense TFLOPS, no sparsity)`,
    repo: "ai-dynamo/aiconfigurator",
    path: `aic-core/src/aiconfigurator_core/systems/${file}`,
    commit: AIC_COMMIT,
  };
}

/** A dated street/cloud price assumption (Nov 2025). */
export function price(usd: number, basis: string) {
  return { usd, asOf: "2025-11", source: { kind: "assumption" as const, title: basis } };
}

export const STREET =
  "Typical street price of one GPU, Nov 2025 (planner assumption; varies widely with volume)";
export const CLOUD =
  "Typical on-demand cloud price of one GPU-hour, Nov 2025 (planner assumption; spot/committed is lower)";
