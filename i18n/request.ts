import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";

/**
 * next-intl without locale-prefixed routes: the language of each request is negotiated here (the saved choice in
 * the NEXT_LOCALE cookie, else Accept-Language, else English), so proxy.ts stays as it is (no i18n middleware to
 * compose with the CSP nonce and the owner gate).
 */
export default getRequestConfig(async () => {
  const locale = negotiateLocale(
    (await cookies()).get(LOCALE_COOKIE)?.value,
    (await headers()).get("accept-language"),
  );
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});
