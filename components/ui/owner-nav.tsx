"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

/** Pages anyone may open: a visitor there is not (necessarily) the owner, so no owner navigation is shown. */
const isVisitorPage = (path: string) => path.startsWith("/s/") || path === "/sign-in";

/**
 * The owner's navigation (templates, plans) and the sign-out button. Every other page is behind the owner gate
 * (proxy.ts), so showing it there needs no cookie read on the server — which keeps the landing page static.
 */
export function OwnerNav({ part }: { part: "links" | "sign-out" }) {
  const path = usePathname();
  const t = useTranslations("common.nav");
  if (isVisitorPage(path)) return null;
  if (part === "links") {
    return (
      <nav aria-label={t("main")}>
        <Link href="/">{t("templates")}</Link>
        <Link href="/plans">{t("plans")}</Link>
      </nav>
    );
  }
  return (
    <form method="post" action="/api/session/sign-out">
      <button type="submit" className="btn btn-small">
        {t("signOut")}
      </button>
    </form>
  );
}
