"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEditor } from "@/lib/editor/editor-context";
import { keyFigureLabels, selectKeyFigures, sloText } from "@/lib/editor/key-figures";
import { formatGb, formatNumber, formatUsd } from "@/lib/format";
import styles from "./key-figures-strip.module.css";

/**
 * The key-figures strip above the canvas: monthly run cost, TCO, GPUs, the latency SLOs and storage at the horizon,
 * always visible while editing. One line of fixed height (it never reflows the canvas); each figure's full label
 * is its `<dt>` (short forms shown, full text in the title). Reads the same selector as the dashboard.
 */
export function KeyFiguresStrip() {
  const locale = useLocale();
  const t = useTranslations("charts.keyFigures");
  const k = useEditor(selectKeyFigures);
  const currency = useEditor((s) => s.doc.metadata.currency);
  const rate = useEditor((s) => s.doc.metadata.usdToCurrencyRate);
  const stale = useEditor((s) => s.reportFor !== s.doc);
  if (!k) {
    return (
      <div className={styles.strip} role="region" aria-label={t("stripLabel")} aria-busy="true">
        <span className={styles.muted}>{t("calculating")}</span>
      </div>
    );
  }
  const money = (usd: number) => formatUsd(usd, currency, rate, locale);
  const items: { id: string; label: string; value: string; tone?: "ok" | "error" }[] = [
    { id: "monthly", label: keyFigureLabels.monthlyRunCost(k, locale), value: money(k.monthlyRunCostUsd) },
    {
      id: "amortised",
      label: keyFigureLabels.amortisedMonthlyCost(k, locale),
      value: money(k.amortisedMonthlyCostUsd),
    },
    { id: "tco", label: keyFigureLabels.tco(k, locale), value: money(k.tcoUsd) },
    { id: "gpus", label: keyFigureLabels.gpus(locale), value: formatNumber(k.gpus, 0, locale) },
    {
      id: "slo",
      label: keyFigureLabels.slo(locale),
      value: sloText(k.slo, locale),
      tone: k.slo === "missed" ? "error" : k.slo === "met" ? "ok" : undefined,
    },
    {
      id: "stored",
      label: keyFigureLabels.dataStored(k, locale),
      value: formatGb(k.dataStored.gb, locale),
    },
    {
      id: "provisioned",
      label: keyFigureLabels.storageProvisioned(locale),
      value: formatGb(k.storageProvisionedGb, locale),
    },
  ];
  return (
    // Focusable: the strip scrolls sideways on narrow screens, and a keyboard user must be able to scroll it.
    <div className={styles.strip} role="region" aria-label={t("stripLabel")} aria-busy={stale} tabIndex={0}>
      <dl className={styles.list}>
        {items.map((f) => (
          <div key={f.id} className={styles.item} data-figure={f.id} title={`${f.label}: ${f.value}`}>
            <dt className={styles.label}>{f.label}</dt>
            <dd className={`${styles.value} ${f.tone ? styles[f.tone] : ""}`}>{f.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
