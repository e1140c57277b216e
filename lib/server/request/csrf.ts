import { ForbiddenError } from "../errors";
import { publicOrigin } from "../origin";
import { apiError } from "./body";

/**
 * Cross-site request forgery defences for requests authenticated by the owner's cookie (a bearer key is never
 * attached by a browser on its own, so it needs none). The cookie is SameSite=Lax, which still lets a page on
 * another port of the same host (same site, other origin) send it: so a state-changing request must come from
 * this origin — `Sec-Fetch-Site: same-origin` (or `none`: typed by the user) or an `Origin` equal to this
 * site's — and carry its body as `application/json`, which no form and no no-cors fetch can send.
 */

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/** The origins this site answers on: PUBLIC_URL (when set) and the one the request was addressed to. */
function ownOrigins(request: Request): Set<string> {
  const origins = new Set([publicOrigin(request)]);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  if (host) origins.add(`${proto}://${host}`);
  return origins;
}

/** Throws 403 unless the request comes from this site's own pages (see above). */
export function requireSameOrigin(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) {
    if (site === "same-origin" || site === "none") return;
    throw new ForbiddenError(
      `cross-origin request refused (Sec-Fetch-Site: ${site}): the owner's routes accept state-changing requests from Stackplan's own pages only; API clients send Authorization: Bearer <owner key>`,
    );
  }
  const origin = request.headers.get("origin");
  // No Origin and no Sec-Fetch-Site: not a browser (browsers send Origin on every cross-origin POST/PATCH/DELETE).
  if (origin === null) return;
  if (!ownOrigins(request).has(origin)) {
    throw new ForbiddenError(
      `cross-origin request refused (Origin: ${origin}): the owner's routes accept state-changing requests from Stackplan's own pages only; API clients send Authorization: Bearer <owner key>`,
    );
  }
}

/** Throws 415 when a request with a body does not declare it as JSON. */
export function requireJsonContentType(request: Request): void {
  const length = request.headers.get("content-length");
  const hasBody = (length !== null && length !== "0") || request.headers.has("transfer-encoding");
  if (!hasBody) return;
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    throw apiError(
      "unsupported_media_type",
      `the request body must be sent as Content-Type: application/json (got ${type ? `"${type}"` : "none"})`,
    );
  }
}
