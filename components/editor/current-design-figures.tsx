"use client";

import { useLocale } from "next-intl";
import { useId } from "react";
import { FigureList } from "@/components/ui/chart";
import { useEditor } from "@/lib/editor/editor-context";
import { keyFigureLabels, selectKeyFigures, sloText } from "@/lib/editor/key-figures";
import { formatUsd } from "@/lib/format";
import styles from "./editor.module.css";

/**
 * The current design's cost and SLO status, above the advisor's options: the same selector and labels as the
 * key-figures strip and the dashboard, so the option prices compare with the right number (options are ranked by
 * the amortised monthly cost).
 */
export function CurrentDesignFigures() {
  const id = useId();
  const locale = useLocale();
  const k = useEditor(selectKeyFigures);
  const currency = useEditor((s) => s.doc.metadata.currency);
  const rate = useEditor((s) => s.doc.metadata.usdToCurrencyRate);
  if (!k) return null;
  const money = (usd: number) => formatUsd(usd, currency, rate, locale);
  return (
    <section className={styles.currentDesign} aria-labelledby={id}>
      <h3 id={id} className={styles.currentDesignTitle}>
        Current design
      </h3>
      <FigureList
        label="Current design figures"
        figures={[
          {
            id: "monthly",
            label: keyFigureLabels.monthlyRunCost(k, locale),
            value: money(k.monthlyRunCostUsd),
          },
          {
            id: "amortised",
            label: keyFigureLabels.amortisedMonthlyCost(k, locale),
            value: money(k.amortisedMonthlyCostUsd),
          },
          { id: "slo", label: keyFigureLabels.slo(locale), value: sloText(k.slo, locale) },
        ]}
      />
    </section>
  );
}
