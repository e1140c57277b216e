import { NextResponse, type NextRequest } from "next/server";
import {
  API_CSP,
  NONCE_HEADER,
  newNonce,
  pageCsp,
  SHARE_CHECKED_HEADER,
} from "@/lib/server/content-security";
import { clientIp } from "@/lib/server/http";
import { isPublicPath } from "@/lib/server/owner-access";
import { ownerAccess } from "@/lib/server/owner-sessions";
import { publicOrigin } from "@/lib/server/origin";
import { checkSharedPage } from "@/lib/server/shared-plan";
import { unavailablePageHtml } from "@/lib/server/unavailable-page";

/**
 * Every page goes through here (Next.js 16 proxy, Node.js runtime):
 * - a Content-Security-Policy with a fresh nonce (lib/server/content-security.ts), handed to Next.js (which puts it
 *   on its scripts) and to the root layout through the request headers;
 * - /s/<token>: the share link is checked first, so a rate-limited one answers 429 and a revoked or expired one
 *   410 with a page saying so — a page cannot choose its status;
 * - the owner gate: the templates, the plans list and the designer need a live owner session (cookie) or
 *   `Authorization: Bearer <owner key>`; without it the browser goes to /sign-in.
 * The API is not routed through here (each owner route checks for itself, lib/server/http.ts handleOwner), which
 * spares the hot API paths the proxy's cost; its headers come from next.config.ts.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = newNonce();
  const csp = pageCsp(nonce, { dev: process.env.NODE_ENV === "development" });
  const forwarded = new Headers(request.headers);
  forwarded.set("content-security-policy", csp);
  forwarded.set(NONCE_HEADER, nonce);
  forwarded.delete(SHARE_CHECKED_HEADER);

  const share = /^\/s\/([^/]+)$/.exec(pathname);
  if (share) {
    const gate = await checkSharedPage(decodeURIComponent(share[1]!), clientIp(request.headers));
    if (gate.kind === "rate-limited" || gate.kind === "revoked" || gate.kind === "expired") {
      return unavailable(gate, nonce);
    }
    forwarded.set(SHARE_CHECKED_HEADER, "1");
  } else if (!isPublicPath(pathname) && !(await ownerAccess(request.headers))) {
    // On the origin the browser used (request.url may name the host Next.js listens on, and the cookie set after
    // signing in belongs to the browser's host).
    const signIn = new URL("/sign-in", publicOrigin(request));
    signIn.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(signIn, 307);
  }
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set("content-security-policy", csp);
  return response;
}

function unavailable(
  gate: { kind: "rate-limited"; retryAfterSeconds: number } | { kind: "revoked" | "expired"; at: string },
  nonce: string,
): NextResponse {
  const reason = gate.kind === "rate-limited" ? gate : { kind: gate.kind, at: new Date(gate.at) };
  const headers = new Headers({
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    // The page's own policy: its one <style> by nonce, nothing else.
    "content-security-policy": `${API_CSP.replace("default-src 'none'", `default-src 'none'; style-src 'nonce-${nonce}'`)}`,
  });
  if (gate.kind === "rate-limited") headers.set("retry-after", String(gate.retryAfterSeconds));
  return new NextResponse(unavailablePageHtml(reason, nonce), {
    status: gate.kind === "rate-limited" ? 429 : 410,
    headers,
  });
}

export const config = {
  // Pages only: not the API (checked per route) nor build assets.
  matcher: ["/((?!api/|_next/static/|_next/image/|favicon.ico).*)"],
};
