import { compareScenarios } from "../../engine/compare";
import { renderAssumptions } from "../../i18n/assumptions";
import { renderFinding } from "../../i18n/findings";
import type { Block } from "../document/blocks";
import type { ProposalContext } from "./input";

/** Scenario comparison (when the plan has scenarios), assumptions and sources, and the engineers' appendix. */
export function scenarioBlocks({ plan, t, f }: ProposalContext): Block[] {
  if (plan.scenarios.length === 0) return [];
  const { rows } = compareScenarios(plan);
  return [
    { kind: "heading", level: 1, text: t("scenarios.title") },
    {
      kind: "table",
      columns: [
        { header: t("scenarios.name"), share: 0.3 },
        { header: t("scenarios.slo"), share: 0.14 },
        { header: t("scenarios.capex"), share: 0.14, align: "right" },
        { header: t("scenarios.monthly"), share: 0.14, align: "right" },
        { header: t("scenarios.tco"), share: 0.16, align: "right" },
        { header: t("scenarios.headroom"), share: 0.12, align: "right" },
      ],
      rows: rows.map((r) => [
        r.name,
        r.meetsSlo ? t("sizing.met") : t("sizing.notMet"),
        f.money(r.capexUsd),
        f.money(r.monthlyCostUsd),
        f.money(r.tcoUsd),
        r.headroom === null ? t("none") : f.percent(r.headroom),
      ]),
    },
  ];
}

export function assumptionBlocks({ plan, report, t, f }: ProposalContext): Block[] {
  const sources = [...new Set(report.cost.lines.map((l) => `${l.source} (${l.asOf})`))];
  return [
    { kind: "page" },
    { kind: "heading", level: 1, text: t("assumptions.title") },
    { kind: "bullets", items: renderAssumptions(plan, f.locale) },
    { kind: "heading", level: 2, text: t("assumptions.sources") },
    { kind: "bullets", items: sources },
  ];
}

export function findingBlocks({ report, t, f, audience }: ProposalContext): Block[] {
  if (audience !== "engineer") return [];
  const head: Block[] = [{ kind: "page" }, { kind: "heading", level: 1, text: t("findings.title") }];
  if (report.findings.length === 0) return [...head, { kind: "paragraph", text: t("findings.none") }];
  return [
    ...head,
    ...report.findings.flatMap((finding): Block[] => {
      // The code stays (engineers search for it); the words are the reader's language.
      const { message, fix } = renderFinding(finding, f.locale);
      return [
        { kind: "paragraph", text: `[${finding.severity}] ${finding.code} — ${message}` },
        { kind: "paragraph", text: t("findings.fix", { fix }), small: true },
      ];
    }),
  ];
}
