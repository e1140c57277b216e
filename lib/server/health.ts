import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Health } from "../api/system-schemas";
import { CATALOG_VERSION } from "../catalog";
import { CURRENT_SCHEMA_VERSION } from "../plan/plan-schema";
import { getReadyDb } from "./db/client";
import { redactUrl, resolveDatabaseTarget } from "./db/database-url";
import { migrationStatus } from "./db/migrations";
import { jobPoolStats } from "./jobs/pool";

export type { Health };

let cachedVersion: string | undefined;
export function appVersion(root = process.cwd()): string {
  cachedVersion ??= (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string })
    .version;
  return cachedVersion;
}

/**
 * GET /api/health: the version, whether the database answers, and whether every committed migration is applied.
 * Where the database is (file path, host, user), why it failed and the engine pool's load are shown to the owner
 * only (`detailed`): an anonymous caller learns nothing about the installation's layout.
 */
export async function checkHealth(options: { detailed?: boolean } = {}): Promise<Health> {
  const target = resolveDatabaseTarget();
  const database: Health["database"] = {
    provider: target.provider,
    ...(options.detailed && { url: target.provider === "sqlite" ? target.url : redactUrl(target.url) }),
    reachable: false,
    migrationsApplied: false,
    pendingMigrations: [],
  };
  try {
    const { db } = await getReadyDb();
    await db.$queryRawUnsafe("SELECT 1");
    database.reachable = true;
    const status = await migrationStatus(db, target);
    database.pendingMigrations = status.pending;
    database.migrationsApplied = status.pending.length === 0 && status.failed.length === 0;
  } catch (e) {
    if (options.detailed) database.error = e instanceof Error ? e.message.split("\n")[0] : String(e);
  }
  const engine = options.detailed ? jobPoolStats() : undefined;
  return {
    status: database.reachable && database.migrationsApplied ? "ok" : "degraded",
    version: appVersion(),
    planSchemaVersion: CURRENT_SCHEMA_VERSION,
    catalogVersion: CATALOG_VERSION,
    database,
    ...(engine && { engine }),
  };
}
