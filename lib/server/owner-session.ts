import { isOwnerKey, OWNER_COOKIE, OWNER_COOKIE_MAX_AGE_S, ownerKey, safeNextPath } from "./owner-access";
import { cookieValue, createOwnerSession, revokeOwnerSession } from "./owner-sessions";
import { limitTokenLookup } from "./shared-plan";
import { clientIp, errorResponse, toApiError } from "./http";
import { RateLimitedError } from "./errors";
import { requireSameOrigin } from "./request/csrf";

/**
 * Whether the request came over HTTPS: the cookie is then Secure. X-Forwarded-Proto is set by Stackplan's server
 * from the socket, or from a proxy TRUST_PROXY names (lib/server/serve.ts).
 */
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
 * A sign-in attempt with `key` (form field, JSON body or the one-time link printed at start): the right key starts
 * a server-side session (lib/server/owner-sessions.ts), sets its cookie and goes to `next` (a path of this site
 * only); a wrong one goes back to /sign-in saying so. Attempts count against the same per-address limit as
 * share-token look-ups, so the key cannot be guessed at speed. A form POST must come from this site's sign-in page
 * (no login CSRF).
 */
export async function signIn(request: Request, key: string | null, next: string | null): Promise<Response> {
  const target = safeNextPath(next);
  try {
    if (request.method === "POST") requireSameOrigin(request);
    await limitTokenLookup(clientIp(request.headers));
  } catch (e) {
    if (e instanceof RateLimitedError)
      return redirect(`/sign-in?error=rate-limited&next=${encodeURIComponent(target)}`);
    return errorResponse(toApiError(e));
  }
  if (!isOwnerKey(key, ownerKey())) {
    return redirect(`/sign-in?error=${key ? "wrong-key" : "missing-key"}&next=${encodeURIComponent(target)}`);
  }
  const session = await createOwnerSession();
  return redirect(target, sessionCookie(request, session, OWNER_COOKIE_MAX_AGE_S));
}

/** Signs out: the session is revoked on the server, the cookie cleared, and the browser goes to /sign-in. */
export async function signOut(request: Request): Promise<Response> {
  try {
    requireSameOrigin(request);
    await revokeOwnerSession(cookieValue(request.headers.get("cookie"), OWNER_COOKIE));
  } catch (e) {
    return errorResponse(toApiError(e));
  }
  return redirect("/sign-in?signed-out=1", sessionCookie(request, "", 0));
}
