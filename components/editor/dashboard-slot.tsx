"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";
import { Dashboard, WorkloadBar, type WorkloadBarChange } from "@/components/dashboard";
import { applyFixCommand } from "@/lib/editor/commands";
import { useEditor, useEditorApi } from "@/lib/editor/editor-context";
import { notice } from "@/lib/editor/notices";
import type { Finding } from "@/lib/engine/report-schema";
import type { Locale } from "@/lib/i18n/locale";
import { fieldPathLabel } from "@/lib/plan/diff-names";
import { slosSchema, workloadSchema } from "@/lib/plan/workload-schema";
import { useReveal } from "./use-reveal";
import styles from "./editor.module.css";

/**
 * The dashboard helper's components, mounted with the editor's state (they are props-driven): the live dashboard
 * (charts and findings; a finding reveals its target) and the workload bar (each change is one undo step, merged
 * while a slider is dragged).
 */
export function DashboardSlot() {
  const report = useEditor((s) => s.report);
  const error = useEditor((s) => s.reportError);
  const metadata = useEditor((s) => s.doc.metadata);
  const viewOnly = useEditor((s) => s.access === "view");
  const store = useEditorApi();
  const applyFix = useCallback((f: Finding) => void applyFixCommand(store, f), [store]);
  const reveal = useReveal();
  const t = useTranslations("editor");
  return (
    <>
      {error && (
        <p className="error-state" role="alert">
          {t("reportError", { error })}
        </p>
      )}
      <Dashboard
        report={report}
        plan={{ metadata }}
        onSelectTarget={reveal}
        onApplyFix={viewOnly ? undefined : applyFix}
      />
    </>
  );
}

export function WorkloadSlot() {
  const store = useEditorApi();
  const workload = useEditor((s) => s.doc.workload);
  const slos = useEditor((s) => s.doc.slos);
  const metadata = useEditor((s) => s.doc.metadata);
  const viewOnly = useEditor((s) => s.access === "view");
  const locale = useLocale() as Locale;
  const onChange = useCallback(
    (change: WorkloadBarChange) => {
      const state = store.getState();
      const doc = state.doc;
      const workloadNext = change.workload ? { ...doc.workload, ...change.workload } : doc.workload;
      const slosNext = change.slos ? { ...doc.slos, ...change.slos } : doc.slos;
      // The bar validates each field; cross-field rules (chunk overlap < chunk size) are checked here.
      const problem = [workloadSchema.safeParse(workloadNext), slosSchema.safeParse(slosNext)].find(
        (r) => !r.success,
      );
      if (problem && !problem.success) {
        state.announce({ tone: "error", text: problem.error.issues[0]?.message ?? "Invalid workload" });
        return;
      }
      const keys = [
        ...Object.keys(change.workload ?? {}),
        ...Object.keys(change.slos ?? {}),
        ...(change.environment ? ["environment"] : []),
      ];
      // The undo label names the fields in the reader's language ("Edit Users"), not their keys.
      const fields = [
        ...Object.keys(change.workload ?? {}).map((k) => fieldPathLabel("workload", k, locale)),
        ...Object.keys(change.slos ?? {}).map((k) => fieldPathLabel("slos", k, locale)),
        ...(change.environment ? [fieldPathLabel("metadata", "environment", locale)] : []),
      ];
      state.commit(
        {
          ...doc,
          workload: workloadNext,
          slos: slosNext,
          metadata: change.environment ? { ...doc.metadata, environment: change.environment } : doc.metadata,
        },
        {
          label: notice("editLabel", { field: fields.join(", ") }),
          mergeKey: `workload-bar:${keys.join(",")}`,
        },
      );
    },
    [store, locale],
  );
  return (
    <div className={styles.workload}>
      <WorkloadBar plan={{ workload, slos, metadata }} onChange={onChange} disabled={viewOnly} />
    </div>
  );
}
