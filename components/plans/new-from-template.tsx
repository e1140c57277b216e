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
  const router = useRouter();
  const t = useTranslations("plans");
  const create = useCreatePlan();
  const importPlan = useImportPlan();
  const [pending, setPending] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const createFrom = (id: TemplateId | "empty") => {
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
  const error = create.error?.message ?? importPlan.error?.message ?? fileError;

  return (
    <section className={styles.section} aria-labelledby="new-from-template">
      <h2 id="new-from-template">{t("newFromTemplate")}</h2>
      <ul className={styles.templates}>
        {TEMPLATE_IDS.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="btn"
              disabled={pending !== null}
              onClick={() => createFrom(id)}
              aria-label={t("createFrom", { name: TEMPLATES[id].name })}
            >
              {pending === id ? t("creating") : TEMPLATES[id].name}
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="btn"
            disabled={pending !== null}
            onClick={() => createFrom("empty")}
          >
            {pending === "empty" ? t("creating") : t("emptyPlan")}
          </button>
        </li>
        <li>
          <button
            type="button"
            className="btn"
            onClick={() => fileInput.current?.click()}
            disabled={importPlan.isPending}
          >
            {importPlan.isPending ? t("importing") : t("import")}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            aria-label={t("importFile")}
            hidden
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void importFile(file);
              e.target.value = "";
            }}
          />
        </li>
      </ul>
      {error && (
        <p role="alert" className={`${styles.notice} ${styles.error}`}>
          {error}
        </p>
      )}
    </section>
  );
}
