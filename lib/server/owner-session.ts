import {
  isOwnerKey,
  OWNER_COOKIE,
  OWNER_COOKIE_MAX_AGE_S,
  ownerKey,
  ownerSessionValue,
  safeNextPath,
} from "./owner-access";
import { limitTokenLookup } from "./shared-plan";
import { clientIp } from "./http";
import { RateLimitedError } from "./errors";

/** Whether the request came over HTTPS (directly or through a proxy saying so): the cookie is then Secure. */
function isHttps(request: Request): boolean {
  return (
    new URL(request.url).protocol === "https:" ||
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https"
  );
}

function sessionCookie(request: Request, value: string, maxAgeS: number): string {
  return [
    `${OWNER_COOKIE}=${value}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${maxAgeS}`,
    ...(isHttps(request) ? ["Secure"] : []),
  ].join("; ");
}

/**
 * A 303 to a path of this site. The Location is relative on purpose: behind Next.js `request.url` names the host
 * it listens on (e.g. localhost), not the one the browser used (127.0.0.1, a proxy's name), and a cookie set for one
 * host is not sent to the other.
 */
function redirect(path: string, cookie?: string): Response {
  const headers = new Headers({ location: path, "cache-control": "no-store" });
  if (cookie) headers.append("set-cookie", cookie);
  return new Response(null, { status: 303, headers });
}

/**
 * A sign-in attempt with `key` (form field, JSON body or the one-time link printed at start): the right key sets the
 * owner cookie and goes to `next`; a wrong one goes back to /sign-in saying so. Attempts count against the same
 * per-address limit as share-token look-ups, so the key cannot be guessed at speed.
 */
export function signIn(request: Request, key: string | null, next: string | null): Response {
  const target = safeNextPath(next);
  try {
    limitTokenLookup(clientIp(request.headers));
  } catch (e) {
    if (e instanceof RateLimitedError)
      return redirect(`/sign-in?error=rate-limited&next=${encodeURIComponent(target)}`);
    throw e;
  }
  const owner = ownerKey();
  if (!isOwnerKey(key, owner)) {
    return redirect(`/sign-in?error=${key ? "wrong-key" : "missing-key"}&next=${encodeURIComponent(target)}`);
  }
  return redirect(target, sessionCookie(request, ownerSessionValue(owner), OWNER_COOKIE_MAX_AGE_S));
}

/** Signs out: the cookie is cleared and the browser goes to /sign-in. */
export function signOut(request: Request): Response {
  return redirect("/sign-in?signed-out=1", sessionCookie(request, "", 0));
}
