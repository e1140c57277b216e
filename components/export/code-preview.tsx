"use client";

import { useMemo } from "react";
import { highlightHtml, languageOf } from "./highlight";
import styles from "./export-dialog.module.css";
import tokens from "./code-preview.module.css";

/** Lines shown at most: a generated 1,000-node plan has files far longer than anyone scrolls in a dialog. */
const MAX_LINES = 3000;

export interface CodePreviewProps {
  path: string;
  content: string;
}

/** One file of the bundle, highlighted by its extension (YAML, JSON, Markdown, .env, shell; others plain). */
export function CodePreview({ path, content }: CodePreviewProps) {
  const { html, truncated } = useMemo(() => {
    const lines = content.split("\n");
    const shown = lines.length > MAX_LINES ? lines.slice(0, MAX_LINES).join("\n") : content;
    return { html: highlightHtml(shown, languageOf(path)), truncated: lines.length - MAX_LINES };
  }, [path, content]);
  return (
    <figure className={styles.preview} aria-label={`Preview of ${path}`}>
      <figcaption className={styles.previewPath}>{path}</figcaption>
      <pre className={`${styles.code} ${tokens.code}`} tabIndex={0}>
        {/* highlight.js escapes the file's text and only adds its own spans. */}
        <code dangerouslySetInnerHTML={{ __html: html }} />
      </pre>
      {truncated > 0 && <p className="muted">… {truncated} more lines in the downloaded file.</p>}
    </figure>
  );
}
