"use client";

import { useMemo } from "react";
import { highlight, languageOf } from "./highlight";
import styles from "./export-dialog.module.css";

/** Lines shown at most: a generated 1,000-node plan has files far longer than anyone scrolls in a dialog. */
const MAX_LINES = 3000;

export interface CodePreviewProps {
  path: string;
  content: string;
}

/** One file of the bundle, highlighted by its extension (YAML, JSON, Markdown, CSV). */
export function CodePreview({ path, content }: CodePreviewProps) {
  const { tokens, truncated } = useMemo(() => {
    const lines = content.split("\n");
    const shown = lines.length > MAX_LINES ? lines.slice(0, MAX_LINES).join("\n") : content;
    return { tokens: highlight(shown, languageOf(path)), truncated: lines.length - MAX_LINES };
  }, [path, content]);
  return (
    <figure className={styles.preview} aria-label={`Preview of ${path}`}>
      <figcaption className={styles.previewPath}>{path}</figcaption>
      <pre className={styles.code} tabIndex={0}>
        <code>
          {tokens.map((t, i) =>
            t.kind === "plain" ? (
              t.text
            ) : (
              <span key={i} className={styles[`tok-${t.kind}`]}>
                {t.text}
              </span>
            ),
          )}
        </code>
      </pre>
      {truncated > 0 && <p className="muted">… {truncated} more lines in the downloaded file.</p>}
    </figure>
  );
}
