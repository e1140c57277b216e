import type { Locale } from "@/lib/format";

const DATE_LOCALES: Record<Locale, string> = { en: "en-GB", fr: "fr-FR" };

/** "27 Nov 2026, 10:42" (or "27 nov. 2026, 10:42" in French) in the reader's time zone; "—" for null. */
export function formatDateTime(iso: string | null | undefined, locale: Locale = "en"): string {
  if (!iso) return "—";
  return new Date(iso).toLocaleString(DATE_LOCALES[locale], { dateStyle: "medium", timeStyle: "short" });
}

/** Who made a version: "Owner" or "Share link …abc1" (English; the history panel translates its own). */
export function actorName(actor: string): string {
  if (actor === "owner") return "Owner";
  if (actor.startsWith("link:")) return `Share link …${actor.slice(-4)}`;
  return actor;
}
