import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOTS = [
  "app",
  "components",
  "lib",
  "public",
  "prisma",
  "package-lock.json",
  "next.config.ts",
  "tsconfig.json",
];
const SKIP = new Set(["node_modules", ".next", "generated", "__golden__"]);

/** A hash of everything `next build` compiles: a changed source means the build in .next/ is stale. */
export function sourceFingerprint(root = process.cwd()): string {
  const hash = createHash("sha256");
  const walk = (path: string) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort())
        if (!SKIP.has(name) && !name.endsWith(".test.ts") && !name.endsWith(".test.tsx"))
          walk(join(path, name));
    } else {
      hash.update(path).update(readFileSync(path));
    }
  };
  for (const r of ROOTS) walk(join(root, r));
  return hash.digest("hex");
}
