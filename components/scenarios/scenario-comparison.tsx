"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { useScenarioComparison, useSensitivity } from "@/lib/editor/advisor";
import type { PlanDocument, Scenario } from "@/lib/plan/plan-schema";
import { comparisonColumns, comparisonForPlan, comparisonMetrics } from "./comparison-data";
import { ComparisonTable } from "./comparison-table";
import { ScenarioToolbar } from "./scenario-toolbar";
import { TcoChart } from "./tco-chart";
import { TornadoChart } from "./tornado-chart";
import styles from "./scenarios.module.css";

export interface ScenarioComparisonProps {
  /** The plan being edited: its current design and `plan.scenarios` are compared (re-computed 300 ms after edits). */
  plan: PlanDocument;
  /** "Apply" on a scenario: put its AI nodes in place of the plan's (`applyScenario(plan, scenario)`), undoably. */
  onApply: (scenarioId: string) => void;
  /** "Remove" on a scenario: drop it from `plan.scenarios`, undoably. */
  onRemove: (scenarioId: string) => void;
  /** "Add the four reference scenarios": the reference §3 scenarios sized for the plan, minus any already present. */
  onAddSpecScenarios: (scenarios: Scenario[]) => void;
  /** "Capture current design": add `scenarioFromCurrent(plan, name)`; the name is trimmed, unique and ≤ 80 characters. */
  onCaptureCurrent: (name: string) => void;
  /** Compute automatically when the plan changes (default true); false while the panel is hidden. */
  enabled?: boolean;
  /** Read-only plan: no Apply / Remove / Add / Capture. */
  readOnly?: boolean;
}

/**
 * Compares the current design with every scenario of the plan: a side-by-side table (capacity vs demand, speed,
 * cost, CAPEX, TCO, power, space, GPUs, compliance, risks, SLOs), the TCO curves with their break-even points, and
 * a sensitivity tornado for the chosen design. The engine runs in the advisor worker. With no scenario yet, an
 * empty state explains scenarios and offers to add the reference ones or capture the current design.
 */
export function ScenarioComparison({
  plan,
  onApply,
  onRemove,
  onAddSpecScenarios,
  onCaptureCurrent,
  enabled = true,
  readOnly = false,
}: ScenarioComparisonProps) {
  const t = useTranslations("scenarios");
  const titleId = useId();
  const hasScenarios = plan.scenarios.length > 0;
  const comparison = useScenarioComparison(plan, { enabled: enabled && hasScenarios });
  const [picked, setPicked] = useState<string | null>(null);
  // A removed scenario falls back to the current design.
  const selectedId = picked !== null && plan.scenarios.some((s) => s.id === picked) ? picked : null;
  const sensitivity = useSensitivity(plan, selectedId, { enabled: enabled && hasScenarios });
  const currency = plan.metadata.currency;
  const rate = plan.metadata.usdToCurrencyRate;
  const locale = useLocale();

  // Only the scenarios still in the plan: a result from before a removal must not offer Apply on a removed one.
  const scenarioIds = useMemo(() => plan.scenarios.map((s) => s.id), [plan.scenarios]);
  // The engine names the first row "Current design" in English; the table and the TCO chart show it in the locale.
  const result = useMemo(() => {
    if (!comparison.result) return null;
    const kept = comparisonForPlan(comparison.result, scenarioIds);
    return { ...kept, rows: kept.rows.map((r, i) => (i === 0 ? { ...r, name: t("currentDesign") } : r)) };
  }, [comparison.result, scenarioIds, t]);
  const columns = useMemo(() => (result ? comparisonColumns(result, locale) : []), [result, locale]);
  const metrics = useMemo(
    () => (result ? comparisonMetrics(result, currency, rate, locale) : []),
    [result, currency, rate, locale],
  );
  const choices = useMemo(
    () => [
      { id: null, name: t("currentDesign") },
      ...plan.scenarios.map((s) => ({ id: s.id, name: s.name })),
    ],
    [plan.scenarios, t],
  );
  const slow =
    (comparison.status === "running" && comparison.slow) ||
    (sensitivity.status === "running" && sensitivity.slow);

  const toolbar = (
    <ScenarioToolbar
      plan={plan}
      onAddSpecScenarios={onAddSpecScenarios}
      onCaptureCurrent={onCaptureCurrent}
      disabled={readOnly}
    />
  );

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <div className={styles.header}>
        <h2 id={titleId}>{t("title")}</h2>
        <p className={styles.status} role="status">
          {slow && (
            <>
              <span className={styles.spinner} aria-hidden="true" />
              {t("comparing")}
            </>
          )}
        </p>
      </div>

      {/* The toolbar keeps its place (and its last message) when the first scenarios arrive. */}
      {!hasScenarios && (
        <div className={styles.empty}>
          <p>
            <strong>{t("emptyLead")}</strong> {t("emptyBody")}
          </p>
          <p>{readOnly ? t("emptyReadOnly") : t("emptyStart")}</p>
        </div>
      )}
      {!readOnly && toolbar}
      {hasScenarios && (
        <>
          {comparison.status === "error" && (
            <div className="error-state" role="alert">
              <p style={{ margin: "0 0 8px" }}>{t("failed", { error: comparison.error ?? "" })}</p>
              <button type="button" className="btn btn-small" onClick={comparison.run}>
                {t("retry")}
              </button>
            </div>
          )}
          <section
            className={`${styles.card} ${comparison.stale ? styles.stale : ""}`}
            aria-labelledby={`${titleId}-table`}
            aria-busy={!result || comparison.stale}
          >
            <h3 id={`${titleId}-table`}>{t("sideBySide")}</h3>
            {result ? (
              <ComparisonTable
                columns={columns}
                metrics={metrics}
                onApply={onApply}
                onRemove={onRemove}
                readOnly={readOnly}
              />
            ) : (
              <p className={styles.message}>{comparison.slow ? t("comparing") : t("calculating")}</p>
            )}
          </section>
          <TcoChart comparison={result} currency={currency} rate={rate} />
          <TornadoChart
            result={
              sensitivity.result && sensitivity.result.scenarioId === selectedId ? sensitivity.result : null
            }
            choices={choices}
            selectedId={selectedId}
            onSelect={setPicked}
            currency={currency}
            rate={rate}
            stale={sensitivity.stale}
          />
        </>
      )}
    </section>
  );
}
