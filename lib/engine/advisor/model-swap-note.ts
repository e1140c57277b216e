import type { Constraints } from "../../plan/plan-schema";

/**
 * The one sentence the advisor's notes and its panel say about proposing another LLM than the plan's, per the
 * plan's model-swap constraint (absent: any). Dependency-free so the client panel can import it.
 */
export const MODEL_SWAP_NOTE: Record<NonNullable<Constraints["modelSwap"]>, string> = {
  any: "Other models, cloud APIs included, may be recommended: the plan allows any model (constraint “Model swap”).",
  "same-class":
    "Other models may be recommended only when of the plan's quality class or better (constraint “Model swap”).",
  "same-model": "Only the plan's own model may be recommended (constraint “Model swap”).",
};
