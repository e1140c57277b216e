import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Who may use the owner's side of Stackplan — the plans list, the editor, versions, share links, the REST API under
 * /api/plans — as opposed to anyone holding a share link (/s/<token>, /api/shared/<token>), who gets exactly the
 * link's rights. One owner key per installation (a team shares it; user accounts are out of scope):
 * `STACKPLAN_OWNER_KEY` when set (every instance behind a load balancer needs the same), else a random 256-bit key
 * created on first use in `data/owner-key` (mode 0600). Browsers sign in once and keep an HttpOnly cookie holding an
 * HMAC of the key (not the key itself); API clients send `Authorization: Bearer <key>`.
 */

export const OWNER_COOKIE = "stackplan_owner";
/** How long a browser stays signed in, seconds. */
export const OWNER_COOKIE_MAX_AGE_S = 30 * 24 * 3600;
const MIN_KEY_LENGTH = 16;

export class OwnerKeyConfigError extends Error {}

let cached: { source: string; key: string } | undefined;

/** The key file of the embedded default (the SQLite data directory). */
export function ownerKeyFile(root = process.cwd()): string {
  return join(root, "data", "owner-key");
}

/** The owner key: from the environment, or the key file (created with a fresh random key when missing). */
export function ownerKey(
  env: Record<string, string | undefined> = process.env,
  file = ownerKeyFile(),
): string {
  const configured = env.STACKPLAN_OWNER_KEY?.trim();
  const source = configured ? "env" : file;
  if (cached?.source === source && (!configured || cached.key === configured)) return cached.key;
  let key: string;
  if (configured) {
    if (configured.length < MIN_KEY_LENGTH)
      throw new OwnerKeyConfigError(
        `STACKPLAN_OWNER_KEY is ${configured.length} characters long: use at least ${MIN_KEY_LENGTH} (e.g. \`openssl rand -base64 32\`)`,
      );
    key = configured;
  } else {
    key = readOrCreateKeyFile(file);
  }
  cached = { source, key };
  return key;
}

function readOrCreateKeyFile(file: string): string {
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= MIN_KEY_LENGTH) return existing;
  } catch {
    // missing: created below
  }
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(32).toString("base64url");
  try {
    // `wx`: another process that got there first wins; its key is read back.
    writeFileSync(file, `${key}\n`, { flag: "wx", mode: 0o600 });
    return key;
  } catch {
    return readFileSync(file, "utf8").trim();
  }
}

/** The cookie value proving the browser signed in with `key` (an HMAC: the cookie never holds the key). */
export function ownerSessionValue(key: string): string {
  if (sessionValueFor?.key !== key)
    sessionValueFor = {
      key,
      value: createHmac("sha256", key).update("stackplan-owner-session-v1").digest("base64url"),
    };
  return sessionValueFor.value;
}
let sessionValueFor: { key: string; value: string } | undefined;

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Whether a sign-in attempt's key is the owner key (constant-time). */
export function isOwnerKey(candidate: string | null | undefined, key: string): boolean {
  return typeof candidate === "string" && sameSecret(candidate.trim(), key);
}

/** Whether a request carries the owner's session cookie or `Authorization: Bearer <owner key>`. */
export function isOwnerRequest(
  request: { authorization: string | null; cookie: string | undefined },
  key: string,
): boolean {
  const bearer = request.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
  if (bearer && isOwnerKey(bearer, key)) return true;
  return request.cookie !== undefined && sameSecret(request.cookie, ownerSessionValue(key));
}

/** Paths anyone may open: share links, the public engine API, health, the API description, signing in, assets. */
export function isPublicPath(pathname: string): boolean {
  return (
    pathname.startsWith("/s/") ||
    pathname.startsWith("/api/shared/") ||
    pathname.startsWith("/_next/") ||
    pathname === "/sign-in" ||
    pathname === "/api/session" ||
    pathname === "/api/session/sign-out" ||
    pathname === "/api/health" ||
    pathname === "/api/openapi.json" ||
    pathname === "/api/estimate" ||
    pathname === "/api/evaluate" ||
    pathname === "/api/advise" ||
    pathname === "/favicon.ico" ||
    pathname === "/robots.txt"
  );
}

/** Where to go after signing in: a same-site path only (never `//host` or a URL), else the plans list. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/plans";
  return next;
}
