import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import ini from "highlight.js/lib/languages/ini";
import json from "highlight.js/lib/languages/json";
import markdown from "highlight.js/lib/languages/markdown";
import yaml from "highlight.js/lib/languages/yaml";

/**
 * Syntax highlighting of the bundle preview with highlight.js (core + the five languages a bundle holds, ≈ 12 KB
 * gzipped; shiki with its JavaScript engine was ≈ 73 KB for the same languages). CSV and other text are shown plain.
 */
hljs.registerLanguage("yaml", yaml);
hljs.registerLanguage("json", json);
hljs.registerLanguage("markdown", markdown);
hljs.registerLanguage("ini", ini);
hljs.registerLanguage("bash", bash);

export type Language = "yaml" | "json" | "markdown" | "ini" | "bash" | "text";

/** The language of a bundle file, by its name. */
export function languageOf(path: string): Language {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (/\.ya?ml$/.test(name)) return "yaml";
  if (name.endsWith(".json")) return "json";
  if (name.endsWith(".md")) return "markdown";
  if (/^\.env(\.|$)|\.(ini|conf|properties)$/.test(name)) return "ini";
  if (/\.(sh|bash)$/.test(name)) return "bash";
  return "text";
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#x27;",
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * The file's text as HTML: highlight.js spans (`hljs-*` classes) around escaped text. The text itself is unchanged
 * — the preview shows exactly the file that is downloaded.
 */
export function highlightHtml(text: string, language: Language): string {
  if (language === "text") return escapeHtml(text);
  return hljs.highlight(text, { language, ignoreIllegals: true }).value;
}
