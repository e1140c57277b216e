/**
 * `npm start`: prepares the database (create, migrate, seed), builds the app when the sources changed since the last
 * build, then serves it on http://localhost:$PORT (3000 by default) with Stackplan's server (lib/server/serve.ts:
 * Next.js behind a node:http server that applies TRUST_PROXY, plus the engine's worker pool).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ownerKey, ownerKeyFile } from "../lib/server/owner-access";
import { serveUntilSignalled } from "../lib/server/serve";
import { prepareDatabase } from "./prepare-db";
import { sourceFingerprint } from "./source-fingerprint";

const root = process.cwd();
const next = join(root, "node_modules", ".bin", "next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

async function run(): Promise<void> {
  await prepareDatabase();
  const stamp = join(root, ".next", "stackplan-source.sha256");
  const fingerprint = sourceFingerprint(root);
  const built =
    existsSync(join(root, ".next", "BUILD_ID")) &&
    existsSync(stamp) &&
    readFileSync(stamp, "utf8") === fingerprint;
  if (!built) {
    console.log("stackplan: building the app (first start or sources changed, about a minute)…");
    const build = spawnSync(next, ["build"], { stdio: "inherit", env });
    if (build.status !== 0) process.exit(build.status ?? 1);
    writeFileSync(stamp, fingerprint);
  }
  const port = process.env.PORT ?? "3000";
  // Fails here, with the reason, on a bad STACKPLAN_OWNER_KEY; creates data/owner-key on the first start.
  const key = ownerKey();
  await serveUntilSignalled({ port: Number(port) });
  console.log(`stackplan: serving on http://localhost:${port}`);
  console.log(
    process.env.STACKPLAN_OWNER_KEY
      ? "stackplan: owners sign in with STACKPLAN_OWNER_KEY at /sign-in"
      : `stackplan: owner sign-in link (keep it private; the key is in ${ownerKeyFile()}):\n  http://localhost:${port}/api/session?key=${encodeURIComponent(key)}`,
  );
}

run().catch((e: unknown) => {
  console.error(`stackplan: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
