"use client";

import { useTranslations } from "next-intl";
import { memo, useCallback, useDeferredValue, useEffect, useId, useRef } from "react";
import { CapacityChart } from "@/components/charts/capacity-chart";
import { CostChart } from "@/components/charts/cost-chart";
import { KeyFigures } from "@/components/charts/key-figures";
import { MemoryFitChart } from "@/components/charts/memory-fit-chart";
import { StorageChart } from "@/components/charts/storage-chart";
import type { Finding, FindingTarget, Report } from "@/lib/engine/report-schema";
import type { PlanDocument } from "@/lib/plan/plan-schema";
import { FindingsList } from "./findings-list";
import styles from "./dashboard.module.css";

export interface DashboardProps {
  /**
   * `evaluate(plan)` of the current plan; `null`/`undefined` while it is computed (every panel shows its loading
   * state). Keep passing the previous report while a new one is computed to avoid flicker during slider drags.
   */
  report: Report | null | undefined;
  /**
   * The plan the report is for; only `metadata.currency` and `metadata.usdToCurrencyRate` are read (the amortisation
   * period is the report's own `cost.amortisationMonths`).
   */
  plan: Pick<PlanDocument, "metadata"> | null | undefined;
  /** A finding was activated: select/reveal its target (node, edge, zone, or the plan when `id` is null). */
  onSelectTarget: (target: FindingTarget) => void;
  /** Applies a finding's mechanical fix; absent on a read-only view (no "Apply fix" buttons). */
  onApplyFix?: (finding: Finding) => void;
}

/**
 * The live dashboard: key figures, capacity vs demand, memory fit, storage growth, cost/TCO and the findings, in a
 * grid that is one column in a narrow panel; from 760 px of panel width (a container query, so it follows the panel,
 * not the window) capacity and memory fit sit side by side. Works from 360 px to 900 px wide.
 *
 * The key figures render from the report as it arrives (text, cheap: a slider drag reads them live); the charts render
 * from a deferred copy (`useDeferredValue`): React commits the figures first, keeps the controls responsive and skips
 * chart renders that a newer report has already replaced.
 */
export function Dashboard({ report, plan, onSelectTarget, onApplyFix }: DashboardProps) {
  const id = useId();
  const shown = useDeferredValue(report);
  const currency = plan?.metadata.currency ?? "USD";
  const rate = plan?.metadata.usdToCurrencyRate ?? 1;
  // A stable callback, so the memoised body does not re-render when the editor passes a new function.
  const selectRef = useRef(onSelectTarget);
  useEffect(() => {
    selectRef.current = onSelectTarget;
  }, [onSelectTarget]);
  const select = useCallback((target: FindingTarget) => selectRef.current(target), []);
  const updating = !!report && shown !== report;
  const t = useTranslations("dashboard");
  return (
    <section
      role="region"
      aria-labelledby={`${id}-title`}
      aria-busy={!report || updating}
      className={styles.dashboard}
    >
      <div className={styles.dashboardHead}>
        <h2 id={`${id}-title`} className={styles.dashboardTitle}>
          {t("title")}
        </h2>
        <span role="status" className={styles.status}>
          {!report ? t("calculating") : ""}
        </span>
      </div>
      <div className={styles.keyFigures}>
        <KeyFigures report={report} currency={currency} rate={rate} />
      </div>
      <DashboardBody
        report={shown}
        currency={currency}
        rate={rate}
        onSelect={select}
        onApplyFix={onApplyFix}
      />
    </section>
  );
}

interface DashboardBodyProps {
  report: Report | null | undefined;
  currency: string;
  rate: number;
  onSelect: (target: FindingTarget) => void;
  onApplyFix?: (finding: Finding) => void;
}

const DashboardBody = memo(function DashboardBody({
  report,
  currency,
  rate,
  onSelect,
  onApplyFix,
}: DashboardBodyProps) {
  return (
    <div className={styles.grid}>
      <CapacityChart report={report} />
      <MemoryFitChart report={report} />
      <div className={styles.wide}>
        <StorageChart report={report} />
      </div>
      <div className={styles.wide}>
        <CostChart report={report} currency={currency} rate={rate} />
      </div>
      <div className={styles.wide}>
        <FindingsList findings={report?.findings} onSelect={onSelect} onApplyFix={onApplyFix} />
      </div>
    </div>
  );
});
