import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** Creates the folder that will hold the SQLite file (data/ by default) so a fresh clone needs no setup. */
export function ensureSqliteDirectory(filePath: string): string {
  const absolute = resolve(filePath);
  if (filePath !== ":memory:") mkdirSync(dirname(absolute), { recursive: true });
  return absolute;
}
