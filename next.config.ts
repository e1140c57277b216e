import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_HEADERS, BASE_HEADERS, SHARE_URL_HEADERS, TLS_HEADERS } from "./lib/server/content-security";

const list = (headers: Record<string, string>) =>
  Object.entries(headers).map(([key, value]) => ({ key, value }));

/**
 * Security headers on every response (lib/server/content-security.ts). Pages get their Content-Security-Policy
 * (with a per-response nonce) from proxy.ts; everything under /api gets a policy that lets nothing load or frame
 * it. Referrer-Policy is `no-referrer` where the URL holds a share token (/s/…, /api/shared/…) and
 * `strict-origin-when-cross-origin` elsewhere (a later entry overrides an earlier one for the same header). HSTS is
 * sent when the request came over TLS: X-Forwarded-Proto is set from the socket, or from a proxy TRUST_PROXY names
 * (lib/server/serve.ts), never from what a client claims (and browsers ignore HSTS received over plain HTTP anyway).
 */
const securityHeaders: NonNullable<Awaited<ReturnType<NonNullable<NextConfig["headers"]>>>> = [
  { source: "/:path*", headers: list(BASE_HEADERS) },
  { source: "/api/:path*", headers: list(API_HEADERS) },
  { source: "/s/:path*", headers: list(SHARE_URL_HEADERS) },
  { source: "/api/shared/:path*", headers: list(SHARE_URL_HEADERS) },
  {
    source: "/:path*",
    has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
    headers: list(TLS_HEADERS),
  },
];

const nextConfig: NextConfig = {
  // Native/driver packages stay outside the server bundle: they are loaded from node_modules at run time
  // (piscina starts worker threads from its own files; esbuild runs its binary: lib/server/jobs).
  serverExternalPackages: [
    ".prisma/stackplan-sqlite",
    ".prisma/stackplan-postgres",
    "better-sqlite3",
    "pg",
    "@prisma/client",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "piscina",
    "esbuild",
    "ioredis",
    "pdfkit",
    "svg-to-pdfkit",
  ],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return securityHeaders;
  },
};

// next-intl reads each request's language and messages from i18n/request.ts (no locale in the URL).
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

export default withNextIntl(nextConfig);
