import type { Db } from "./client";

/** The client inside an interactive transaction (Prisma's deny-list of top-level methods). */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/**
 * Waits for a slot and runtime of an interactive transaction, ms. On SQLite the adapter runs one transaction at a
 * time per process, so under a burst of 50 saves a transaction may queue behind the others: the defaults (2 s / 5 s)
 * would turn a busy moment into errors.
 */
const TX_OPTIONS = { maxWait: 15_000, timeout: 20_000 };

/**
 * Runs `fn` in one interactive transaction: everything it writes commits together or not at all.
 * Every write of the store goes through here — on SQLite that also serialises writes on the process's single
 * connection, so a write never slips into another request's open transaction.
 */
export async function writeTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction((tx) => fn(tx as Tx), TX_OPTIONS);
}

/** A unique constraint refused the write (Prisma P2002), e.g. a second version with the same (planId, revision). */
export function isUniqueViolation(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const code = (e as { code?: unknown }).code;
  if (code === "P2002") return true;
  const message = (e as { message?: unknown }).message;
  return typeof message === "string" && /unique constraint/i.test(message);
}

/** SQLite could not take its lock within the busy timeout, or PostgreSQL refused a connection: retry later. */
export function isTransientDbError(e: unknown): boolean {
  const text = e instanceof Error ? `${(e as { code?: string }).code ?? ""} ${e.message}` : String(e);
  return /SQLITE_BUSY|database is locked|P2024|P2028|P1001|ECONNREFUSED|too many clients|Transaction already closed|Unable to start a transaction/i.test(
    text,
  );
}
