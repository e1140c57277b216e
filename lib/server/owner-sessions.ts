import { createHash, randomBytes } from "node:crypto";
import { resolveDb, type Db } from "./db/client";
import {
  hasOwnerBearer,
  OWNER_COOKIE,
  OWNER_COOKIE_MAX_AGE_S,
  ownerKey,
  sessionCookieValue,
  verifiedSessionSecret,
} from "./owner-access";

/**
 * Server-side sessions of the owner's browsers (table OwnerSession). Signing in creates one, signing out revokes
 * it at once — a copied cookie stops working on the next request — and rotating the owner key revokes them all
 * (their HMAC no longer verifies). API clients use `Authorization: Bearer <owner key>` and have no session.
 */

const sessionId = (secret: string) => createHash("sha256").update(secret, "utf8").digest("hex");

/** Starts a session; returns the cookie value (shown to this browser only; the database keeps its hash). */
export async function createOwnerSession(dbArg?: Db, now = new Date()): Promise<string> {
  const db = await resolveDb(dbArg);
  const secret = randomBytes(32).toString("base64url");
  await db.ownerSession.create({
    data: {
      id: sessionId(secret),
      createdAt: now,
      expiresAt: new Date(now.getTime() + OWNER_COOKIE_MAX_AGE_S * 1000),
    },
  });
  // Expired sessions are useless: drop them now and then (on sign-in, which is rare).
  await db.ownerSession.deleteMany({ where: { expiresAt: { lt: now } } });
  return sessionCookieValue(secret, ownerKey());
}

/** Revokes the session a cookie names (no-op for an unknown or forged cookie). */
export async function revokeOwnerSession(cookie: string | undefined, dbArg?: Db): Promise<void> {
  const secret = verifiedSessionSecret(cookie, ownerKey());
  if (!secret) return;
  const db = await resolveDb(dbArg);
  await db.ownerSession.updateMany({
    where: { id: sessionId(secret), revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

/** Whether a cookie names a live session under the current owner key. */
export async function isActiveOwnerSession(cookie: string | undefined, dbArg?: Db): Promise<boolean> {
  const secret = verifiedSessionSecret(cookie, ownerKey());
  if (!secret) return false;
  const db = await resolveDb(dbArg);
  const row = await db.ownerSession.findUnique({
    where: { id: sessionId(secret) },
    select: { expiresAt: true, revokedAt: true },
  });
  return row !== null && row.revokedAt === null && row.expiresAt.getTime() > Date.now();
}

/** How a request proves it is the owner's: the bearer key, a live session cookie, or not at all. */
export async function ownerAccess(headers: Headers): Promise<"bearer" | "session" | null> {
  if (hasOwnerBearer(headers.get("authorization"), ownerKey())) return "bearer";
  const cookie = cookieValue(headers.get("cookie"), OWNER_COOKIE);
  return cookie !== undefined && (await isActiveOwnerSession(cookie)) ? "session" : null;
}

/** The value of one cookie in a Cookie header (undefined when absent). */
export function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim(); // base64url: never encoded
  }
  return undefined;
}
