"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_S, LOCALES, type Locale } from "@/lib/i18n/locale";

/**
 * The interface language. The choice is saved in a cookie (read by i18n/request.ts on every request, so it wins over
 * the browser's Accept-Language) and the page re-renders on the server in the new language.
 */
export function LanguageSwitch() {
  const t = useTranslations("common.language");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const choose = (next: Locale) => {
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE_S}; samesite=lax`;
    startTransition(() => router.refresh());
  };
  return (
    <select
      className="language-switch"
      aria-label={t("label")}
      value={locale}
      disabled={pending}
      onChange={(e) => choose(e.target.value as Locale)}
    >
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {t(l)}
        </option>
      ))}
    </select>
  );
}
