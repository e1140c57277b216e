import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import type { ReactNode } from "react";
import { QueryProvider } from "@/components/providers/query-provider";
import { OwnerNav } from "@/components/ui/owner-nav";
import { ThemeScript } from "@/components/ui/theme-script";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { NONCE_HEADER } from "@/lib/server/content-security";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Stackplan", template: "%s · Stackplan" },
  description:
    "Capacity planner and architecture designer for self-hosted enterprise AI platforms (RAG + LLM serving).",
};

/**
 * Every page renders per request: its scripts carry the nonce of the response's Content-Security-Policy
 * (proxy.ts), which a prerendered page could not know.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript nonce={nonce} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="app-header">
          <Link href="/" className="brand" aria-label="Stackplan home">
            <span aria-hidden="true">▦</span> Stackplan
          </Link>
          <OwnerNav part="links" />
          <ThemeToggle />
          <OwnerNav part="sign-out" />
        </header>
        <div id="main">
          <QueryProvider>{children}</QueryProvider>
        </div>
      </body>
    </html>
  );
}
