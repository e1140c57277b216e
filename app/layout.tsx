import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import Link from "next/link";
import type { ReactNode } from "react";
import { QueryProvider } from "@/components/providers/query-provider";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { OwnerNav } from "@/components/ui/owner-nav";
import { ThemeScript } from "@/components/ui/theme-script";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { NONCE_HEADER } from "@/lib/server/content-security";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: "Stackplan", template: "%s · Stackplan" },
    description: t("metaDescription"),
  };
}

/**
 * Every page renders per request: its scripts carry the nonce of the response's Content-Security-Policy
 * (proxy.ts), which a prerendered page could not know. The language is negotiated per request (i18n/request.ts).
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        <ThemeScript nonce={nonce} />
      </head>
      <body>
        <NextIntlClientProvider>
          <a className="skip-link" href="#main">
            {t("skipToContent")}
          </a>
          <header className="app-header">
            <Link href="/" className="brand" aria-label={t("homeLabel")}>
              <span aria-hidden="true">▦</span> Stackplan
            </Link>
            <OwnerNav part="links" />
            <LanguageSwitch />
            <ThemeToggle />
            <OwnerNav part="sign-out" />
          </header>
          <div id="main">
            <QueryProvider>{children}</QueryProvider>
          </div>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
