import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native/driver packages stay outside the server bundle: they are loaded from node_modules at run time.
  serverExternalPackages: [
    ".prisma/stackplan-sqlite",
    ".prisma/stackplan-postgres",
    "better-sqlite3",
    "pg",
    "@prisma/client",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
  ],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
