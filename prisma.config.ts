/**
 * Prisma CLI configuration (migrate deploy / migrate diff). Prisma 6.19 with the JavaScript schema engine:
 * it runs through the same driver adapters as the app, so no native engine is downloaded.
 * DATABASE_URL picks the provider: unset or file:… → SQLite (prisma/schema.prisma),
 * postgresql://… → PostgreSQL (prisma/postgres/schema.prisma). See README "Configuration".
 */
import { defineConfig } from "prisma/config";
import { resolveDatabaseTarget } from "./lib/server/db/database-url";
import { migrationAdapterFactory } from "./lib/server/db/migration-adapter";

const target = resolveDatabaseTarget();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: target.provider === "postgres" ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: target.provider === "postgres" ? "prisma/postgres/migrations" : "prisma/migrations" },
  adapter: () => migrationAdapterFactory(target),
});
