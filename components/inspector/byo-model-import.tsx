"use client";

import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { EditorDialog } from "@/components/editor/editor-dialog";
import editorStyles from "@/components/editor/editor.module.css";
import { useFormReadOnly } from "@/components/ui/form";
import formStyles from "@/components/ui/form/form.module.css";
import { useEditorApi } from "@/lib/editor/editor-context";
import { defaultModelName, importHfModel } from "@/lib/editor/ops/byo-model";
import type { PlanNode } from "@/lib/plan/node-schema";
import styles from "./inspector.module.css";
import { useNodeEditor } from "./use-edit";

type ServingNode = PlanNode & { kind: "llm" | "embeddings" };

/**
 * "Import config.json…": a Hugging Face config.json (a file or pasted text) becomes the node's custom model in one
 * undoable step. A config the parser refuses shows its issues (each naming the JSON field) and changes nothing.
 */
export function ByoModelImport({ node }: { node: ServingNode }) {
  const t = useTranslations("inspector.byoModel");
  const readOnly = useFormReadOnly();
  const [open, setOpen] = useState(false);
  if (readOnly) return null;
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        {t("open")}
      </button>
      <EditorDialog open={open} onClose={() => setOpen(false)} title={t("title")}>
        {open && <ImportForm node={node} close={() => setOpen(false)} />}
      </EditorDialog>
    </>
  );
}

function ImportForm({ node, close }: { node: ServingNode; close: () => void }) {
  const t = useTranslations("inspector.byoModel");
  const edit = useNodeEditor(node.id);
  const store = useEditorApi();
  const ids = { file: useId(), text: useId(), name: useId(), hint: useId() };
  const [text, setText] = useState("");
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);

  const takeText = (next: string) => {
    setText(next);
    setError(null);
    if (!name.trim()) setName(defaultModelName(next));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return setError(t("empty"));
    const result = importHfModel(node.serving!, text, node.kind, name);
    if (!result.ok) return setError(result.message);
    const refused = edit("serving.model", (n) => ({ ...n, serving: result.serving }));
    if (refused) return setError(refused);
    const assumed = result.assumptions.length
      ? ` ${t("assumed", { list: result.assumptions.join("; ") })}`
      : "";
    store.getState().announce({ tone: "info", text: t("imported", { name: result.model.name }) + assumed });
    close();
  };

  return (
    <form onSubmit={submit} className={styles.importForm}>
      <p className={formStyles.hint} id={ids.hint}>
        {t("intro")}
      </p>
      <div className={formStyles.field}>
        <label className={formStyles.label} htmlFor={ids.file}>
          {t("file")}
        </label>
        <input
          id={ids.file}
          type="file"
          accept=".json,application/json"
          aria-describedby={ids.hint}
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            if (file) takeText(await file.text());
          }}
        />
      </div>
      <div className={formStyles.field}>
        <label className={formStyles.label} htmlFor={ids.text}>
          {t("paste")}
        </label>
        <textarea
          id={ids.text}
          className={formStyles.input}
          rows={6}
          spellCheck={false}
          value={text}
          onChange={(e) => takeText(e.currentTarget.value)}
        />
      </div>
      <div className={formStyles.field}>
        <label className={formStyles.label} htmlFor={ids.name}>
          {t("name")}
        </label>
        <input
          id={ids.name}
          className={formStyles.input}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
      </div>
      {error && (
        <p role="alert" className={`${formStyles.error} ${styles.importError}`}>
          {error}
        </p>
      )}
      <div className={editorStyles.dialogFooter}>
        <button type="button" className="btn" onClick={close}>
          {t("cancel")}
        </button>
        <button type="submit" className="btn btn-primary">
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
