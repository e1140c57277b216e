"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { buildTemplate, emptyPlan, TEMPLATE_IDS, TEMPLATES, type TemplateId } from "@/lib/templates";
import { placeImportedInput } from "@/lib/editor/placement-import";
import { useCreatePlan, useImportPlan } from "@/lib/queries/use-plan-mutations";
import styles from "./plans.module.css";

/**
 * "New from template": one button per template (plus an empty plan) that creates the plan through the API and opens
 * it, and an import of a plan JSON file (any schemaVersion).
 */
export function NewFromTemplate() {
  const t = useTranslations("plans");
  const create = useCreateFrom();
  const importing = useImportFile();
  const error = create.error ?? importing.error;

  return (
    <section className={styles.section} aria-labelledby="new-from-template">
      <h2 id="new-from-template">{t("newFromTemplate")}</h2>
      <ul className={styles.templates}>
        {TEMPLATE_IDS.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="btn"
              disabled={create.pending !== null}
              onClick={() => create.from(id)}
              aria-label={t("createFrom", { name: TEMPLATES[id].name })}
            >
              {create.pending === id ? t("creating") : TEMPLATES[id].name}
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="btn"
            disabled={create.pending !== null}
            onClick={() => create.from("empty")}
          >
            {create.pending === "empty" ? t("creating") : t("emptyPlan")}
          </button>
        </li>
        <ImportItem pending={importing.pending} onFile={importing.importFile} />
      </ul>
      {error && (
        <p role="alert" className={`${styles.notice} ${styles.error}`}>
          {error}
        </p>
      )}
    </section>
  );
}

/** Creates a plan from a template (or empty) and opens it; `pending` is the template being created. */
function useCreateFrom() {
  const router = useRouter();
  const t = useTranslations("plans");
  const create = useCreatePlan();
  const [pending, setPending] = useState<string | null>(null);
  const from = (id: TemplateId | "empty") => {
    setPending(id);
    const document = id === "empty" ? emptyPlan(t("untitled")) : buildTemplate(id);
    create.mutate(
      { document, message: id === "empty" ? "Created empty" : "Created from template" },
      {
        onSuccess: ({ id: planId }) => router.push(`/plans/${planId}`),
        onSettled: () => setPending(null),
      },
    );
  };
  return { from, pending, error: create.error?.message };
}

/** Imports a plan JSON file and opens it; a file that is not JSON is refused before any request. */
function useImportFile() {
  const router = useRouter();
  const t = useTranslations("plans");
  const importPlan = useImportPlan();
  const [fileError, setFileError] = useState<string | null>(null);
  const importFile = async (file: File) => {
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setFileError(t("notJson", { file: file.name }));
      return;
    }
    setFileError(null);
    // Nodes outside their zone or on top of each other land on free space inside their zone.
    importPlan.mutate(placeImportedInput(json), { onSuccess: ({ id }) => router.push(`/plans/${id}`) });
  };
  return { importFile, pending: importPlan.isPending, error: importPlan.error?.message ?? fileError };
}

/** The Import button and the hidden file input it opens. */
function ImportItem({ pending, onFile }: { pending: boolean; onFile: (file: File) => Promise<void> }) {
  const t = useTranslations("plans");
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <li>
      <button type="button" className="btn" onClick={() => fileInput.current?.click()} disabled={pending}>
        {pending ? t("importing") : t("import")}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        aria-label={t("importFile")}
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void onFile(file);
          e.target.value = "";
        }}
      />
    </li>
  );
}
