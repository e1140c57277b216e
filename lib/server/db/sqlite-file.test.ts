import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../../../scripts/prepare-db";
import { checkSqliteWritable, SqliteNotWritableError } from "./sqlite-file";

const dir = mkdtempSync(join(tmpdir(), "stackplan-ro-"));
const isRoot = process.getuid?.() === 0;
/** chattr +i: the one way to make a file read-only for root (who ignores permission bits). */
const chattr = (flag: "+i" | "-i", file: string) => spawnSync("chattr", [flag, file], { encoding: "utf8" });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function prepareAt(url: string): Promise<unknown> {
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  try {
    await prepareDatabase(() => undefined);
    return undefined;
  } catch (e) {
    return e;
  } finally {
    process.env.DATABASE_URL = saved;
  }
}

describe("a database file the server cannot write is reported at start, saying so", () => {
  it("a folder that cannot be created", () => {
    expect(() => checkSqliteWritable("/sys/stackplan-test/app.db")).toThrow(
      /cannot create the folder \/sys\/stackplan-test for the SQLite database .*DATABASE_URL/,
    );
  });

  it("a path that is a folder", () => {
    const folder = join(dir, "db-is-a-folder.db");
    mkdirSync(folder);
    expect(() => checkSqliteWritable(folder)).toThrow(SqliteNotWritableError);
    expect(() => checkSqliteWritable(folder)).toThrow(/is a folder, not a file/);
  });

  it("a read-only database file: npm start's preparation stops with the reason", async () => {
    const file = join(dir, "read-only.db");
    expect(await prepareAt(`file:${file}`)).toBeUndefined(); // created, migrated and seeded
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    chmodSync(file, 0o444);
    if (isRoot) expect(chattr("+i", file).status).toBe(0);
    try {
      const error = await prepareAt(`file:${file}`);
      expect(error).toBeInstanceOf(SqliteNotWritableError);
      expect((error as Error).message).toMatch(/read-only|cannot be written/);
      expect((error as Error).message).toContain(file);
    } finally {
      if (isRoot) chattr("-i", file);
      chmodSync(file, 0o644);
    }
  });
});
