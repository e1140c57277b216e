/**
 * The server Playwright tests against: a fresh SQLite file (data/e2e.db, recreated each run), migrated and seeded,
 * then `next start` on E2E_PORT. Requires a prior `next build`.
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { prepareDatabase } from "./prepare-db";

const file = join("data", "e2e.db");
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
process.env.DATABASE_URL = `file:./${file}`;
await prepareDatabase();
const server = spawn(
  join("node_modules", ".bin", "next"),
  ["start", "-p", process.env.E2E_PORT ?? "3100", "-H", "127.0.0.1"],
  {
    stdio: "inherit",
    env: process.env,
  },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
