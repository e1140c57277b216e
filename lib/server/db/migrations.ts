import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "./client";
import type { DatabaseTarget } from "./database-url";

/** Folder of committed migrations for a provider (both are applied by `prisma migrate deploy`). */
export function migrationsDir(target: DatabaseTarget, root = process.cwd()): string {
  return join(
    root,
    "prisma",
    ...(target.provider === "postgres" ? ["postgres", "migrations"] : ["migrations"]),
  );
}

export function migrationNames(target: DatabaseTarget, root = process.cwd()): string[] {
  const dir = migrationsDir(target, root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

/**
 * Applies pending migrations with `prisma migrate deploy` (Prisma's JS schema engine through the driver adapter,
 * see prisma.config.ts). Safe to run from several app instances at once on PostgreSQL (migrate takes an advisory
 * lock). Throws with Prisma's output when it fails.
 */
export function deployMigrations(target: DatabaseTarget, root = process.cwd()): void {
  const prisma = join(root, "node_modules", ".bin", "prisma");
  const result = spawnSync(prisma, ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: target.url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(
      `prisma migrate deploy failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  failed: string[];
}

/** Which committed migrations the database has applied (reads Prisma's `_prisma_migrations` table). */
export async function migrationStatus(
  db: Db,
  target: DatabaseTarget,
  root = process.cwd(),
): Promise<MigrationStatus> {
  const rows = await db.$queryRawUnsafe<
    { migration_name: string; finished_at: unknown; rolled_back_at: unknown }[]
  >(`SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations`);
  const done = new Set(
    rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => r.migration_name),
  );
  const failed = rows
    .filter((r) => r.finished_at === null && r.rolled_back_at === null)
    .map((r) => r.migration_name);
  const all = migrationNames(target, root);
  return { applied: all.filter((m) => done.has(m)), pending: all.filter((m) => !done.has(m)), failed };
}
