import { accessSync, constants, existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** The SQLite file (or its folder) cannot be written: the message says which, why, and how to fix it. */
export class SqliteNotWritableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SqliteNotWritableError";
  }
}

const FIX = "or set DATABASE_URL to a writable location (file:./data/stackplan.db, or a PostgreSQL URL)";

/** Creates the folder that will hold the SQLite file (data/ by default) so a fresh clone needs no setup. */
export function ensureSqliteDirectory(filePath: string): string {
  const absolute = resolve(filePath);
  if (filePath === ":memory:") return absolute;
  try {
    mkdirSync(dirname(absolute), { recursive: true });
  } catch (e) {
    throw new SqliteNotWritableError(
      `cannot create the folder ${dirname(absolute)} for the SQLite database (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): create it with write access for this user, ${FIX}`,
    );
  }
  return absolute;
}

/**
 * Checks, before the database is opened, that the SQLite file and its folder can be written: SQLite in WAL mode
 * writes the file and creates `<file>-wal` and `<file>-shm` beside it, and otherwise fails later with a bare
 * "attempt to write a readonly database" on the first save.
 */
export function checkSqliteWritable(filePath: string): void {
  if (filePath === ":memory:") return;
  const absolute = ensureSqliteDirectory(filePath);
  const folder = dirname(absolute);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new SqliteNotWritableError(
      `the folder ${folder} of the SQLite database is not writable: SQLite creates ${absolute}-wal and -shm beside the database. Give this user write access (chmod u+w ${folder}), ${FIX}`,
    );
  }
  if (!existsSync(absolute)) return;
  if (statSync(absolute).isDirectory())
    throw new SqliteNotWritableError(
      `the SQLite database ${absolute} is a folder, not a file: remove it ${FIX}`,
    );
  try {
    accessSync(absolute, constants.R_OK | constants.W_OK);
  } catch {
    throw new SqliteNotWritableError(
      `the SQLite database file ${absolute} is read-only for this user: make it writable (chmod u+w ${absolute}), ${FIX}`,
    );
  }
}

/**
 * The same message for what only shows when SQLite writes (a read-only file system, an immutable file, a
 * permission the access check could not see): any SQLite or file-system error saying "read-only" or "cannot open".
 */
export function explainSqliteWriteError(e: unknown, filePath: string): unknown {
  const text = e instanceof Error ? `${(e as NodeJS.ErrnoException).code ?? ""} ${e.message}` : String(e);
  if (
    !/SQLITE_READONLY|readonly database|read-only|EROFS|EACCES|EPERM|SQLITE_CANTOPEN|unable to open database/i.test(
      text,
    )
  )
    return e;
  return new SqliteNotWritableError(
    `the SQLite database ${resolve(filePath)} cannot be written (${text.trim().split("\n")[0]}): check that the file and its folder are writable by this user and not on a read-only file system, ${FIX}`,
  );
}
