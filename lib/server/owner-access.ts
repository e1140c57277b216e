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

/**
 * The session cookie: `<secret>.<mac>` where the secret is 256 random bits naming one signed-in browser (the
 * database keeps only its SHA-256: lib/server/owner-sessions.ts) and the mac an HMAC of it under the owner key.
 * The mac makes a forged or guessed cookie fail without a database query, and rotating the key fails every
 * cookie issued under the old one.
 */
export function sessionCookieValue(secret: string, key: string): string {
  return `${secret}.${sessionMac(secret, key)}`;
}

function sessionMac(secret: string, key: string): string {
  return createHmac("sha256", key).update(`stackplan-owner-session-v2:${secret}`).digest("base64url");
}

/** The session secret of a cookie whose mac is valid under `key`, else undefined. */
export function verifiedSessionSecret(cookie: string | undefined, key: string): string | undefined {
  const match = cookie?.match(/^([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{43})$/);
  if (!match) return undefined;
  return sameSecret(match[2]!, sessionMac(match[1]!, key)) ? match[1] : undefined;
}

/** The bearer key of an Authorization header when it is the owner key. */
export function hasOwnerBearer(authorization: string | null, key: string): boolean {
  const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
  return bearer !== undefined && isOwnerKey(bearer, key);
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Whether a sign-in attempt's key is the owner key (constant-time). */
export function isOwnerKey(candidate: string | null | undefined, key: string): boolean {
  return typeof candidate === "string" && sameSecret(candidate.trim(), key);
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

/**
 * Where to go after signing in: a path of this site only, else the plans list. Browsers drop tabs and line breaks
 * from URLs and read `\` as `/`, so `/\t/evil.example` or `/\\evil.example` would leave the site: any control
 * character or backslash is refused, and the path must resolve to this origin without starting with `//`.
 */
export function safeNextPath(next: string | null | undefined): string {
  const fallback = "/plans";
  if (!next || next.length > 2000 || !next.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(next))
    return fallback;
  if (next.startsWith("//")) return fallback;
  try {
    const base = "http://stackplan.invalid";
    const url = new URL(next, base);
    if (url.origin !== base || url.pathname.startsWith("//")) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
