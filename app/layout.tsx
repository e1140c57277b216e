import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { QueryProvider } from "@/components/providers/query-provider";
import { OwnerNav } from "@/components/ui/owner-nav";
import { ThemeScript } from "@/components/ui/theme-script";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Stackplan", template: "%s · Stackplan" },
  description:
    "Capacity planner and architecture designer for self-hosted enterprise AI platforms (RAG + LLM serving).",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
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
