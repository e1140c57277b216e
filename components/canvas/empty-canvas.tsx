import styles from "./canvas.module.css";

/** What an empty plan shows: how to add the first component, by mouse or keyboard. */
export function EmptyCanvas({ viewOnly = false }: { viewOnly?: boolean }) {
  if (viewOnly) {
    return (
      <div className={styles.empty}>
        <div className={styles.emptyCard} role="note">
          <h2>An empty canvas</h2>
          <p>This plan has no components yet. Its owner adds them; the figures update when they do.</p>
        </div>
      </div>
    );
  }
  return (
    <div className={styles.empty}>
      <div className={styles.emptyCard} role="note">
        <h2>An empty canvas</h2>
        <p>
          Drag a component from the palette onto the canvas, or focus one and press <kbd>Enter</kbd> — it goes
          into its zone (created if needed).
        </p>
        <p>
          Press <kbd>Ctrl</kbd>+<kbd>K</kbd> for every command, <kbd>?</kbd> for the shortcuts.
        </p>
      </div>
    </div>
  );
}
