import { randomBytes } from "node:crypto";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Runs the built app (Stackplan's server, scripts/serve.ts, after `next build`) on its own temporary SQLite
 * database — or on `env.DATABASE_URL` when given (several instances on one PostgreSQL) — for the crash test, the
 * hostile-load tests and the HTTP benchmark. The database is created, migrated and seeded by `tsx scripts/prepare-db.ts`, exactly as
 * `npm start` does. The server runs in its own process group so that a SIGKILL reaches every process of it.
 */
export interface AppServer {
  url: string;
  port: number;
  /** The SQLite file (kept across restart()). */
  dbFile: string;
  /** Headers that make a request the owner's (`Authorization: Bearer <key>` of this server's random key). */
  ownerHeaders: Record<string, string>;
  /** Kills the server at once (no shutdown: the "pulled plug" of the crash test). */
  kill(): Promise<void>;
  /** Starts the server again on the same database and port (with `env` changes, e.g. a rotated owner key). */
  restart(env?: Record<string, string>): Promise<void>;
  /** Stops the server and deletes the database. */
  stop(): Promise<void>;
}

export interface AppServerOptions {
  /**
   * Extra environment of the server (e.g. TOKEN_RATE_LIMIT_BURST for the benchmark, DATABASE_URL for a shared
   * PostgreSQL, STACKPLAN_OWNER_KEY for several instances of one installation).
   */
  env?: Record<string, string>;
  /** Where the server's output goes (default: discarded). */
  log?: (line: string) => void;
  root?: string;
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the app server exited with code ${child.exitCode} while starting`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`the app server did not become healthy at ${url} within ${timeoutMs} ms`);
}

export async function startAppServer(options: AppServerOptions = {}): Promise<AppServer> {
  const root = options.root ?? process.cwd();
  const dir = mkdtempSync(join(tmpdir(), "stackplan-app-"));
  const dbFile = join(dir, "app.db");
  const ownerKey = options.env?.STACKPLAN_OWNER_KEY ?? randomBytes(24).toString("base64url");
  let env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${dbFile}`,
    NEXT_TELEMETRY_DISABLED: "1",
    STACKPLAN_OWNER_KEY: ownerKey,
    ...options.env,
  };
  const prepared = spawnSync(join(root, "node_modules", ".bin", "tsx"), ["scripts/prepare-db.ts"], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  if (prepared.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`scripts/prepare-db.ts failed:\n${prepared.stdout}\n${prepared.stderr}`);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess;

  const launch = async () => {
    child = spawn(
      join(root, "node_modules", ".bin", "tsx"),
      ["scripts/serve.ts", "-p", String(port), "-H", "127.0.0.1"],
      {
        cwd: root,
        env,
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const forward = (chunk: Buffer) => options.log?.(chunk.toString("utf8").trimEnd());
    child.stdout?.on("data", forward);
    child.stderr?.on("data", forward);
    await waitForHealth(url, child);
  };

  const signalGroup = async (signal: NodeJS.Signals) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-child.pid!, signal);
    } catch {
      child.kill(signal);
    }
    await exited;
  };

  await launch();
  return {
    url,
    port,
    dbFile,
    ownerHeaders: { authorization: `Bearer ${ownerKey}` },
    kill: () => signalGroup("SIGKILL"),
    restart: async (changes) => {
      await signalGroup("SIGTERM"); // a no-op after kill()
      env = { ...env, ...changes };
      await launch();
    },
    stop: async () => {
      await signalGroup("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
