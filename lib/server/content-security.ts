import { randomBytes } from "node:crypto";

/**
 * The Content-Security-Policy of pages (set by proxy.ts with a fresh nonce per response; Next.js reads the nonce
 * from the request's CSP header and puts it on every script it renders). Scripts run only with the nonce — no
 * 'unsafe-inline', and 'strict-dynamic' lets those scripts load the app's chunks; styles allow inline attributes
 * (React Flow positions nodes with style="…", which nonces cannot cover; CSS cannot run code). No framing at all
 * (frame-ancestors 'none': share links are not embeddable), no plugins, forms and connections to this origin only.
 */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

export function pageCsp(nonce: string, options: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval' only for `next dev` (React's dev tooling evaluates code); production never has it.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** The policy of everything that is not a page (JSON, files): nothing may load or frame it. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The request header carrying the nonce to the root layout (for its own inline script). */
export const NONCE_HEADER = "x-stackplan-nonce";

/** Set by proxy.ts (never by a client: it is removed first) once it has counted a /s/<token> look-up. */
export const SHARE_CHECKED_HEADER = "x-stackplan-share-checked";

/** Headers of every response (next.config.ts sends them; lib/server/serve.ts's fast path too). */
export const BASE_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // frame-ancestors 'none' for browsers that predate CSP 2.
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
};
/** …of everything under /api. */
export const API_HEADERS: Record<string, string> = { "Content-Security-Policy": API_CSP };
/** …where the URL holds a share token (/s/…, /api/shared/…): never leak it in a Referer. */
export const SHARE_URL_HEADERS: Record<string, string> = { "Referrer-Policy": "no-referrer" };
/** …of a request that came over TLS (X-Forwarded-Proto: https, set by lib/server/serve.ts). */
export const TLS_HEADERS: Record<string, string> = {
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
};
