/**
 * The history panel's rows: a plan saves itself every few seconds while someone edits, so a day's work is hundreds
 * of revisions. Consecutive autosaves by the same person, each within `gapMinutes` of the next, collapse into one
 * session row (expandable); named versions ("sent to customer") and deliberate revisions (created, restored,
 * imported, saved with a message) always keep a row of their own. Pure.
 */

/** The version messages the server writes for a save sent without a message (the editor's autosave). */
export const AUTOSAVE_MESSAGES = { owner: "Saved", link: "Saved via share link" } as const;

/** The message of a plan's first version. */
export const CREATED_MESSAGE = "Created";

/** The message of a restore, "Restored revision 3" (written by the server, read back by `knownMessage`). */
export const restoredMessage = (revision: number) => `Restored revision ${revision}`;

/** A message the server writes itself, recognised so the history can show it in the reader's language. */
export type KnownMessage =
  { kind: "saved" | "savedViaLink" | "created" } | { kind: "restored"; revision: number };

/** The server's own version messages; null for a message someone wrote (shown as written). */
export function knownMessage(message: string): KnownMessage | null {
  if (message === AUTOSAVE_MESSAGES.owner) return { kind: "saved" };
  if (message === AUTOSAVE_MESSAGES.link) return { kind: "savedViaLink" };
  if (message === CREATED_MESSAGE) return { kind: "created" };
  const restored = /^Restored revision (\d+)$/.exec(message);
  return restored ? { kind: "restored", revision: Number(restored[1]) } : null;
}

/** Longest pause between two autosaves of one session, minutes. */
export const SESSION_GAP_MINUTES = 30;

/** What grouping needs of a version (the API's VersionSummary has it). */
export interface HistoryVersion {
  revision: number;
  message: string;
  /** "" when unnamed. */
  label: string;
  actor: string;
  /** ISO 8601. */
  createdAt: string;
}

export type HistoryRow<V extends HistoryVersion> =
  | { kind: "version"; version: V }
  | {
      kind: "session";
      actor: string;
      /** Newest first, at least two. */
      versions: V[];
      /** The newest and oldest revisions of the session. */
      newest: V;
      oldest: V;
    };

/** Whether a version is an unnamed autosave (collapsible into a session). */
export function isAutosave(v: HistoryVersion): boolean {
  return (
    v.label.trim() === "" && (v.message === AUTOSAVE_MESSAGES.owner || v.message === AUTOSAVE_MESSAGES.link)
  );
}

/** Minutes between two ISO times (absolute). */
const minutesBetween = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 60_000;

function toRow<V extends HistoryVersion>(run: V[]): HistoryRow<V> {
  if (run.length === 1) return { kind: "version", version: run[0]! };
  return {
    kind: "session",
    actor: run[0]!.actor,
    versions: run,
    newest: run[0]!,
    oldest: run[run.length - 1]!,
  };
}

/**
 * Groups versions (newest first, as the API lists them) into rows, newest first. A session is a run of ≥ 2
 * autosaves, adjacent in the list, by the same actor, each at most `gapMinutes` from its neighbour; a run of one
 * stays a plain version row.
 */
export function groupHistory<V extends HistoryVersion>(
  versions: readonly V[],
  gapMinutes: number = SESSION_GAP_MINUTES,
): HistoryRow<V>[] {
  const rows: HistoryRow<V>[] = [];
  let run: V[] = [];
  const close = () => {
    if (run.length) rows.push(toRow(run));
    run = [];
  };
  for (const v of versions) {
    if (!isAutosave(v)) {
      close();
      rows.push({ kind: "version", version: v });
      continue;
    }
    const last = run[run.length - 1];
    if (last && (last.actor !== v.actor || minutesBetween(last.createdAt, v.createdAt) > gapMinutes)) close();
    run.push(v);
  }
  close();
  return rows;
}
