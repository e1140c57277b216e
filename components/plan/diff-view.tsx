"use client";

import { useLocale, useTranslations } from "next-intl";
import type { CostChange } from "@/lib/api/version-schemas";
import { formatMoney, formatNumber, type Locale } from "@/lib/format";
import {
  DIFF_COLLECTIONS,
  DIFF_SECTIONS,
  type CollectionDiff,
  type DiffCollection,
  type FigureChange,
  type PlanDiff,
} from "@/lib/plan/diff";
import { changeLine, humaniseChange, type DiffNames, type DiffScope } from "@/lib/plan/diff-names";
import styles from "./plan-ui.module.css";

export interface DiffViewProps {
  diff: PlanDiff;
  /** Names of the two sides, e.g. "Revision 3" → "Current", or "Theirs" → "Yours". */
  fromLabel: string;
  toLabel: string;
  /** Labels of the zones and nodes the changes refer to by id (the diff API's `names`); ids shown without. */
  names?: DiffNames;
  /** The monthly run cost before → after (the diff API's `cost`), shown in the plan's currency. */
  cost?: CostChange;
}

const NO_NAMES: DiffNames = { nodes: {}, zones: {} };

/** "Monthly run cost: $2,138 → $2,410 (+$272)" in the plan's currency and the reader's locale. */
function CostLine({ cost, locale }: { cost: CostChange; locale: Locale }) {
  const t = useTranslations("versions.diff");
  const money = { currency: cost.currency, usdToCurrencyRate: cost.usdToCurrencyRate };
  const show = (usd: number) => formatMoney(usd, money, locale);
  const deltaUsd = cost.toMonthlyRunCostUsd - cost.fromMonthlyRunCostUsd;
  const text =
    Math.abs(deltaUsd) < 0.005
      ? t("costSame", { amount: show(cost.toMonthlyRunCostUsd) })
      : t("cost", {
          from: show(cost.fromMonthlyRunCostUsd),
          to: show(cost.toMonthlyRunCostUsd),
          delta: `${deltaUsd > 0 ? "+" : "−"}${show(Math.abs(deltaUsd))}`,
        });
  return <p className={styles.costLine}>{text}</p>;
}

function Figures({
  figures,
  fromLabel,
  toLabel,
  locale,
}: {
  figures: FigureChange[];
  fromLabel: string;
  toLabel: string;
  locale: Locale;
}) {
  const t = useTranslations("versions.diff");
  const figureLabel = (f: FigureChange) =>
    f.key.startsWith("devices.")
      ? t("figures.devices", { hardware: f.label.replace(/ devices$/, "") })
      : t(`figures.${f.key as "users" | "nodes" | "edges" | "replicas" | "accelerators"}`);
  return (
    <table className="data">
      <caption className="visually-hidden">{t("keyFigures")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("keyFigure")}</th>
          <th scope="col" className="num">
            {fromLabel}
          </th>
          <th scope="col" className="num">
            {toLabel}
          </th>
          <th scope="col" className="num">
            {t("change")}
          </th>
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => (
          <tr key={f.key}>
            <th scope="row">{figureLabel(f)}</th>
            <td className="num">{formatNumber(f.from, 2, locale)}</td>
            <td className="num">{formatNumber(f.to, 2, locale)}</td>
            <td className="num">
              {f.delta > 0 ? "+" : ""}
              {formatNumber(f.delta, 2, locale)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Collection({
  scope,
  diff,
  names,
  locale,
}: {
  scope: DiffCollection;
  diff: CollectionDiff;
  names: DiffNames;
  locale: Locale;
}) {
  const t = useTranslations("versions.diff");
  if (!diff.added.length && !diff.removed.length && !diff.changed.length) return null;
  const name = t(`collections.${scope}`);
  return (
    <section aria-label={name}>
      <h3>{name}</h3>
      <ul>
        {diff.added.map((e) => (
          <li key={`a-${e.id}`} className={styles.added}>
            {t("added", { label: e.label })}
          </li>
        ))}
        {diff.removed.map((e) => (
          <li key={`r-${e.id}`} className={styles.removed}>
            {t("removed", { label: e.label })}
          </li>
        ))}
        {diff.changed.map((e) => (
          <li key={`c-${e.id}`}>
            <span className={styles.changed}>{t("changed", { label: e.label })}</span>
            <ul>
              {e.changes.map((c) => (
                <li key={c.path}>{changeLine(e.label, humaniseChange(scope, c, names, locale), locale)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Renders a PlanDiff (lib/plan/diff.ts) in people's words: the version's monthly cost before → after, the key
 * figures, then each change as "LLM server → Server / machine: HGX H200 8-GPU server → HGX H100 4-GPU server"
 * (lib/plan/diff-names.ts: field registry labels, catalog names, units, in the reader's language).
 */
export function DiffView({ diff, fromLabel, toLabel, names = NO_NAMES, cost }: DiffViewProps) {
  const t = useTranslations("versions.diff");
  const locale = useLocale() as Locale;
  if (diff.identical)
    return (
      <div className={styles.diff}>
        {cost && <CostLine cost={cost} locale={locale} />}
        <p className="muted">{t("identical", { from: fromLabel, to: toLabel })}</p>
      </div>
    );
  const sections = DIFF_SECTIONS.filter((s) => diff[s].length > 0);
  return (
    <div className={styles.diff}>
      {cost && <CostLine cost={cost} locale={locale} />}
      <p className="muted" style={{ margin: 0 }}>
        {t("count", { count: diff.changeCount, from: fromLabel, to: toLabel })}
      </p>
      {diff.figures.length > 0 && (
        <Figures figures={diff.figures} fromLabel={fromLabel} toLabel={toLabel} locale={locale} />
      )}
      {DIFF_COLLECTIONS.map((c) => (
        <Collection key={c} scope={c} diff={diff[c]} names={names} locale={locale} />
      ))}
      {sections.map((s: DiffScope & (typeof DIFF_SECTIONS)[number]) => {
        const where = t(`sections.${s}`);
        return (
          <section key={s} aria-label={where}>
            <h3>{where}</h3>
            <ul>
              {diff[s].map((c) => (
                <li key={c.path}>{changeLine(where, humaniseChange(s, c, names, locale), locale)}</li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
