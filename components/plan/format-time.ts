/** "27 Nov 2026, 10:42" in the reader's time zone; "—" for null. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}

/** Who made a version: "You (owner)" or "Share link …abc1". */
export function actorName(actor: string): string {
  if (actor === "owner") return "Owner";
  if (actor.startsWith("link:")) return `Share link …${actor.slice(-4)}`;
  return actor;
}
