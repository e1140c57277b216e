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

/** The import's state: the config text, the model name (defaulted from the config) and the refusal to show. */
function useImportForm(node: ServingNode, close: () => void) {
  const t = useTranslations("inspector.byoModel");
  const edit = useNodeEditor(node.id);
  const store = useEditorApi();
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
  return { text, name, setName, error, takeText, submit };
}

function ImportForm({ node, close }: { node: ServingNode; close: () => void }) {
  const t = useTranslations("inspector.byoModel");
  const ids = { file: useId(), text: useId(), name: useId(), hint: useId() };
  const form = useImportForm(node, close);
  return (
    <form onSubmit={form.submit} className={styles.importForm}>
      <p className={formStyles.hint} id={ids.hint}>
        {t("intro")}
      </p>
      <ConfigFileField id={ids.file} hintId={ids.hint} onText={form.takeText} />
      <ConfigTextField id={ids.text} text={form.text} onText={form.takeText} />
      <ModelNameField id={ids.name} name={form.name} onName={form.setName} />
      {form.error && (
        <p role="alert" className={`${formStyles.error} ${styles.importError}`}>
          {form.error}
        </p>
      )}
      <ImportFooter close={close} />
    </form>
  );
}

/** A config.json file: its text replaces the pasted one. */
function ConfigFileField({
  id,
  hintId,
  onText,
}: {
  id: string;
  hintId: string;
  onText: (text: string) => void;
}) {
  const t = useTranslations("inspector.byoModel");
  return (
    <div className={formStyles.field}>
      <label className={formStyles.label} htmlFor={id}>
        {t("file")}
      </label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        aria-describedby={hintId}
        onChange={async (e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onText(await file.text());
        }}
      />
    </div>
  );
}

function ConfigTextField({ id, text, onText }: { id: string; text: string; onText: (text: string) => void }) {
  const t = useTranslations("inspector.byoModel");
  return (
    <div className={formStyles.field}>
      <label className={formStyles.label} htmlFor={id}>
        {t("paste")}
      </label>
      <textarea
        id={id}
        className={formStyles.input}
        rows={6}
        spellCheck={false}
        value={text}
        onChange={(e) => onText(e.currentTarget.value)}
      />
    </div>
  );
}

function ModelNameField({ id, name, onName }: { id: string; name: string; onName: (name: string) => void }) {
  const t = useTranslations("inspector.byoModel");
  return (
    <div className={formStyles.field}>
      <label className={formStyles.label} htmlFor={id}>
        {t("name")}
      </label>
      <input
        id={id}
        className={formStyles.input}
        value={name}
        onChange={(e) => onName(e.currentTarget.value)}
      />
    </div>
  );
}

function ImportFooter({ close }: { close: () => void }) {
  const t = useTranslations("inspector.byoModel");
  return (
    <div className={editorStyles.dialogFooter}>
      <button type="button" className="btn" onClick={close}>
        {t("cancel")}
      </button>
      <button type="submit" className="btn btn-primary">
        {t("submit")}
      </button>
    </div>
  );
}
