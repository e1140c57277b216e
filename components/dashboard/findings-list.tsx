"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { useFindingText } from "@/components/ui/use-finding-text";
import { SEVERITIES, type Finding, type FindingTarget } from "@/lib/engine/report-schema";
import { formatNumber } from "@/lib/format";
import { groupFindings, severityCounts, visibleGroups, type Severity } from "./findings-data";
import styles from "./dashboard.module.css";

export interface FindingsListProps {
  /** The report's findings (`report.findings`, already sorted by the engine); `null`/`undefined` while loading. */
  findings: readonly Finding[] | null | undefined;
  /**
   * Called with the finding's target when the user activates a finding (click, Enter or Space), so the editor can
   * select and reveal the node, edge or zone (`type: "plan"`, `id: null` for plan-wide findings).
   */
  onSelect: (target: FindingTarget) => void;
  /** Applies a finding's mechanical fix (`finding.patch`); without it, no "Apply fix" buttons (read-only). */
  onApplyFix?: (finding: Finding) => void;
}

const ICONS: Record<Severity, string> = { error: "✕", warning: "▲", info: "i" };
const TONE: Record<Severity, string | undefined> = {
  error: styles.toneError,
  warning: styles.toneWarning,
  info: styles.toneInfo,
};

/**
 * The rule findings, grouped by severity with counts. Each finding is a button named by its message that selects
 * its target; its fix is shown under it (and is the button's description). Chips filter the severities.
 */
export function FindingsList({ findings, onSelect, onApplyFix }: FindingsListProps) {
  const id = useId();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const groups = useMemo(() => (findings ? groupFindings(findings) : null), [findings]);
  const counts = useMemo(() => severityCounts(findings ?? []), [findings]);
  const visible = groups ? visibleGroups(groups, shown) : [];
  const total = findings?.length ?? 0;
  const t = useTranslations("findingsUi");

  const toggle = (s: Severity) =>
    setShown((prev) => {
      const next = new Set(prev);
      if (next.has(s)) next.delete(s);
      else next.add(s);
      return next;
    });

  return (
    <section role="region" aria-labelledby={`${id}-title`} aria-busy={!findings} className={styles.findings}>
      <div className={styles.findingsHead}>
        <h3 id={`${id}-title`}>{findings ? t("titleCount", { count: total }) : t("title")}</h3>
        {findings && total > 0 && <SeverityChips counts={counts} shown={shown} onToggle={toggle} />}
      </div>
      {!findings ? (
        <p role="status" className={styles.muted}>
          {t("checking")}
        </p>
      ) : total === 0 ? (
        <p className={styles.emptySmall}>{t("none")}</p>
      ) : (
        <>
          <p className="visually-hidden" aria-live="polite">
            {t("summary", counts)}
          </p>
          {visible.length === 0 && <p className={styles.emptySmall}>{t("filteredOut")}</p>}
          {visible.map((g) => (
            <FindingGroup
              key={g.severity}
              idPrefix={id}
              group={g}
              onSelect={onSelect}
              onApplyFix={onApplyFix}
            />
          ))}
        </>
      )}
    </section>
  );
}

interface SeverityChipsProps {
  counts: Record<Severity, number>;
  shown: ReadonlySet<Severity>;
  onToggle: (s: Severity) => void;
}

/** Toggle buttons that show or hide each severity, with its count. */
function SeverityChips({ counts, shown, onToggle }: SeverityChipsProps) {
  const t = useTranslations("findingsUi");
  const locale = useLocale();
  return (
    <div className={styles.chips} role="group" aria-label={t("bySeverity")}>
      {SEVERITIES.map((s) => (
        <button
          key={s}
          type="button"
          className={`${styles.chip} ${TONE[s] ?? ""}`}
          aria-pressed={shown.has(s)}
          onClick={() => onToggle(s)}
        >
          <span aria-hidden="true" className={styles.icon}>
            {ICONS[s]}
          </span>
          {t(`severity.${s}`)} {formatNumber(counts[s], 0, locale)}
        </button>
      ))}
    </div>
  );
}

interface FindingGroupProps {
  idPrefix: string;
  group: { severity: Severity; label: string; findings: readonly Finding[] };
  onSelect: (target: FindingTarget) => void;
  onApplyFix?: (finding: Finding) => void;
}

/** One severity's findings: each a button that selects its target, described by its fix. */
function FindingGroup({ idPrefix, group: g, onSelect, onApplyFix }: FindingGroupProps) {
  const t = useTranslations("findingsUi");
  const locale = useLocale();
  const text = useFindingText();
  return (
    <div className={styles.group}>
      <h4 className={`${styles.groupTitle} ${TONE[g.severity] ?? ""}`}>
        {t(`severity.${g.severity}`)} ({formatNumber(g.findings.length, 0, locale)})
      </h4>
      <ul className={styles.findingList}>
        {g.findings.map((f, i) => {
          const fixId = `${idPrefix}-${g.severity}-${i}-fix`;
          const { message, fix } = text(f);
          return (
            <li key={`${f.code}-${f.target.type}-${f.target.id ?? ""}-${i}`} className={styles.finding}>
              <button
                type="button"
                className={styles.findingButton}
                aria-describedby={fixId}
                onClick={() => onSelect(f.target)}
              >
                <span aria-hidden="true" className={`${styles.icon} ${TONE[g.severity] ?? ""}`}>
                  {ICONS[g.severity]}
                </span>
                <span>{message}</span>
              </button>
              <p id={fixId} className={styles.fix}>
                <span className={styles.fixLabel}>{t("fix")} </span>
                {fix}
              </p>
              {f.patch && onApplyFix && (
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={t("applyFixLabel", { fix })}
                  onClick={() => onApplyFix(f)}
                >
                  {t("applyFix")}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
