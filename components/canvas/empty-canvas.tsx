import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import styles from "./canvas.module.css";

/** What an empty plan shows: how to add the first component, by mouse or keyboard. */
export function EmptyCanvas({ viewOnly = false }: { viewOnly?: boolean }) {
  const t = useTranslations("canvas.empty");
  const kbd = (chunks: ReactNode) => <kbd>{chunks}</kbd>;
  if (viewOnly) {
    return (
      <div className={styles.empty}>
        <div className={styles.emptyCard} role="note">
          <h2>{t("title")}</h2>
          <p>{t("viewOnly")}</p>
        </div>
      </div>
    );
  }
  return (
    <div className={styles.empty}>
      <div className={styles.emptyCard} role="note">
        <h2>{t("title")}</h2>
        <p>{t.rich("add", { kbd })}</p>
        <p>{t.rich("keys", { kbd })}</p>
      </div>
    </div>
  );
}
