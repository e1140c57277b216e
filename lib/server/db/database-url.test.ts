import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { DEFAULT_SQLITE_URL, redactUrl, resolveDatabaseTarget } from "./database-url";
import { pgPoolConfig } from "./pg-config";

describe("database selection", () => {
  it("defaults to the SQLite file under data/", () => {
    expect(resolveDatabaseTarget({})).toEqual({
      provider: "sqlite",
      url: DEFAULT_SQLITE_URL,
      filePath: "./data/stackplan.db",
    });
  });
  it("selects PostgreSQL for postgresql:// and postgres:// URLs", () => {
    expect(resolveDatabaseTarget({ DATABASE_URL: "postgresql://u@h:5432/db" }).provider).toBe("postgres");
    expect(resolveDatabaseTarget({ DATABASE_URL: "postgres://u@h/db" }).provider).toBe("postgres");
  });
  it("refuses anything else with a message naming what is accepted, without leaking a password", () => {
    expect(() => resolveDatabaseTarget({ DATABASE_URL: "mysql://root:secret@h/db" })).toThrow(
      /file:.*postgresql:/,
    );
    expect(() => resolveDatabaseTarget({ DATABASE_URL: "mysql://root:secret@h/db" })).not.toThrow(/secret/);
  });
  it("redacts passwords", () => {
    expect(redactUrl("postgresql://user:pa55@host:5432/db")).toBe("postgresql://user:***@host:5432/db");
  });
  it("splits a URL into pool fields (the shadow database override needs them separate)", () => {
    expect(pgPoolConfig("postgresql://me:p%40ss@db.local:6543/plans?sslmode=require")).toMatchObject({
      host: "db.local",
      port: 6543,
      user: "me",
      password: "p@ss",
      database: "plans",
      ssl: { rejectUnauthorized: false },
    });
  });
  it("the PostgreSQL schema is derived from the SQLite one and committed up to date", () => {
    expect(() =>
      execFileSync("node", ["scripts/derive-pg-schema.mjs", "--check"], { stdio: "pipe" }),
    ).not.toThrow();
  });
});
