"use client";

import { useTranslations } from "next-intl";
import { useShallow } from "zustand/react/shallow";
import { useFindingText } from "@/components/ui/use-finding-text";
import type { FindingTarget } from "@/lib/engine/report-schema";
import { useEditor } from "@/lib/editor/editor-context";
import styles from "./inspector.module.css";

/** The findings targeting one element, with their fix — the inspector's own short list. */
export function FindingsFor({ target }: { target: FindingTarget }) {
  const findings = useEditor(
    useShallow((s) =>
      (s.report?.findings ?? []).filter((f) => f.target.type === target.type && f.target.id === target.id),
    ),
  );
  const t = useTranslations("findingsUi");
  const text = useFindingText();
  if (findings.length === 0) return null;
  return (
    <section aria-label={t("title")} className={styles.section}>
      <h3 className={styles.sectionTitle}>{t("titleCount", { count: findings.length })}</h3>
      <ul className={styles.findings}>
        {findings.map((f, i) => (
          <li key={`${f.code}-${i}`} className={styles.finding} data-severity={f.severity}>
            <span className={`badge badge-${f.severity}`}>{t(`badge.${f.severity}`)}</span> {text(f).message}
            <span className={styles.fix}>
              {t("fix")} {text(f).fix}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
