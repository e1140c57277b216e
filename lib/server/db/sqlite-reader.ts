import Database from "better-sqlite3";
import type { DbHandle } from "./client";

/**
 * A second, read-only-by-use connection to the SQLite file for the hottest read (a share link's state on every
 * shared-plan request): one prepared statement run by better-sqlite3 directly costs microseconds, where a raw query
 * through Prisma compiles it and prepares the statement again each time (~1 ms of CPU). WAL lets this reader run
 * beside the writer, and every read sees the last commit — a revocation is seen by the very next request. Only
 * SELECTs run here; every write stays on Prisma's connection.
 */
interface Reader {
  db: Database.Database;
  statements: Map<string, Database.Statement>;
}

const globalForReaders = globalThis as unknown as { __stackplanSqliteReaders?: Map<string, Reader> };

function reader(filePath: string): Reader {
  const readers = (globalForReaders.__stackplanSqliteReaders ??= new Map());
  let r = readers.get(filePath);
  if (!r) {
    const db = new Database(filePath, { fileMustExist: true });
    db.pragma("busy_timeout = 10000");
    r = { db, statements: new Map() };
    readers.set(filePath, r);
  }
  return r;
}

/** The first row of a SELECT on the handle's SQLite file, or `unsupported` on PostgreSQL (use Prisma there). */
export function sqliteReadOne(
  handle: DbHandle,
  sql: string,
  params: unknown[],
): Record<string, unknown> | undefined | "unsupported" {
  if (handle.target.provider !== "sqlite" || handle.target.filePath === ":memory:") return "unsupported";
  const r = reader(handle.target.filePath);
  let statement = r.statements.get(sql);
  if (!statement) {
    statement = r.db.prepare(sql);
    r.statements.set(sql, statement);
  }
  return statement.get(...params) as Record<string, unknown> | undefined;
}
