"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { useScenarioComparison, useSensitivity } from "@/lib/editor/advisor";
import type { Comparison } from "@/lib/engine/compare";
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
  const titleId = useId();
  const hasScenarios = plan.scenarios.length > 0;
  const comparison = useScenarioComparison(plan, { enabled: enabled && hasScenarios });
  const design = useSelectedDesign(plan);
  const sensitivity = useSensitivity(plan, design.selectedId, { enabled: enabled && hasScenarios });
  const shown = useShownComparison(plan, comparison.result);
  const { currency, usdToCurrencyRate: rate } = plan.metadata;
  const slow = stillRunningSlowly(comparison) || stillRunningSlowly(sensitivity);
  const tornado =
    sensitivity.result && sensitivity.result.scenarioId === design.selectedId ? sensitivity.result : null;

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <ComparisonHeader titleId={titleId} slow={slow} />

      {/* The toolbar keeps its place (and its last message) when the first scenarios arrive. */}
      {!hasScenarios && <EmptyScenarios readOnly={readOnly} />}
      {!readOnly && (
        <ScenarioToolbar
          plan={plan}
          onAddSpecScenarios={onAddSpecScenarios}
          onCaptureCurrent={onCaptureCurrent}
          disabled={readOnly}
        />
      )}
      {hasScenarios && (
        <>
          {comparison.status === "error" && (
            <ComparisonError error={comparison.error} retry={comparison.run} />
          )}
          <SideBySide
            titleId={titleId}
            shown={shown}
            progress={comparison}
            onApply={onApply}
            onRemove={onRemove}
            readOnly={readOnly}
          />
          <TcoChart comparison={shown.result} currency={currency} rate={rate} />
          <TornadoChart
            result={tornado}
            choices={design.choices}
            selectedId={design.selectedId}
            onSelect={design.setPicked}
            currency={currency}
            rate={rate}
            stale={sensitivity.stale}
          />
        </>
      )}
    </section>
  );
}

/** A computation that is running and past its "slow" delay (the header then says it is comparing). */
function stillRunningSlowly(task: { status: string; slow: boolean }): boolean {
  return task.status === "running" && task.slow;
}

/** The design the tornado analyses: the one picked while it is still in the plan, else the current design. */
function useSelectedDesign(plan: PlanDocument) {
  const t = useTranslations("scenarios");
  const [picked, setPicked] = useState<string | null>(null);
  // A removed scenario falls back to the current design.
  const selectedId = picked !== null && plan.scenarios.some((s) => s.id === picked) ? picked : null;
  const choices = useMemo(
    () => [
      { id: null, name: t("currentDesign") },
      ...plan.scenarios.map((s) => ({ id: s.id, name: s.name })),
    ],
    [plan.scenarios, t],
  );
  return { selectedId, setPicked, choices };
}

/** The comparison as shown: only the plan's scenarios, the current design named in the locale, and its table. */
function useShownComparison(plan: PlanDocument, raw: Comparison | null) {
  const t = useTranslations("scenarios");
  const locale = useLocale();
  const { currency, usdToCurrencyRate: rate } = plan.metadata;
  // Only the scenarios still in the plan: a result from before a removal must not offer Apply on a removed one.
  const scenarioIds = useMemo(() => plan.scenarios.map((s) => s.id), [plan.scenarios]);
  // The engine names the first row "Current design" in English; the table and the TCO chart show it in the locale.
  const result = useMemo(() => {
    if (!raw) return null;
    const kept = comparisonForPlan(raw, scenarioIds);
    return { ...kept, rows: kept.rows.map((r, i) => (i === 0 ? { ...r, name: t("currentDesign") } : r)) };
  }, [raw, scenarioIds, t]);
  const columns = useMemo(() => (result ? comparisonColumns(result, locale) : []), [result, locale]);
  const metrics = useMemo(
    () => (result ? comparisonMetrics(result, currency, rate, locale) : []),
    [result, currency, rate, locale],
  );
  return { result, columns, metrics };
}

function ComparisonHeader({ titleId, slow }: { titleId: string; slow: boolean }) {
  const t = useTranslations("scenarios");
  return (
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
  );
}

/** What scenarios are, and how to start (or that a read-only plan has none). */
function EmptyScenarios({ readOnly }: { readOnly: boolean }) {
  const t = useTranslations("scenarios");
  return (
    <div className={styles.empty}>
      <p>
        <strong>{t("emptyLead")}</strong> {t("emptyBody")}
      </p>
      <p>{readOnly ? t("emptyReadOnly") : t("emptyStart")}</p>
    </div>
  );
}

function ComparisonError({ error, retry }: { error: string | null | undefined; retry: () => void }) {
  const t = useTranslations("scenarios");
  return (
    <div className="error-state" role="alert">
      <p style={{ margin: "0 0 8px" }}>{t("failed", { error: error ?? "" })}</p>
      <button type="button" className="btn btn-small" onClick={retry}>
        {t("retry")}
      </button>
    </div>
  );
}

/** The side-by-side table card (dimmed while stale; a waiting message until the first result). */
function SideBySide({
  titleId,
  shown,
  progress: { stale, slow },
  onApply,
  onRemove,
  readOnly,
}: {
  titleId: string;
  shown: ReturnType<typeof useShownComparison>;
  /** The comparison's progress: stale (dimmed) and slow (the waiting message says so). */
  progress: { stale: boolean; slow: boolean };
  onApply: (scenarioId: string) => void;
  onRemove: (scenarioId: string) => void;
  readOnly: boolean;
}) {
  const t = useTranslations("scenarios");
  return (
    <section
      className={`${styles.card} ${stale ? styles.stale : ""}`}
      aria-labelledby={`${titleId}-table`}
      aria-busy={!shown.result || stale}
    >
      <h3 id={`${titleId}-table`}>{t("sideBySide")}</h3>
      {shown.result ? (
        <ComparisonTable
          columns={shown.columns}
          metrics={shown.metrics}
          onApply={onApply}
          onRemove={onRemove}
          readOnly={readOnly}
        />
      ) : (
        <p className={styles.message}>{slow ? t("comparing") : t("calculating")}</p>
      )}
    </section>
  );
}
