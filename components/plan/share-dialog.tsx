"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type {
  CreatedShareLink,
  CreateShareLinkBody,
  ShareAudience,
  ShareLinkDto,
  ShareRole,
} from "@/lib/api/share-schemas";
import type { Locale } from "@/lib/i18n/locale";
import { useCreateShareLink, useRevokeShareLink, useShareLinks } from "@/lib/queries/use-share-links";
import { formatDateTime } from "./format-time";
import { ModalDialog } from "./modal-dialog";
import { ReviewFindingsPicker } from "./review-findings";
import styles from "./plan-ui.module.css";

export interface ShareDialogProps {
  planId: string;
  /** Shown in the title: Share “<name>” (Partager « <name> »). */
  planName: string;
  open: boolean;
  onClose: () => void;
}

/** Expiry choices, days from now ("" = never); worded by share.json `expiry.*`. */
const EXPIRY_DAYS = ["", "1", "7", "30"] as const;

const STATUS_BADGE = { active: "badge-ok", expired: "badge-warning", revoked: "badge-error" } as const;

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function NewLink({ link }: { link: CreatedShareLink }) {
  const t = useTranslations("share.newLink");
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <div className={styles.tokenBox}>
      <label className={styles.field}>
        <span>{t.rich("intro", { role: link.role, strong: (text) => <strong>{text}</strong> })}</span>
        <input readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} aria-label={t("label")} />
      </label>
      <div className={styles.row}>
        <button
          type="button"
          className="btn btn-primary"
          onClick={async () => setCopied((await copyText(link.url)) ? "copied" : "failed")}
        >
          {t("copy")}
        </button>
        <span role="status" aria-live="polite">
          {copied === "copied" ? t("copied") : copied === "failed" ? t("copyFailed") : ""}
        </span>
      </div>
    </div>
  );
}

function LinkRow({ link, planId }: { link: ShareLinkDto; planId: string }) {
  const t = useTranslations("share");
  const locale = useLocale() as Locale;
  const revoke = useRevokeShareLink(planId);
  const [confirm, setConfirm] = useState(false);
  const date = (iso: string) => formatDateTime(iso, locale);
  const name = t("list.linkName", { role: link.role, date: date(link.createdAt) });
  return (
    <tr>
      <td>
        {link.label && <strong>{link.label}</strong>}
        <div className={link.label ? "muted" : undefined}>
          {t(`role.${link.role}`)}
          {link.role === "view" && ` · ${t(`audience.${link.audience}`)}`}
        </div>
      </td>
      <td>{date(link.createdAt)}</td>
      <td>{link.expiresAt ? date(link.expiresAt) : t("list.never")}</td>
      <td>{link.lastUsedAt ? date(link.lastUsedAt) : t("list.notYet")}</td>
      <td>
        <span className={`badge ${STATUS_BADGE[link.status]}`}>
          {t("list.statusValue", { status: link.status })}
        </span>
      </td>
      <td>
        {link.status === "active" &&
          (confirm ? (
            <span className={styles.actions}>
              <button
                type="button"
                className="btn btn-small"
                disabled={revoke.isPending}
                onClick={() => revoke.mutate(link.id)}
                aria-label={t("list.confirmRevokeLabel", { name })}
              >
                {t("list.confirmRevoke")}
              </button>
              <button type="button" className="btn btn-small" onClick={() => setConfirm(false)}>
                {t("list.keep")}
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="btn btn-small"
              onClick={() => setConfirm(true)}
              aria-label={t("list.revokeLabel", { name })}
            >
              {t("list.revoke")}
            </button>
          ))}
        {revoke.isError && (
          <span role="alert" className={styles.alert}>
            {revoke.error.message}
          </span>
        )}
      </td>
    </tr>
  );
}

/** The links of the plan, with status and last use (refreshed whenever the dialog opens). */
function LinkList({ planId, open }: { planId: string; open: boolean }) {
  const t = useTranslations("share.list");
  const links = useShareLinks(planId, { enabled: open });
  return (
    <section aria-label={t("region")}>
      <h3 style={{ margin: "0 0 6px" }}>{t("title")}</h3>
      {links.isPending && <p role="status">{t("loading")}</p>}
      {links.isError && <p role="alert">{t("loadError", { error: links.error.message })}</p>}
      {links.data?.length === 0 && <p className="muted">{t("empty")}</p>}
      {links.data && links.data.length > 0 && (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t("access")}</th>
              <th scope="col">{t("created")}</th>
              <th scope="col">{t("expires")}</th>
              <th scope="col">{t("lastUsed")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {links.data.map((l) => (
              <LinkRow key={l.id} link={l} planId={planId} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

interface NewLinkChoice {
  role: ShareRole;
  /** Days until it expires ("" = never). */
  expiryDays: string;
  /** What a view link opens. */
  audience: ShareAudience;
}

/** What the API is asked to create: the expiry as a date, the name if any, the audience of a view link. */
function newLinkBody(choice: NewLinkChoice, name: string, review: string[]): CreateShareLinkBody {
  const { role, expiryDays, audience } = choice;
  const customer = role === "view" && audience === "customer";
  const expiresAt = expiryDays
    ? new Date(Date.now() + Number(expiryDays) * 86_400_000).toISOString()
    : undefined;
  return {
    role,
    expiresAt,
    label: name.trim() || undefined,
    ...(role === "view" && { audience }),
    ...(customer && review.length > 0 && { reviewFindings: review }),
  };
}

/** Access and expiry of a new link (the choice outlives the dialog: it is the owner's last one). */
function NewLinkForm({
  planId,
  choice,
  onChoice,
  pending,
  onCreate,
}: {
  planId: string;
  choice: NewLinkChoice;
  onChoice: (choice: NewLinkChoice) => void;
  pending: boolean;
  onCreate: (body: CreateShareLinkBody) => void;
}) {
  const t = useTranslations("share.form");
  const { role, expiryDays, audience } = choice;
  const [name, setName] = useState("");
  const [review, setReview] = useState<string[]>([]);
  const customer = role === "view" && audience === "customer";
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onCreate(newLinkBody(choice, name, review));
  };
  return (
    <form onSubmit={submit} className={styles.row} aria-label={t("label")}>
      <label className={styles.field}>
        <span>{t("name")}</span>
        <input
          value={name}
          maxLength={80}
          placeholder={t("namePlaceholder")}
          onChange={(e) => setName(e.currentTarget.value)}
        />
      </label>
      <RoleField role={role} onRole={(r) => onChoice({ ...choice, role: r })} />
      {role === "view" && (
        <AudienceField audience={audience} onAudience={(a) => onChoice({ ...choice, audience: a })} />
      )}
      {customer && <ReviewFindingsPicker planId={planId} selected={review} onChange={setReview} />}
      <ExpiryField
        expiryDays={expiryDays}
        onExpiryDays={(days) => onChoice({ ...choice, expiryDays: days })}
      />
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? t("creating") : t("create")}
      </button>
    </form>
  );
}

function RoleField({ role, onRole }: { role: ShareRole; onRole: (role: ShareRole) => void }) {
  const t = useTranslations("share");
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t("form.access")}</legend>
      {(["view", "edit"] as const).map((r) => (
        <label key={r}>
          <input type="radio" name="role" value={r} checked={role === r} onChange={() => onRole(r)} />{" "}
          {t(`role.${r}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** What a view link opens: the customer presentation or the read-only designer. */
function AudienceField({
  audience,
  onAudience,
}: {
  audience: ShareAudience;
  onAudience: (audience: ShareAudience) => void;
}) {
  const t = useTranslations("share");
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t("form.opens")}</legend>
      {(["customer", "engineer"] as const).map((a) => (
        <label key={a}>
          <input
            type="radio"
            name="audience"
            value={a}
            checked={audience === a}
            onChange={() => onAudience(a)}
          />{" "}
          {t(`audience.${a}`)}
        </label>
      ))}
    </fieldset>
  );
}

function ExpiryField({
  expiryDays,
  onExpiryDays,
}: {
  expiryDays: string;
  onExpiryDays: (days: string) => void;
}) {
  const t = useTranslations("share");
  return (
    <label className={styles.field}>
      <span>{t("form.expires")}</span>
      <select value={expiryDays} onChange={(e) => onExpiryDays(e.target.value)}>
        {EXPIRY_DAYS.map((days) => (
          <option key={days} value={days}>
            {days ? t("expiry.inDays", { days: Number(days) }) : t("expiry.never")}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Share a plan by link: create view or edit links with an optional expiry, copy the new link (its token is shown
 * once — only its hash is stored), see every link's status and last use, revoke.
 */
export function ShareDialog({ planId, planName, open, onClose }: ShareDialogProps) {
  const t = useTranslations("share");
  const create = useCreateShareLink(planId);
  const [created, setCreated] = useState<CreatedShareLink | null>(null);
  const [choice, setChoice] = useState<NewLinkChoice>({
    role: "view",
    expiryDays: "",
    audience: "customer",
  });
  const close = () => {
    setCreated(null);
    create.reset();
    onClose();
  };
  return (
    <ModalDialog
      open={open}
      onClose={close}
      title={t("title", { name: planName })}
      description={t("description")}
    >
      <NewLinkForm
        planId={planId}
        choice={choice}
        onChoice={setChoice}
        pending={create.isPending}
        onCreate={(body) => create.mutate(body, { onSuccess: (link) => setCreated(link) })}
      />
      {create.isError && (
        <p role="alert" className={styles.alert}>
          {t("createError", { error: create.error.message })}
        </p>
      )}
      {created && <NewLink key={created.id} link={created} />}
      <LinkList planId={planId} open={open} />
    </ModalDialog>
  );
}
