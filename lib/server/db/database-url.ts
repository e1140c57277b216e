/**
 * Which database Stackplan talks to. `DATABASE_URL` unset → the embedded SQLite file under data/.
 * `postgresql://…` or `postgres://…` → PostgreSQL. Anything else is refused with a message that says what is accepted.
 */
export type DatabaseTarget =
  { provider: "sqlite"; url: string; filePath: string } | { provider: "postgres"; url: string };

export const DEFAULT_SQLITE_URL = "file:./data/stackplan.db";

export function resolveDatabaseTarget(env: Record<string, string | undefined> = process.env): DatabaseTarget {
  const url = (env.DATABASE_URL ?? "").trim() || DEFAULT_SQLITE_URL;
  if (/^postgres(ql)?:\/\//i.test(url)) return { provider: "postgres", url };
  if (url.startsWith("file:")) {
    const filePath = url.slice("file:".length);
    if (!filePath) throw new Error(`DATABASE_URL "${url}" names no file: use e.g. file:./data/stackplan.db`);
    return { provider: "sqlite", url, filePath };
  }
  throw new Error(
    `DATABASE_URL "${redactUrl(url)}" is not supported: use file:./data/stackplan.db (SQLite, the default) or postgresql://user@host:5432/db`,
  );
}

/** Hides a password in a connection URL so it can be logged. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
}
