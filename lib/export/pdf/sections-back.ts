import { compareScenarios } from "../../engine/compare";
import type { ProposalContext } from "./input";
import { bullets, heading, paragraph, table, type Doc } from "./pen";

/** Scenario comparison (when the plan has scenarios), assumptions and sources, and the engineers' appendix. */
export function scenarioSection(doc: Doc, { plan, t, f }: ProposalContext): void {
  if (plan.scenarios.length === 0) return;
  const { rows } = compareScenarios(plan);
  heading(doc, t("scenarios.title"), 18);
  table(
    doc,
    [
      { header: t("scenarios.name"), share: 0.3 },
      { header: t("scenarios.slo"), share: 0.14 },
      { header: t("scenarios.capex"), share: 0.14, align: "right" },
      { header: t("scenarios.monthly"), share: 0.14, align: "right" },
      { header: t("scenarios.tco"), share: 0.16, align: "right" },
      { header: t("scenarios.headroom"), share: 0.12, align: "right" },
    ],
    rows.map((r) => [
      r.name,
      r.meetsSlo ? t("sizing.met") : t("sizing.notMet"),
      f.money(r.capexUsd),
      f.money(r.monthlyCostUsd),
      f.money(r.tcoUsd),
      r.headroom === null ? t("none") : f.percent(r.headroom),
    ]),
  );
}

export function assumptionsSection(doc: Doc, { report, t }: ProposalContext): void {
  doc.addPage();
  heading(doc, t("assumptions.title"), 18);
  bullets(doc, report.assumptions);
  heading(doc, t("assumptions.sources"), 12);
  const sources = [...new Set(report.cost.lines.map((l) => `${l.source} (${l.asOf})`))];
  bullets(doc, sources);
}

export function findingsSection(doc: Doc, { report, t, audience }: ProposalContext): void {
  if (audience !== "engineer") return;
  doc.addPage();
  heading(doc, t("findings.title"), 18);
  if (report.findings.length === 0) return paragraph(doc, t("findings.none"));
  for (const finding of report.findings) {
    paragraph(doc, `[${finding.severity}] ${finding.code} — ${finding.message}`);
    paragraph(doc, t("findings.fix", { fix: finding.fix }), { size: 9 });
  }
}
