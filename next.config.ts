import type { NextConfig } from "next";
import { API_CSP } from "./lib/server/content-security";

/**
 * Security headers on every response. Pages get their Content-Security-Policy (with a per-response nonce) from
 * proxy.ts; everything under /api gets a policy that lets nothing load or frame it. Referrer-Policy is
 * `no-referrer` where the URL holds a share token (/s/…, /api/shared/…) and `strict-origin-when-cross-origin`
 * elsewhere (a later entry overrides an earlier one for the same header). HSTS is sent when the request came over
 * TLS: X-Forwarded-Proto is set from the socket, or from a proxy TRUST_PROXY names (lib/server/serve.ts), never
 * from what a client claims (and browsers ignore HSTS received over plain HTTP anyway).
 */
const securityHeaders: NonNullable<Awaited<ReturnType<NonNullable<NextConfig["headers"]>>>> = [
  {
    source: "/:path*",
    headers: [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      // frame-ancestors 'none' for browsers that predate CSP 2.
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
    ],
  },
  { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
  { source: "/s/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
  { source: "/api/shared/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
  {
    source: "/:path*",
    has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
    headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }],
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
  ],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return securityHeaders;
  },
};

export default nextConfig;
