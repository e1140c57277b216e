"use client";

import { useLocale, useTranslations } from "next-intl";
import type { AdviseOption } from "@/lib/engine/advisor";
import { renderOptionDescription, renderOptionReasons } from "@/lib/i18n/advisor";
import { renderFinding } from "@/lib/i18n/findings";
import type { Locale } from "@/lib/format";
import { FigureList } from "@/components/ui/chart";
import { optionFigures, optionProduct, optionTitle } from "./options-data";
import styles from "./advisor.module.css";

export interface RecommendationCardProps {
  /** The recommended option (`advise(plan).recommended`). */
  option: AdviseOption;
  /** ISO currency code of the plan (`metadata.currency`). */
  currency: string;
  /** Display currency per USD (`metadata.usdToCurrencyRate`). */
  rate: number;
  /** "Apply recommendation". */
  onApply: (option: AdviseOption) => void;
  /** "Save as scenario". */
  onSaveAsScenario: (option: AdviseOption) => void;
  /** Dim the card: it was computed for an older version of the plan and a new search is under way. */
  stale?: boolean;
  /** Hide the buttons (read-only plan). */
  readOnly?: boolean;
}

const SEVERITY_BADGE: Record<string, string> = {
  error: "badge badge-error",
  warning: "badge badge-warning",
  info: "badge badge-info",
};

/** The advisor's recommended deployment: what it is, its figures, why it was chosen, its findings, and the actions. */
export function RecommendationCard({
  option,
  currency,
  rate,
  onApply,
  onSaveAsScenario,
  stale = false,
  readOnly = false,
}: RecommendationCardProps) {
  const t = useTranslations("advisor.card");
  const locale = useLocale() as Locale;
  const figures = optionFigures(option, currency, rate, locale);
  return (
    <section
      className={`${styles.card} ${styles.recommended} ${stale ? styles.stale : ""}`}
      aria-labelledby={`rec-${option.id}`}
    >
      <h3 id={`rec-${option.id}`}>{t("title")}</h3>
      <p className={styles.title}>
        {optionTitle(option, locale)}
        {optionProduct(option) && (
          <span className={styles.product}>{t("on", { product: optionProduct(option) ?? "" })}</span>
        )}
      </p>
      <p className={styles.description}>{renderOptionDescription(option.deployment.nodes, locale)}</p>
      <FigureList figures={figures} label={t("figures")} />
      {option.reasons.length > 0 && (
        <div>
          <h4 className={styles.subhead}>{t("why")}</h4>
          <ul className={styles.list}>
            {renderOptionReasons(option, locale).map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      {option.findings.length > 0 && (
        <div>
          <h4 className={styles.subhead}>{t("findings")}</h4>
          <ul className={styles.findings}>
            {option.findings.map((f, i) => {
              // The words in the reader's language; the code stays the finding's identity.
              const said = renderFinding(f, locale);
              return (
                <li key={`${f.code}-${i}`} className={styles.finding}>
                  <span className={SEVERITY_BADGE[f.severity] ?? "badge"}>
                    {t("severity", { severity: f.severity })}
                  </span>
                  <span>{said.message}</span>
                  {said.fix && <span className={styles.fix}>{said.fix}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {!readOnly && (
        <div className={styles.actions}>
          <button type="button" className="btn btn-primary" onClick={() => onApply(option)}>
            {t("apply")}
          </button>
          <button type="button" className="btn" onClick={() => onSaveAsScenario(option)}>
            {t("save")}
          </button>
        </div>
      )}
    </section>
  );
}
