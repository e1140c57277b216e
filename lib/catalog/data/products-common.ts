import { type z } from "zod";
import { type productSchema } from "../hardware-schema";

export type ProductInput = z.input<typeof productSchema>;
type SourceInput = ProductInput["sources"][number];

/** A dated price assumption (Nov 2025). */
export function price(usd: number, basis: string) {
  return { usd, asOf: "2025-11", source: { kind: "assumption" as const, title: basis } };
}

export const SPEC: SourceInput = {
  kind: "secondary",
  title: "Reference platform (deployment requirements), §2–§3",
  path: "docs/reference-platform.md",
};
export const ASSUMED: SourceInput = {
  kind: "assumption",
  title: "Typical configuration of this server class (planner assumption)",
};
export const MAC_SHELF =
  "Rack units are a shelf assumption: a Mac Studio (95 mm tall) takes ≈ 2U of a vented shelf; Mac minis go two " +
  "side by side on a 1U shelf (0.5U each). macOS is not a server OS (no redundant PSU, no headless management; see " +
  "the reference platform's Apple warnings).";
