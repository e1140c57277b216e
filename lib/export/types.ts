import type { Report } from "../engine/report-schema";
import type { PlanDocument } from "../plan/plan-schema";

/** The targets a bundle can be narrowed to; `zip` is every file (the complete bundle). */
export const EXPORT_FORMATS = ["zip", "kustomize", "helm", "compose", "monitoring", "report"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type Environment = PlanDocument["metadata"]["environment"];

/**
 * Something the bundle cannot express as planned. Every warning is printed in the bundle's README ("What this bundle
 * does not express") — exporters never drop a plan setting silently.
 */
export interface ExportWarning {
  /** Stable kebab-case code, e.g. `apple-silicon-external`. */
  code: string;
  /** The plan element it is about: a node id, an edge id, or null for the whole plan. */
  subject: string | null;
  /** What is not expressed, why, and what to do about it. */
  message: string;
}

/** A bundle: relative POSIX paths → UTF-8 file contents, the warnings its README lists, the report it was built from. */
export interface Bundle {
  files: Record<string, string>;
  warnings: ExportWarning[];
  report: Report;
}

export interface ExportOptions {
  /** Environment the bundle is sized and labelled for (default: the plan's own). */
  environment?: Environment;
}
