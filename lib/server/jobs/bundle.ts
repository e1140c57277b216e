import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Builds the worker threads' entry (lib/server/jobs/worker.ts) into one ES module with esbuild, because a worker
 * thread runs plain JavaScript: Next.js bundles route code but not a file handed to `new Worker()`, and Vitest or
 * tsx transpile only their own thread. Dependencies stay external (loaded from node_modules); the output goes to
 * node_modules/.cache/stackplan-jobs/ under a name derived from its content, so every process — `next start`, two
 * instances, parallel test files — runs exactly the code of its source tree, and concurrent builds never see a
 * half-written file (write to a temporary name, then rename). Takes ~0.1–0.3 s once per process.
 */
export async function buildJobWorker(root = process.cwd()): Promise<string> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [join(root, "lib", "server", "jobs", "worker.ts")],
    tsconfig: join(root, "tsconfig.json"),
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    logLevel: "silent",
    legalComments: "none",
  });
  const code = result.outputFiles[0]!.contents;
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const dir = join(root, "node_modules", ".cache", "stackplan-jobs");
  const file = join(dir, `worker-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temporary, code);
    renameSync(temporary, file);
  }
  return file;
}
