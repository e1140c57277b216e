"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo } from "react";
import type { AdviseOption, AdviseResult } from "@/lib/engine/advisor";
import { adviceNotes } from "@/lib/engine/advisor/notes";
import { useAdvisor } from "@/lib/editor/advisor";
import { formatUsd, type Locale } from "@/lib/format";
import type { Constraints, PlanDocument } from "@/lib/plan/plan-schema";
import { activeConstraintCount } from "./constraints-data";
import { ConstraintsForm } from "./constraints-form";
import { optionRows, searchedSummary } from "./options-data";
import { OptionsTable } from "./options-table";
import { ParetoChart } from "./pareto-chart";
import { RecommendationCard } from "./recommendation-card";
import styles from "./advisor.module.css";

export interface AdvisorPanelProps {
  /** The plan being edited. The advisor searches again 300 ms after anything it reads changes (not canvas moves). */
  plan: PlanDocument;
  /**
   * New constraints from the form, valid against `constraintsSchema`. The editor commits
   * `{ ...plan, constraints }` as one undoable edit; the advisor then re-runs.
   */
  onConstraintsChange: (constraints: Constraints) => void;
  /**
   * "Apply recommendation" / "Apply" on an option: put `option.deployment.nodes` in place of the plan's AI nodes
   * (`applyScenario(plan, { nodes: option.deployment.nodes })`), as one undoable edit.
   */
  onApply: (option: AdviseOption) => void;
  /** "Save as scenario": add the option to `plan.scenarios` (`scenarioFromOption(plan, option)` builds the scenario). */
  onSaveAsScenario: (option: AdviseOption) => void;
  /** Search automatically when the plan changes (default true); false while the panel is hidden saves the work. */
  enabled?: boolean;
  /** Read-only plan: the form is disabled and the Apply / Save buttons are hidden. */
  readOnly?: boolean;
}

/**
 * The sizing advisor: the constraints form, the recommended deployment with "Apply recommendation" and "Save as
 * scenario", every option in a sortable table, a cost-vs-headroom Pareto chart, the all-cloud alternative, the
 * advisor's notes and what it searched. `advise(plan)` runs in a Web Worker (`useAdvisor`); "Searching…" shows when
 * a search takes more than a second.
 */
export function AdvisorPanel({
  plan,
  onConstraintsChange,
  onApply,
  onSaveAsScenario,
  enabled = true,
  readOnly = false,
}: AdvisorPanelProps) {
  const titleId = useId();
  const advisor = useAdvisor(plan, { enabled });
  const { result, status, slow, error } = advisor;
  const busy = status === "running";
  const constrained = activeConstraintCount(plan.constraints);
  const t = useTranslations("advisor.panel");
  /** What the results area says before the first result. */
  const placeholder = status === "idle" && !enabled ? t("placeholderOff") : slow ? t("searching") : "";

  return (
    <section className={styles.panel} aria-labelledby={titleId}>
      <AdvisorHeader titleId={titleId} advisor={advisor} enabled={enabled} />
      <details className={styles.disclosure} open>
        <summary>
          {t("constraints")}
          <span className={styles.summaryNote}>
            {constrained === 0 ? t("constraintsNone") : t("constraintsSet", { count: constrained })}
          </span>
        </summary>
        <ConstraintsForm
          constraints={plan.constraints}
          onChange={onConstraintsChange}
          disabled={readOnly}
          hideTitle
        />
      </details>

      {status === "error" && (
        <div className="error-state" role="alert">
          <p style={{ margin: "0 0 8px" }}>{t("error", { error: String(error) })}</p>
          <button type="button" className="btn btn-small" onClick={advisor.run}>
            {t("tryAgain")}
          </button>
        </div>
      )}

      {/* Busy covers the results only: the form stays live while a search runs. */}
      <div className={styles.panel} aria-busy={busy}>
        {result ? (
          <AdvisorResults
            result={result}
            stale={advisor.stale}
            plan={plan}
            onApply={onApply}
            onSaveAsScenario={onSaveAsScenario}
            readOnly={readOnly}
          />
        ) : (
          status !== "error" && (
            <div className={styles.skeleton} aria-hidden={!placeholder}>
              {placeholder}
            </div>
          )
        )}
      </div>
    </section>
  );
}

type Advisor = ReturnType<typeof useAdvisor>;

/** The title, the search's progress (announced) or summary, and "Search now" / "Search again". */
function AdvisorHeader({
  titleId,
  advisor,
  enabled,
}: {
  titleId: string;
  advisor: Advisor;
  enabled: boolean;
}) {
  const { result, status, slow } = advisor;
  const busy = status === "running";
  const t = useTranslations("advisor.panel");
  const locale = useLocale() as Locale;
  return (
    <div className={styles.header}>
      <h2 id={titleId}>{t("title")}</h2>
      <div className={styles.inlineRow}>
        {/* Only progress is announced: the summary changes on every edit and would be read out each time. */}
        <p className={styles.status} role="status">
          {busy && slow && (
            <>
              <span className={styles.spinner} aria-hidden="true" />
              {t("searching")}
            </>
          )}
        </p>
        {!(busy && slow) && (
          <p className={styles.status}>
            {status === "done" && result
              ? searchedSummary(result.searched, locale)
              : status === "idle" && !enabled
                ? t("autoOff")
                : null}
          </p>
        )}
        <button type="button" className="btn btn-small" onClick={advisor.run} disabled={busy}>
          {result ? t("searchAgain") : t("searchNow")}
        </button>
      </div>
    </div>
  );
}

interface AdvisorResultsProps extends Pick<AdvisorPanelProps, "plan" | "onApply" | "onSaveAsScenario"> {
  result: AdviseResult;
  stale: boolean;
  readOnly: boolean;
}

/** The recommendation (or why there is none), every option, the Pareto chart, the cloud alternative and notes. */
function AdvisorResults({ result, stale, plan, onApply, onSaveAsScenario, readOnly }: AdvisorResultsProps) {
  const id = useId();
  const currency = plan.metadata.currency;
  const rate = plan.metadata.usdToCurrencyRate;
  const locale = useLocale() as Locale;
  const rows = useMemo(() => optionRows(result, locale), [result, locale]);
  const card = `${styles.card} ${stale ? styles.stale : ""}`;
  const t = useTranslations("advisor.panel");
  const tc = useTranslations("advisor.constraints");
  return (
    <>
      {result.recommended ? (
        <RecommendationCard
          option={result.recommended}
          currency={currency}
          rate={rate}
          onApply={onApply}
          onSaveAsScenario={onSaveAsScenario}
          stale={stale}
          readOnly={readOnly}
        />
      ) : (
        <section className={card} aria-labelledby={`${id}-none`}>
          <h3 id={`${id}-none`}>{t("noRecommendation")}</h3>
          <p className={styles.description}>{t("noRecommendationText")}</p>
        </section>
      )}
      <section className={card} aria-labelledby={`${id}-options`}>
        <h3 id={`${id}-options`}>{t("options")}</h3>
        <p className={styles.description}>{tc("modelSwap", { swap: result.modelSwap.replace(/-/g, "_") })}</p>
        <OptionsTable
          rows={rows}
          currency={currency}
          rate={rate}
          onApply={onApply}
          onSaveAsScenario={onSaveAsScenario}
          readOnly={readOnly}
        />
      </section>
      <ParetoChart result={result} currency={currency} rate={rate} />
      <CloudAndNotes plan={plan} result={result} currency={currency} rate={rate} />
    </>
  );
}

/** The all-cloud alternative's cost, the advisor's notes and what it searched. */
function CloudAndNotes({
  plan,
  result,
  currency,
  rate,
}: {
  plan: PlanDocument;
  result: AdviseResult;
  currency: string;
  rate: number;
}) {
  const id = useId();
  const cloud = result.cloudAlternative;
  const t = useTranslations("advisor.panel");
  const tn = useTranslations("advisor");
  const locale = useLocale() as Locale;
  // The notes' codes and figures (the engine's), in the reader's words; the model-swap one shares its message.
  const notes = adviceNotes(plan, result.recommended !== null).map((n) =>
    n.code === "model-swap"
      ? tn("constraints.modelSwap", { swap: n.params.swap.replace(/-/g, "_") })
      : tn(`notes.${n.code}`, n.params as Record<string, string | number>),
  );
  return (
    <section className={styles.card} aria-labelledby={id}>
      <h3 id={id}>{t("cloudTitle")}</h3>
      {cloud ? (
        <p style={{ margin: 0 }}>
          {t.rich("cloudText", {
            model: cloud.model,
            monthly: formatUsd(cloud.monthlyUsd, currency, rate, locale),
            tco: formatUsd(cloud.tcoUsd, currency, rate, locale),
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
      ) : (
        <p className={styles.description}>{t("cloudNone")}</p>
      )}
      {notes.length > 0 && (
        <ul className={styles.list}>
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <p className={styles.description}>{searchedSummary(result.searched, locale)}</p>
    </section>
  );
}
