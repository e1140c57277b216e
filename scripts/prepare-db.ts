/**
 * Creates (SQLite), migrates and seeds the database named by DATABASE_URL. Run by `npm start`, `npm run dev` and
 * the end-to-end server before Next.js starts. Idempotent.
 */
import { configureSqlite, createDb } from "../lib/server/db/client";
import { redactUrl, resolveDatabaseTarget } from "../lib/server/db/database-url";
import { deployMigrations } from "../lib/server/db/migrations";
import { checkSqliteWritable, explainSqliteWriteError } from "../lib/server/db/sqlite-file";
import { seedIfEmpty } from "../lib/server/seed";

export async function prepareDatabase(log: (line: string) => void = console.log): Promise<void> {
  const target = resolveDatabaseTarget();
  log(
    `stackplan: database ${target.provider} (${target.provider === "sqlite" ? target.url : redactUrl(target.url)})`,
  );
  if (target.provider === "sqlite") checkSqliteWritable(target.filePath);
  try {
    deployMigrations(target);
    const { db } = createDb(target);
    try {
      if (target.provider === "sqlite") await configureSqlite(db);
      const seeded = await seedIfEmpty(db);
      log(`stackplan: migrations applied${seeded ? `, ${seeded} example plans seeded` : ""}`);
    } finally {
      await db.$disconnect();
    }
  } catch (e) {
    throw target.provider === "sqlite" ? explainSqliteWriteError(e, target.filePath) : e;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepareDatabase().catch((e: unknown) => {
    console.error(`stackplan: database preparation failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
