import { NextResponse, type NextRequest } from "next/server";
import { isOwnerRequest, isPublicPath, OWNER_COOKIE, ownerKey } from "@/lib/server/owner-access";
import { publicOrigin } from "@/lib/server/origin";

/**
 * The owner gate for pages (Next.js 16 proxy, Node.js runtime): the templates, the plans list and the designer need
 * the owner's session cookie or `Authorization: Bearer <owner key>`; without it the browser goes to /sign-in. Share
 * links (/s/<token>) and /sign-in are open. The API is not routed through here — each owner route checks for itself
 * (lib/server/http.ts handleOwner), which spares the hot API paths the proxy's per-request cost.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isPublicPath(pathname)) return NextResponse.next();
  const owner = isOwnerRequest(
    { authorization: request.headers.get("authorization"), cookie: request.cookies.get(OWNER_COOKIE)?.value },
    ownerKey(),
  );
  if (owner) return NextResponse.next();
  // On the origin the browser used (request.url may name the host Next.js listens on, and the cookie set after
  // signing in belongs to the browser's host).
  const signIn = new URL("/sign-in", publicOrigin(request));
  signIn.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(signIn, 307);
}

export const config = {
  // Pages only: not the API (checked per route), build assets, share links or the favicon.
  matcher: ["/((?!api/|_next/|s/|favicon.ico).*)"],
};
