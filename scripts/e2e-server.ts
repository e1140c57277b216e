/**
 * The server Playwright tests against: a fresh SQLite file (data/e2e.db, recreated each run), migrated and seeded,
 * then Stackplan's server (lib/server/serve.ts, as `npm start` runs it) on 127.0.0.1:E2E_PORT. Requires a prior
 * `next build`.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { serveUntilSignalled } from "../lib/server/serve";
import { prepareDatabase } from "./prepare-db";

const file = join("data", "e2e.db");
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
process.env.DATABASE_URL = `file:./${file}`;
await prepareDatabase();
await serveUntilSignalled({ port: Number(process.env.E2E_PORT ?? "3100"), hostname: "127.0.0.1" });
