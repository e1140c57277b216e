import { z } from "zod";

/**
 * Where a catalog fact comes from. Every hardware, model, precision, framework and price entry carries at least one.
 * `kind: "assumption"` marks a planner assumption (e.g. a list price on a date) rather than a published fact.
 */
export const sourceSchema = z
  .object({
    kind: z.enum(["datasheet", "config", "benchmark", "secondary", "assumption", "derived"]),
    title: z.string().min(1).describe("What the source is, e.g. 'NVIDIA H100 datasheet' or 'HF config.json'"),
    url: z.string().optional(),
    repo: z.string().optional(),
    path: z.string().optional(),
    commit: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

/** A price stated as an assumption on a date: the UI shows both and lets the plan override the value. */
export const datedPriceSchema = z
  .object({
    usd: z.number().nonnegative(),
    asOf: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "a date like 2025-11 or 2025-11-01"),
    source: sourceSchema,
  })
  .strict();
export type DatedPrice = z.infer<typeof datedPriceSchema>;

/**
 * Lowercase stable catalog id: letters, digits, '.', '-', '_' (e.g. `h100-sxm`, `llama-3.3-70b`, `m4-pro-16c`;
 * '_' only for GGUF quant names such as `q4_k_m`).
 */
export const catalogIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "a lowercase id of letters, digits, '.', '-' and '_'");
