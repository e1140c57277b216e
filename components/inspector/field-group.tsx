import type { ReactNode } from "react";
import styles from "./inspector.module.css";

/** A titled, collapsible group of fields. */
export function FieldGroup({
  title,
  children,
  open = true,
}: {
  title: string;
  children: ReactNode;
  open?: boolean;
}) {
  return (
    <details className={styles.group} open={open}>
      <summary className={styles.groupTitle}>{title}</summary>
      <div className={styles.groupBody}>{children}</div>
    </details>
  );
}
