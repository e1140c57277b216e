import type { Db } from "../db/client";
import { writeTransaction, type Tx } from "../db/transaction";
import { ConflictError, NotFoundError } from "../errors";
import { insertRevisionRows, type AppliedRevision, type RevisionRows, type SaveResult } from "./revision";

/**
 * Group commit of revision writes on SQLite. SQLite has one writer per database and, with synchronous=FULL, every
 * commit waits for an fsync; one process runs one transaction at a time anyway (the adapter's mutex). So saves that
 * arrive while a commit is running are queued and written together in the next transaction — one BEGIN, one
 * fsync, one COMMIT, and one INSERT per table for all of them — and each caller is answered only after that commit:
 * an acknowledged save is as durable as with one transaction per save. When idle, a save runs alone at once.
 *
 * Each job is the same code as a standalone save (applyRevision). A job that ends in a conflict or "not found" has
 * written nothing (its conditional UPDATE matched no row), so the others in its batch go on. Any other error rolls
 * the whole batch back and each job is retried in a transaction of its own, so one failure never fails another
 * caller. PostgreSQL does not use the queue: it commits concurrently from several connections, and batching rows of
 * different plans in one transaction across app processes could deadlock.
 */
export type RevisionJob = (tx: Tx) => Promise<AppliedRevision>;

/** Upper bound of saves in one transaction (keeps a batch well inside the transaction timeout). */
const MAX_BATCH = 64;

interface Pending {
  apply: RevisionJob;
  resolve: (value: SaveResult) => void;
  reject: (error: unknown) => void;
}

/** A standalone transaction for one job (PostgreSQL, and the fallback after a failed batch). */
function runAlone(db: Db, apply: RevisionJob): Promise<SaveResult> {
  return writeTransaction(db, async (tx) => {
    const { result, rows } = await apply(tx);
    await insertRevisionRows(tx, [rows]);
    return result;
  });
}

class CommitQueue {
  private readonly pending: Pending[] = [];
  private draining = false;

  constructor(private readonly db: Db) {}

  submit(apply: RevisionJob): Promise<SaveResult> {
    return new Promise<SaveResult>((resolve, reject) => {
      this.pending.push({ apply, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.pending.length > 0) {
        // better-sqlite3 is synchronous, so a whole transaction runs in microtasks without letting the event loop
        // accept new requests: yield one turn first, so that saves already on their way join this batch.
        await new Promise<void>((resolve) => setImmediate(resolve));
        await this.runBatch(this.pending.splice(0, MAX_BATCH));
      }
    } finally {
      this.draining = false;
    }
  }

  private async runBatch(batch: Pending[]): Promise<void> {
    const outcomes: ({ ok: true; value: SaveResult } | { ok: false; error: unknown })[] = [];
    try {
      await writeTransaction(this.db, async (tx) => {
        const rows: RevisionRows[] = [];
        for (const job of batch) {
          try {
            const applied = await job.apply(tx);
            rows.push(applied.rows);
            outcomes.push({ ok: true, value: applied.result });
          } catch (error) {
            if (!(error instanceof ConflictError || error instanceof NotFoundError)) throw error;
            outcomes.push({ ok: false, error });
          }
        }
        await insertRevisionRows(tx, rows);
      });
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      for (const job of batch) {
        try {
          job.resolve(await runAlone(this.db, job.apply));
        } catch (e) {
          job.reject(e);
        }
      }
      return;
    }
    batch.forEach((job, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  }
}

const queues = new WeakMap<Db, CommitQueue>();

/**
 * Runs a revision write (its UPDATE step; the rows are inserted here) in a transaction: grouped with concurrent
 * ones on SQLite (see above), alone on PostgreSQL.
 */
export function commitRevisionWrite(db: Db, apply: RevisionJob): Promise<SaveResult> {
  const provider = (db as unknown as { _activeProvider?: string })._activeProvider;
  if (provider !== "sqlite") return runAlone(db, apply);
  let queue = queues.get(db);
  if (!queue) {
    queue = new CommitQueue(db);
    queues.set(db, queue);
  }
  return queue.submit(apply);
}
