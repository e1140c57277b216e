import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { configureSqlite, createDb, type DbHandle } from "../db/client";
import type { DatabaseTarget } from "../db/database-url";
import { deployMigrations } from "../db/migrations";
import { pgPoolConfig } from "../db/pg-config";

/**
 * Throw-away databases for integration tests: a temp SQLite file, or a uniquely named database on the PostgreSQL
 * of TEST_DATABASE_URL (created with CREATE DATABASE, migrated with the committed migrations, dropped afterwards).
 * PostgreSQL being unreachable is a test failure with a message saying how to start it — never a skip.
 */
export type TestProvider = "sqlite" | "postgres";
export const TEST_PROVIDERS: TestProvider[] = ["sqlite", "postgres"];

export interface TestDb {
  provider: TestProvider;
  target: DatabaseTarget;
  /** A connected, migrated, configured handle. */
  handle: DbHandle;
  /** Another handle on the same database (a second "app process" for concurrency tests). */
  connect(): Promise<DbHandle>;
  cleanup(): Promise<void>;
}

export const testDatabaseUrl = () =>
  process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/test";

export async function createTestDb(provider: TestProvider): Promise<TestDb> {
  return provider === "sqlite" ? createSqliteTestDb() : createPostgresTestDb();
}

async function connectTo(target: DatabaseTarget): Promise<DbHandle> {
  const handle = createDb(target);
  if (target.provider === "sqlite") await configureSqlite(handle.db);
  return handle;
}

async function createSqliteTestDb(): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), "stackplan-test-"));
  const filePath = join(dir, "test.db");
  const target: DatabaseTarget = { provider: "sqlite", url: `file:${filePath}`, filePath };
  deployMigrations(target);
  const handles: DbHandle[] = [];
  const connect = async () => {
    const h = await connectTo(target);
    handles.push(h);
    return h;
  };
  const handle = await connect();
  return {
    provider: "sqlite",
    target,
    handle,
    connect,
    cleanup: async () => {
      await Promise.all(handles.map((h) => h.db.$disconnect()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client(pgPoolConfig(testDatabaseUrl()));
  try {
    await admin.connect();
  } catch (e) {
    throw new Error(
      `PostgreSQL is unreachable at ${testDatabaseUrl()} (${(e as Error).message}). The storage tests need it: ` +
        "start it (pg_ctlcluster --skip-systemctl-redirect <version> main start) or set TEST_DATABASE_URL.",
    );
  }
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

async function createPostgresTestDb(): Promise<TestDb> {
  const name = `stackplan_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  const target: DatabaseTarget = { provider: "postgres", url: url.toString() };
  const handles: DbHandle[] = [];
  const connect = async () => {
    const h = await connectTo(target);
    handles.push(h);
    return h;
  };
  try {
    deployMigrations(target);
    const handle = await connect();
    return {
      provider: "postgres",
      target,
      handle,
      connect,
      cleanup: async () => {
        await Promise.all(handles.map((h) => h.db.$disconnect()));
        await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      },
    };
  } catch (e) {
    await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
    throw e;
  }
}
