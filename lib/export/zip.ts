import { zipSync, strToU8, type Zippable } from "fflate";

/**
 * Fixed modification time of every entry. fflate writes DOS timestamps from the Date's *local* fields, so the date
 * is built from local fields too: the bytes are then the same in every time zone (and on every run).
 */
const FIXED_MTIME = () => new Date(2000, 0, 1, 0, 0, 0);

/**
 * Zips files deterministically: entries sorted by path, fixed mtimes, fixed compression level — the same files give
 * byte-identical archives. `root` (e.g. "stackplan-enterprise") puts every entry under one top-level folder.
 */
export function zipFiles(files: Record<string, string>, root?: string): Uint8Array {
  const entries: Zippable = {};
  const mtime = FIXED_MTIME();
  for (const path of Object.keys(files).sort()) {
    entries[root ? `${root}/${path}` : path] = [strToU8(files[path]!), { mtime, level: 6 }];
  }
  return zipSync(entries, { mtime, level: 6 });
}
