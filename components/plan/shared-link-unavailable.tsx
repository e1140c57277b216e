import Link from "next/link";

export interface SharedLinkUnavailableProps {
  reason: "revoked" | "expired" | "not-found" | "rate-limited";
  /** When the link was revoked or expired (ISO). */
  at?: string;
  /** rate-limited: seconds to wait. */
  retryAfterSeconds?: number;
}

const TITLES: Record<SharedLinkUnavailableProps["reason"], string> = {
  revoked: "This link has been revoked",
  expired: "This link has expired",
  "not-found": "This link does not exist",
  "rate-limited": "Too many requests",
};

/** The page a visitor sees instead of a shared plan: what happened, in plain words, and what to do. */
export function SharedLinkUnavailable({ reason, at, retryAfterSeconds }: SharedLinkUnavailableProps) {
  const date = at ? new Date(at).toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short" }) : null;
  return (
    <main className="page" style={{ maxWidth: 640 }}>
      <h1>{TITLES[reason]}</h1>
      <p>
        {reason === "revoked" &&
          `The owner of this plan stopped sharing it through this link${date ? ` on ${date}` : ""}.`}
        {reason === "expired" && `This share link was valid until ${date ?? "a set date"}.`}
        {reason === "not-found" &&
          "No shared plan matches this address. Check that the link was copied completely, or the plan may have been archived."}
        {reason === "rate-limited" &&
          `Too many links were opened from your network in a short time. Try again in ${retryAfterSeconds ?? 60} seconds.`}
      </p>
      {reason !== "rate-limited" && <p>Ask the plan&apos;s owner for a new link.</p>}
      <p>
        <Link href="/">Go to Stackplan</Link>
      </p>
    </main>
  );
}
