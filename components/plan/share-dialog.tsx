"use client";

import { useState, type FormEvent } from "react";
import type {
  CreatedShareLink,
  CreateShareLinkBody,
  ShareAudience,
  ShareLinkDto,
  ShareRole,
} from "@/lib/api/share-schemas";
import { useCreateShareLink, useRevokeShareLink, useShareLinks } from "@/lib/queries/use-share-links";
import { formatDateTime } from "./format-time";
import { ModalDialog } from "./modal-dialog";
import { ReviewFindingsPicker } from "./review-findings";
import styles from "./plan-ui.module.css";

export interface ShareDialogProps {
  planId: string;
  /** Shown in the title: Share “<name>”. */
  planName: string;
  open: boolean;
  onClose: () => void;
}

const EXPIRY_DAYS = [
  { value: "", label: "Never" },
  { value: "1", label: "In 1 day" },
  { value: "7", label: "In 7 days" },
  { value: "30", label: "In 30 days" },
];

const ROLE_LABEL: Record<ShareRole, string> = { view: "View only", edit: "Can edit" };
const AUDIENCE_LABEL: Record<ShareAudience, string> = {
  customer: "Customer presentation",
  engineer: "Engineer (read-only designer)",
};
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
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <div className={styles.tokenBox}>
      <label className={styles.field}>
        <span>
          <strong>New {ROLE_LABEL[link.role].toLowerCase()} link</strong> — copy it now: it is shown only
          once.
        </span>
        <input
          readOnly
          value={link.url}
          onFocus={(e) => e.currentTarget.select()}
          aria-label="New share link"
        />
      </label>
      <div className={styles.row}>
        <button
          type="button"
          className="btn btn-primary"
          onClick={async () => setCopied((await copyText(link.url)) ? "copied" : "failed")}
        >
          Copy link
        </button>
        <span role="status" aria-live="polite">
          {copied === "copied"
            ? "Copied to the clipboard."
            : copied === "failed"
              ? "Copy failed: select the link and copy it."
              : ""}
        </span>
      </div>
    </div>
  );
}

function LinkRow({ link, planId }: { link: ShareLinkDto; planId: string }) {
  const revoke = useRevokeShareLink(planId);
  const [confirm, setConfirm] = useState(false);
  const name = `${link.role} link created ${formatDateTime(link.createdAt)}`;
  return (
    <tr>
      <td>
        {link.label && <strong>{link.label}</strong>}
        <div className={link.label ? "muted" : undefined}>
          {ROLE_LABEL[link.role]}
          {link.role === "view" && ` · ${AUDIENCE_LABEL[link.audience]}`}
        </div>
      </td>
      <td>{formatDateTime(link.createdAt)}</td>
      <td>{link.expiresAt ? formatDateTime(link.expiresAt) : "Never"}</td>
      <td>{link.lastUsedAt ? formatDateTime(link.lastUsedAt) : "Not yet"}</td>
      <td>
        <span className={`badge ${STATUS_BADGE[link.status]}`}>{link.status}</span>
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
                aria-label={`Confirm: revoke ${name}`}
              >
                Confirm revoke
              </button>
              <button type="button" className="btn btn-small" onClick={() => setConfirm(false)}>
                Keep
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="btn btn-small"
              onClick={() => setConfirm(true)}
              aria-label={`Revoke ${name}`}
            >
              Revoke
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
  const links = useShareLinks(planId, { enabled: open });
  return (
    <section aria-label="Existing links">
      <h3 style={{ margin: "0 0 6px" }}>Links</h3>
      {links.isPending && <p role="status">Loading links…</p>}
      {links.isError && <p role="alert">Could not load the links: {links.error.message}</p>}
      {links.data?.length === 0 && <p className="muted">No links yet.</p>}
      {links.data && links.data.length > 0 && (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Access</th>
              <th scope="col">Created</th>
              <th scope="col">Expires</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
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
  const { role, expiryDays, audience } = choice;
  const [name, setName] = useState("");
  const [review, setReview] = useState<string[]>([]);
  const customer = role === "view" && audience === "customer";
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onCreate(newLinkBody(choice, name, review));
  };
  return (
    <form onSubmit={submit} className={styles.row} aria-label="Create a share link">
      <label className={styles.field}>
        <span>Link name</span>
        <input
          value={name}
          maxLength={80}
          placeholder="Groupe Durand — RFP v2"
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
        {pending ? "Creating…" : "Create link"}
      </button>
    </form>
  );
}

function RoleField({ role, onRole }: { role: ShareRole; onRole: (role: ShareRole) => void }) {
  return (
    <fieldset className={styles.fieldset}>
      <legend>Access</legend>
      {(["view", "edit"] as const).map((r) => (
        <label key={r}>
          <input type="radio" name="role" value={r} checked={role === r} onChange={() => onRole(r)} />{" "}
          {ROLE_LABEL[r]}
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
  return (
    <fieldset className={styles.fieldset}>
      <legend>Opens</legend>
      {(["customer", "engineer"] as const).map((a) => (
        <label key={a}>
          <input
            type="radio"
            name="audience"
            value={a}
            checked={audience === a}
            onChange={() => onAudience(a)}
          />{" "}
          {AUDIENCE_LABEL[a]}
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
  return (
    <label className={styles.field}>
      <span>Expires</span>
      <select value={expiryDays} onChange={(e) => onExpiryDays(e.target.value)}>
        {EXPIRY_DAYS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
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
      title={`Share “${planName}”`}
      description="Anyone with a link can open the plan: a customer link opens a presentation of it, an engineer link the read-only designer, and an edit link can also save changes."
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
          Could not create the link: {create.error.message}
        </p>
      )}
      {created && <NewLink key={created.id} link={created} />}
      <LinkList planId={planId} open={open} />
    </ModalDialog>
  );
}
