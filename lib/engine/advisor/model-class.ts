import { getCloudModel, getModel } from "../../catalog";
import { MODEL_QUALITY_CLASSES, type ModelQualityClass } from "../../catalog/runtime-schema";
import type { PlanDocument } from "../../plan/plan-schema";

/** Open-weight models of at least this many billion parameters (total) are "frontier" class ([planner]). */
const FRONTIER_MIN_B = 200;
/** Open-weight models of at least this many billion parameters are "large" class ([planner]). */
const LARGE_MIN_B = 30;

/** The quality class of `totalParamsB` billion parameters of an open-weight model (see MODEL_QUALITY_CLASSES). */
export function classOfParams(totalParamsB: number): ModelQualityClass {
  return totalParamsB >= FRONTIER_MIN_B ? "frontier" : totalParamsB >= LARGE_MIN_B ? "large" : "small";
}

/**
 * An LLM's quality class: a cloud model's catalog class, an open-weight model's by its size; undefined for an id
 * the catalog does not know (a custom model is compared by id only).
 */
export function qualityClass(modelId: string): ModelQualityClass | undefined {
  const cloud = getCloudModel(modelId);
  if (cloud) return cloud.qualityClass;
  const open = getModel(modelId);
  return open ? classOfParams(open.totalParamsB) : undefined;
}

/** Rank of a class, weakest 0. */
export const classRank = (c: ModelQualityClass): number => MODEL_QUALITY_CLASSES.indexOf(c);

/** The LLM model ids the plan serves today (self-hosted nodes' models and cloud LLM nodes' models). */
export function planLlmModels(plan: PlanDocument): string[] {
  const ids = plan.nodes.flatMap((n) => {
    if (n.kind === "llm" && n.serving && typeof n.serving.model === "string") return [n.serving.model];
    if (n.kind === "cloud-llm" && n.cloud && n.cloud.purpose === "llm") return [n.cloud.model];
    return [];
  });
  return [...new Set(ids)];
}
