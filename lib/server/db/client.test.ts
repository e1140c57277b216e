import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getReadyDb, installDb } from "./client";

describe("getReadyDb on SQLite", () => {
  const dir = mkdtempSync(join(tmpdir(), "stackplan-client-"));
  const previous = process.env.DATABASE_URL;
  afterAll(async () => {
    const handle = await getReadyDb();
    await handle.db.$disconnect();
    installDb(null);
    process.env.DATABASE_URL = previous;
    rmSync(dir, { recursive: true, force: true });
  });

  it("applies WAL, synchronous=FULL, foreign keys and a busy timeout before the first query", async () => {
    installDb(null);
    process.env.DATABASE_URL = `file:${join(dir, "ready.db")}`;
    const { db, target } = await getReadyDb();
    expect(target.provider).toBe("sqlite");
    const one = async (pragma: string) =>
      Object.values((await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${pragma}`))[0]!)[0];
    expect(await one("journal_mode")).toBe("wal");
    expect(Number(await one("synchronous"))).toBe(2); // FULL
    expect(Number(await one("foreign_keys"))).toBe(1);
    expect(Number(await one("busy_timeout"))).toBe(10_000);
    expect(await getReadyDb()).toBe(await getReadyDb());
  });
});
