import type { PlanDocument } from "../../plan/plan-schema";
import { minReplicas, TARGET_UTILISATION } from "../policy/replicas";
import { MODEL_SWAP_NOTE } from "./model-swap-note";

/**
 * The advisor's notes as stable codes with their figures (like findings and assumptions): the words live in
 * messages/<locale>/advisor.json (`notes.<code>`), so the panel says them in the reader's language; `advise`
 * keeps the English text in `result.notes` (the API and the CLI), written by `englishNote`.
 */
export type AdviceNote =
  | { code: "replicas"; params: { utilisationPct: number; minReplicas: number; environment: string } }
  | { code: "costs"; params: Record<string, never> }
  | { code: "model-swap"; params: { swap: NonNullable<PlanDocument["constraints"]["modelSwap"]> } }
  | { code: "no-option"; params: Record<string, never> };

export function adviceNotes(plan: PlanDocument, hasRecommendation: boolean): AdviceNote[] {
  const environment = plan.metadata.environment;
  const notes: AdviceNote[] = [
    {
      code: "replicas",
      params: {
        utilisationPct: Math.round(TARGET_UTILISATION * 100),
        minReplicas: minReplicas("llm", environment),
        environment,
      },
    },
    { code: "costs", params: {} },
    { code: "model-swap", params: { swap: plan.constraints.modelSwap ?? "any" } },
  ];
  if (!hasRecommendation) notes.push({ code: "no-option", params: {} });
  return notes;
}

/** The English sentence of a note (what `advise` has always written). */
export function englishNote(note: AdviceNote): string {
  switch (note.code) {
    case "replicas":
      return `Replicas are sized for at most ${note.params.utilisationPct}% of the SLO capacity at peak (≥ ${note.params.minReplicas} per node in ${note.params.environment}).`;
    case "costs":
      return "Costs and TCO are the whole plan's with the option in place of the current AI hosting; the platform components are the same in every option.";
    case "model-swap":
      return MODEL_SWAP_NOTE[note.params.swap];
    case "no-option":
      return "No option meets the SLOs and the constraints: relax a constraint (budget, hardware families, models, precision floor) or the SLOs.";
  }
}
