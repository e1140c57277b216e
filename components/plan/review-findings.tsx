"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { api } from "@/lib/api/client";
import { evaluate } from "@/lib/engine/evaluate";
import { findingKey } from "@/lib/export/pdf/facts";
import { renderFinding } from "@/lib/i18n/findings";
import type { Locale } from "@/lib/i18n/locale";
import styles from "./plan-ui.module.css";

/**
 * The saved plan's findings, to pick the ones a customer link shows as "points to review" (a customer sees no
 * finding unless picked here). Evaluated in the browser with the same engine as the editor.
 */
export function ReviewFindingsPicker({
  planId,
  selected,
  onChange,
}: {
  planId: string;
  selected: string[];
  onChange: (keys: string[]) => void;
}) {
  const t = useTranslations("share.review");
  const locale = useLocale() as Locale;
  const findings = useQuery({
    queryKey: ["plans", planId, "findings"],
    queryFn: async ({ signal }) => evaluate((await api.getPlan(planId, signal)).document).findings,
  });
  const toggle = (key: string, on: boolean) =>
    onChange(on ? [...selected, key] : selected.filter((k) => k !== key));
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t("legend")}</legend>
      {findings.isPending && <p role="status">{t("checking")}</p>}
      {findings.isError && <p role="alert">{t("checkError", { error: findings.error.message })}</p>}
      {findings.data?.length === 0 && <p className="muted">{t("none")}</p>}
      {findings.data?.map((f) => {
        const key = findingKey(f);
        return (
          <label key={key} style={{ display: "block" }}>
            <input
              type="checkbox"
              checked={selected.includes(key)}
              onChange={(e) => toggle(key, e.currentTarget.checked)}
            />{" "}
            {renderFinding(f, locale).message}
          </label>
        );
      })}
    </fieldset>
  );
}
