import { z } from "zod";

/**
 * A finding of the report (evaluate(plan).findings): severity, code and params (each language words it), its target
 * and, where one exists, the mechanical fix as patches.
 */
export const SEVERITIES = ["error", "warning", "info"] as const;

export const findingTargetSchema = z
  .object({ type: z.enum(["plan", "node", "edge", "zone"]), id: z.string().nullable() })
  .strict();
export type FindingTarget = z.infer<typeof findingTargetSchema>;

/** Names carry units as everywhere: a key ending in `Gb` is a size in GB, shown as "1.2 TB" / "1,2 To". */
export const findingParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type FindingParams = z.infer<typeof findingParamsSchema>;

/**
 * A mechanical fix the editor can apply as one undoable edit ("Apply fix"): set a node's replicas, add a
 * component, or choose a serving node's server (product) again. Present only on findings whose fix is mechanical; the `fix` text says the same in words.
 */
export const findingPatchSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("set-replicas"), nodeId: z.string(), replicas: z.number().int().min(1) }).strict(),
  z.object({ op: z.literal("add-component"), kind: z.string() }).strict(),
  // Choose a catalog server again for a serving node: its accelerator, devices per server and memory follow.
  z.object({ op: z.literal("set-product"), nodeId: z.string(), product: z.string() }).strict(),
]);
export type FindingPatch = z.infer<typeof findingPatchSchema>;

export const findingSchema = z
  .object({
    code: z.string(),
    severity: z.enum(SEVERITIES),
    target: findingTargetSchema,
    message: z.string(),
    fix: z.string(),
    /**
     * The values the message is made of (names, counts, sizes), so it can be written in any language from the
     * message catalogs (lib/i18n/findings.ts renderFinding; messages/<locale>/findings.json keyed by `code`).
     * `message` and `fix` stay the English text for the API, the CLI and findings without a catalog entry.
     */
    params: findingParamsSchema.optional(),
    patch: findingPatchSchema.optional(),
  })
  .strict();
export type Finding = z.infer<typeof findingSchema>;
