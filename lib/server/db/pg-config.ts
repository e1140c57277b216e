import type { PoolConfig } from "pg";

/**
 * Splits a postgresql:// URL into separate pg Pool fields. Prisma's migration shadow database is derived
 * by overriding `database`; with a `connectionString` the override is silently ignored (see DEVELOPERS notes),
 * so the URL is never passed through as-is.
 */
export function pgPoolConfig(url: string, overrides: PoolConfig = {}): PoolConfig {
  const u = new URL(url);
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(u.hostname) || "127.0.0.1",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || "postgres",
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
    max: Number(u.searchParams.get("connection_limit") ?? 10),
    ...overrides,
  };
}
