"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";

type Theme = "light" | "dark";

/** The theme lives on <html data-theme> (set before paint by ThemeScript); React subscribes to it. */
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => observer.disconnect();
}
const getTheme = (): Theme => (document.documentElement.dataset.theme === "dark" ? "dark" : "light");
const getServerTheme = (): Theme | null => null;

export function setTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem("stackplan-theme", theme);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

export function useTheme(): Theme | null {
  return useSyncExternalStore(subscribe, getTheme, getServerTheme);
}

/** Switches between light and dark mode and remembers the choice. */
export function ThemeToggle() {
  const theme = useTheme();
  const t = useTranslations("common.theme");
  return (
    <button
      type="button"
      className="btn btn-small"
      aria-pressed={theme === "dark"}
      onClick={() => setTheme(theme === "dark" ? "light" : "dark")}
    >
      {/* The visible words are the accessible name ("Dark mode", pressed or not): axe's label-content-name-mismatch. */}
      <span aria-hidden="true">{theme === "dark" ? "☾" : "☀"}</span> {t("label")}
    </button>
  );
}
