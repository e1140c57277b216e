"use client";

import { useTranslations } from "next-intl";
import type { EditorAction } from "@/lib/editor/actions/types";
import { formatText, type NoticeTranslate } from "@/lib/editor/notices";

/**
 * An editor action's name in the interface language: messages/<locale>/editor.json `actions.<id>`, or for actions
 * made at run time ("Add PostgreSQL", "Connect a → b") their title notice (notices.json); else the built label.
 */
export function useActionLabel(): (action: Pick<EditorAction, "id" | "label" | "title">) => string {
  const t = useTranslations("editor.actions");
  const tn = useTranslations("notices") as unknown as NoticeTranslate;
  return (action) => {
    const key = action.id as Parameters<typeof t>[0];
    if (t.has(key)) return t(key);
    return action.title ? formatText(action.title, tn) : action.label;
  };
}
