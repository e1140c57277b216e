import type { Locale } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";

const DATE_LOCALES: Record<Locale, string> = { en: "en-GB", fr: "fr-FR" };

/** "27 Nov 2026, 10:42" (or "27 nov. 2026, 10:42" in French) in the reader's time zone; "—" for null. */
export function formatDateTime(iso: string | null | undefined, locale: Locale = "en"): string {
  if (!iso) return "—";
  return new Date(iso).toLocaleString(DATE_LOCALES[locale], { dateStyle: "medium", timeStyle: "short" });
}

/**
 * Who made a version, in the reader's language (messages/<locale>/versions.json): "Owner" / "Propriétaire", or
 * "Share link …abc1" / "Lien de partage …abc1" for a share link (the last four characters of its id); anything else
 * is already a name and is shown as it is.
 */
export function actorName(actor: string, locale: Locale = "en"): string {
  const t = translator(locale, "versions");
  if (actor === "owner") return t("owner");
  if (actor.startsWith("link:")) return t("link", { suffix: actor.slice(-4) });
  return actor;
}
