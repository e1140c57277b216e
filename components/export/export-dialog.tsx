"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useModalDialog } from "@/components/ui/dialog";
import { api, type ExportSource } from "@/lib/api/client";
import type { Environment, ExportFormat } from "@/lib/export";
import { useExportFiles } from "@/lib/queries/use-export-files";
import { CodePreview } from "./code-preview";
import { DiagramDownloads } from "./diagram-downloads";
import { FileTreeView } from "./file-tree-view";
import styles from "./export-dialog.module.css";

export type { ExportSource };

/**
 * Props of the export dialog (mounted by the editor):
 * - `open` / `onClose`: controlled visibility; Escape and the close button call onClose.
 * - `source`: `{ kind: "plan", planId }` for the owner's plan, or `{ kind: "shared", token }` for a share link
 *   (view rights suffice). The bundle is built by the server from the last *saved* revision.
 * - `planName`: shown in the title.
 * - `defaultEnvironment`: the environment preselected (pass the plan's `metadata.environment`).
 */
export interface ExportDialogProps {
  open: boolean;
  onClose: () => void;
  source: ExportSource;
  planName: string;
  defaultEnvironment?: Environment;
}

const TARGETS: ExportFormat[] = ["zip", "kustomize", "helm", "compose", "monitoring", "report"];
const ENVIRONMENTS: Environment[] = ["dev", "staging", "production"];

interface ExportChoice {
  format: ExportFormat;
  environment: Environment;
}

function TargetControls({ choice, onChange }: { choice: ExportChoice; onChange: (c: ExportChoice) => void }) {
  const t = useTranslations("export");
  return (
    <div className={styles.controls}>
      <fieldset>
        <legend>{t("target")}</legend>
        {TARGETS.map((format) => (
          <label key={format}>
            <input
              type="radio"
              name="export-target"
              value={format}
              checked={choice.format === format}
              onChange={() => onChange({ ...choice, format })}
            />
            {t(`targets.${format}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t("environment")}{" "}
        <select
          value={choice.environment}
          onChange={(e) => onChange({ ...choice, environment: e.target.value as Environment })}
        >
          {ENVIRONMENTS.map((env) => (
            <option key={env} value={env}>
              {t(`environments.${env}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** The file tree and the highlighted file (README.md first), or where the bundle stands. */
function FilesPreview({
  query,
  selected,
  onSelect,
}: {
  query: ReturnType<typeof useExportFiles>;
  selected: string | null;
  onSelect: (path: string) => void;
}) {
  const files = query.data?.files;
  const t = useTranslations("export");
  const paths = files ? Object.keys(files) : [];
  const current =
    selected && files?.[selected] !== undefined
      ? selected
      : paths.includes("README.md")
        ? "README.md"
        : (paths[0] ?? null);
  return (
    <div className={styles.body} aria-busy={query.isFetching}>
      {files ? (
        <>
          <FileTreeView paths={paths} selected={current} onSelect={onSelect} />
          {current && <CodePreview path={current} content={files[current]!} />}
        </>
      ) : (
        <p role="status" style={{ padding: "12px 18px" }}>
          {query.isError ? t("failed", { message: query.error.message }) : t("building")}
        </p>
      )}
    </div>
  );
}

/**
 * Choose a target and an environment, browse the bundle's files with a highlighted preview, download the .zip
 * through the export API. A native <dialog> (focus trap, Escape, inert background) wide enough for tree + preview.
 */
export function ExportDialog({
  open,
  onClose,
  source,
  planName,
  defaultEnvironment = "production",
}: ExportDialogProps) {
  const { dialogProps } = useModalDialog(open, onClose);
  const titleId = useId();
  const [choice, setChoice] = useState<ExportChoice>({ format: "zip", environment: defaultEnvironment });
  const [selected, setSelected] = useState<string | null>("README.md");
  const query = useExportFiles(source, choice, open);
  const fileCount = Object.keys(query.data?.files ?? {}).length;
  const t = useTranslations("export");

  return (
    <dialog {...dialogProps} className={styles.dialog} aria-labelledby={titleId}>
      {open && (
        <div className={styles.inner}>
          <header className={styles.header}>
            <h2 id={titleId}>{t("title", { name: planName })}</h2>
            <button type="button" className="btn btn-small" onClick={onClose} aria-label={t("close")}>
              ✕
            </button>
          </header>
          <TargetControls choice={choice} onChange={setChoice} />
          <FilesPreview query={query} selected={selected} onSelect={setSelected} />
          <footer className={styles.footer}>
            <span
              role="status"
              aria-live="polite"
              className={query.data?.warnings.length ? styles.warnings : "muted"}
            >
              {query.data ? t("status", { files: fileCount, warnings: query.data.warnings.length }) : ""}
            </span>
            <DiagramDownloads source={source} planName={planName} />
            <a
              className="btn btn-primary"
              href={api.exportUrl(source, choice)}
              download={query.data?.fileName}
            >
              {t("download")}
            </a>
          </footer>
        </div>
      )}
    </dialog>
  );
}
