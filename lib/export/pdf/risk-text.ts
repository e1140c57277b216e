import type { Risk } from "./facts";
import type { Formats, ProposalTranslator } from "./locale";

/** A risk in the reader's language: the component's name in a sentence, no code, no id. */
export function riskText(risk: Risk, t: ProposalTranslator, f: Formats): string {
  switch (risk.kind) {
    case "headroom":
      return t("risk.headroom", { subject: risk.subject, headroom: f.percent(risk.headroom ?? 0) });
    case "budget":
      return t("risk.budget", {
        monthly: f.money(risk.monthlyUsd ?? 0),
        budget: f.money(risk.budgetUsd ?? 0),
      });
    default:
      return t(`risk.${risk.kind}`, { subject: risk.subject });
  }
}
