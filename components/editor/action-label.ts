"use client";

import { useTranslations } from "next-intl";
import type { EditorAction } from "@/lib/editor/actions/types";

/**
 * An editor action's name in the interface language (messages/<locale>/editor.json `actions.<id>`); actions made
 * at run time ("Add PostgreSQL", "Connect a → b") keep the label they were built with.
 */
export function useActionLabel(): (action: Pick<EditorAction, "id" | "label">) => string {
  const t = useTranslations("editor.actions");
  return (action) => {
    const key = action.id as Parameters<typeof t>[0];
    return t.has(key) ? t(key) : action.label;
  };
}
