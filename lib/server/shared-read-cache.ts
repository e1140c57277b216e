import { createHash } from "node:crypto";

/**
 * The answers of `GET /api/shared/:token` in memory, keyed by the token's hash and the plan's revision (and the
 * time of that revision): the hottest read of the API — every open of a shared link, and every poll of an open
 * one — serialises a plan once per revision instead of per request. An entry is used only after the database said
 * the link is still usable and the plan still at that revision (lib/server/share-links.ts resolveShareTokenState),
 * so a revocation or a save takes effect on the very next request, on every instance; revoking also drops the
 * link's entry here at once. Each answer has a strong ETag (a hash of its bytes) for If-None-Match → 304.
 */
export interface SharedRead {
  body: string;
  etag: string;
}

interface Entry extends SharedRead {
  linkId: string;
  version: string;
}

const MAX_ENTRIES = 1000;
// On globalThis: Stackplan's server answers shared reads itself (lib/server/serve.ts) with its own copy of this
// module, next to the one bundled into the Next.js route; both must see one cache.
const globalForCache = globalThis as unknown as { __stackplanSharedReads?: Map<string, Entry> };
const entries = (globalForCache.__stackplanSharedReads ??= new Map<string, Entry>());

const versionOf = (revision: number, updatedAt: Date) => `${revision}@${updatedAt.getTime()}`;

/** The cached answer for a token hash at this plan revision, if any (and marks it recently used). */
export function cachedSharedRead(
  tokenHash: string,
  revision: number,
  updatedAt: Date,
): SharedRead | undefined {
  const entry = entries.get(tokenHash);
  if (!entry || entry.version !== versionOf(revision, updatedAt)) return undefined;
  entries.delete(tokenHash);
  entries.set(tokenHash, entry);
  return entry;
}

/** Stores an answer; returns it with its ETag. The least recently used entry goes when the cache is full. */
export function storeSharedRead(
  tokenHash: string,
  linkId: string,
  revision: number,
  updatedAt: Date,
  body: string,
): SharedRead {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  entries.delete(tokenHash);
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  const entry: Entry = { body, etag, linkId, version: versionOf(revision, updatedAt) };
  entries.set(tokenHash, entry);
  return entry;
}

/** Drops the cached answer of a link (on revocation). */
export function forgetSharedRead(linkId: string): void {
  for (const [key, entry] of entries) if (entry.linkId === linkId) entries.delete(key);
}

/** Whether an If-None-Match header matches `etag` (`*`, a list, weak or strong forms). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}
