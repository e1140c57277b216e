"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState, type RefObject } from "react";
import type { VersionSummary } from "@/lib/api/version-schemas";
import type { Locale } from "@/lib/format";
import { knownMessage, type HistoryRow } from "@/lib/plan/history-sessions";
import { usePlanDiff } from "@/lib/queries/use-versions";
import { DiffView } from "./diff-view";
import { actorName, formatDateTime } from "./format-time";
import styles from "./plan-ui.module.css";
import { VersionLabelForm } from "./version-label-form";

/** What one row of the history does: the plan, the revision the editor shows, and the restore request. */
export interface RowContext {
  planId: string;
  currentRevision: number;
  onRestore: (revision: number) => void;
}

/** "Owner" / "Share link …abc1" in the reader's language (format-time.ts). */
function useActorName(): (actor: string) => string {
  const locale = useLocale() as Locale;
  return (actor) => actorName(actor, locale);
}

/** A version's message in the reader's language when the server wrote it ("Saved", "Restored revision 3"). */
function useMessageText(): (message: string) => string {
  const t = useTranslations("versions");
  return (message) => {
    const known = knownMessage(message);
    if (!known) return message || t("noMessage");
    return known.kind === "restored"
      ? t("messages.restored", { revision: known.revision })
      : t(`messages.${known.kind}`);
  };
}

/** The diff of revision `from` → `to` (default current), with names and the cost change, loaded when shown. */
function Comparison({
  planId,
  from,
  to,
  fromLabel,
  toLabel,
}: {
  planId: string;
  from: number;
  to?: number;
  fromLabel: string;
  toLabel: string;
}) {
  const t = useTranslations("versions");
  const diff = usePlanDiff(planId, from, to);
  if (diff.isPending) return <p role="status">{t("comparing")}</p>;
  if (diff.isError) return <p role="alert">{t("compareError", { message: diff.error.message })}</p>;
  return (
    <DiffView
      diff={diff.data.diff}
      names={diff.data.names}
      cost={diff.data.cost}
      fromLabel={fromLabel}
      toLabel={toLabel}
    />
  );
}

type Panel = "changes" | "compare" | "label" | null;

/** A version's head line: revision, name, current badge, message, author and time. */
function VersionHead({ version, isCurrent }: { version: VersionSummary; isCurrent: boolean }) {
  const t = useTranslations("versions");
  const locale = useLocale() as Locale;
  const actorLabel = useActorName();
  const messageText = useMessageText();
  return (
    <div className={styles.historyHead}>
      <strong>{t("revision", { revision: version.revision })}</strong>
      {version.label && (
        <span className={`badge ${styles.labelBadge}`} title={t("named")}>
          {version.label}
        </span>
      )}
      {isCurrent && <span className="badge badge-ok">{t("current")}</span>}
      <span>{messageText(version.message)}</span>
      <span className="muted">
        {actorLabel(version.actor)} ·{" "}
        <time dateTime={version.createdAt}>{formatDateTime(version.createdAt, locale)}</time>
      </span>
    </div>
  );
}

/** A version's commands: what it changed, name it, compare with current and restore (the last two: not current). */
function VersionActions({
  version,
  isCurrent,
  panel,
  toggle,
  nameButton,
  onRestore,
}: {
  version: VersionSummary;
  isCurrent: boolean;
  panel: Panel;
  toggle: (p: Panel) => void;
  nameButton: RefObject<HTMLButtonElement | null>;
  onRestore: (revision: number) => void;
}) {
  const t = useTranslations("versions");
  const revision = version.revision;
  return (
    <div className={styles.actions}>
      {revision > 1 && (
        <button
          type="button"
          className="btn btn-small"
          aria-expanded={panel === "changes"}
          onClick={() => toggle("changes")}
        >
          {panel === "changes" ? t("hideChanges") : t("changes", { revision })}
        </button>
      )}
      <button
        ref={nameButton}
        type="button"
        className="btn btn-small"
        aria-expanded={panel === "label"}
        onClick={() => toggle("label")}
      >
        {version.label ? t("rename") : t("name")}
      </button>
      {!isCurrent && (
        <>
          <button
            type="button"
            className="btn btn-small"
            aria-expanded={panel === "compare"}
            onClick={() => toggle("compare")}
          >
            {panel === "compare" ? t("hideComparison") : t("compare", { revision })}
          </button>
          <button type="button" className="btn btn-small" onClick={() => onRestore(revision)}>
            {t("restore", { revision })}
          </button>
        </>
      )}
    </div>
  );
}

/** One saved revision: its head line and commands, and the panel one of them opened (name, changes, comparison). */
export function VersionItem({ version, ctx }: { version: VersionSummary; ctx: RowContext }) {
  const t = useTranslations("versions");
  const [panel, setPanel] = useState<Panel>(null);
  const nameButton = useRef<HTMLButtonElement>(null);
  const toggle = (p: Panel) => setPanel((open) => (open === p ? null : p));
  const isCurrent = version.revision === ctx.currentRevision;
  const revisionText = t("revision", { revision: version.revision });
  return (
    <li
      className={styles.historyItem}
      aria-label={version.label ? `${revisionText} — ${version.label}` : revisionText}
    >
      <VersionHead version={version} isCurrent={isCurrent} />
      <VersionActions
        version={version}
        isCurrent={isCurrent}
        panel={panel}
        toggle={toggle}
        nameButton={nameButton}
        onRestore={ctx.onRestore}
      />
      {panel === "label" && (
        <VersionLabelForm
          planId={ctx.planId}
          revision={version.revision}
          initial={version.label}
          onDone={() => {
            setPanel(null);
            // Back to the button that opened the form (the row stays when it keeps its place in the list).
            requestAnimationFrame(() => nameButton.current?.focus());
          }}
        />
      )}
      {panel === "changes" && (
        <Comparison
          planId={ctx.planId}
          from={version.revision - 1}
          to={version.revision}
          fromLabel={t("diff.previous", { revision: version.revision - 1 })}
          toLabel={revisionText}
        />
      )}
      {panel === "compare" && (
        <Comparison
          planId={ctx.planId}
          from={version.revision}
          fromLabel={revisionText}
          toLabel={t("diff.currentSide")}
        />
      )}
    </li>
  );
}

/** A run of autosaves by one person, collapsed: its span, what it changed in total, and its revisions on demand. */
export function SessionItem({
  row,
  ctx,
}: {
  row: Extract<HistoryRow<VersionSummary>, { kind: "session" }>;
  ctx: RowContext;
}) {
  const t = useTranslations("versions");
  const locale = useLocale() as Locale;
  const actorLabel = useActorName();
  const [expanded, setExpanded] = useState(false);
  const [showChanges, setShowChanges] = useState(false);
  const { oldest, newest, versions } = row;
  const title = t("session", { oldest: oldest.revision, newest: newest.revision });
  const base = oldest.revision - 1;
  return (
    <li className={`${styles.historyItem} ${styles.session}`} aria-label={title}>
      <div className={styles.historyHead}>
        <strong>{title}</strong>
        {versions.some((v) => v.revision === ctx.currentRevision) && (
          <span className="badge badge-ok">{t("current")}</span>
        )}
        <span>{t("sessionCount", { count: versions.length })}</span>
        <span className="muted">
          {actorLabel(row.actor)} ·{" "}
          <time dateTime={oldest.createdAt}>{formatDateTime(oldest.createdAt, locale)}</time>
          {" – "}
          <time dateTime={newest.createdAt}>{formatDateTime(newest.createdAt, locale)}</time>
        </span>
      </div>
      <div className={styles.actions}>
        <button
          type="button"
          className="btn btn-small"
          aria-expanded={expanded}
          onClick={() => setExpanded((x) => !x)}
        >
          {expanded ? t("sessionCollapse") : t("sessionExpand", { count: versions.length })}
        </button>
        {base >= 1 && (
          <button
            type="button"
            className="btn btn-small"
            aria-expanded={showChanges}
            onClick={() => setShowChanges((x) => !x)}
          >
            {showChanges ? t("hideChanges") : t("sessionChanges")}
          </button>
        )}
      </div>
      {showChanges && (
        <Comparison
          planId={ctx.planId}
          from={base}
          to={newest.revision}
          fromLabel={t("diff.previous", { revision: base })}
          toLabel={t("revision", { revision: newest.revision })}
        />
      )}
      {expanded && (
        <ol className={styles.sessionVersions}>
          {versions.map((v) => (
            <VersionItem key={v.revision} version={v} ctx={ctx} />
          ))}
        </ol>
      )}
    </li>
  );
}
