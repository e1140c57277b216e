/**
 * The origin links are built on: PUBLIC_URL when set (e.g. https://stackplan.example.com), else the origin the
 * request was addressed to (X-Forwarded-Proto/Host from a proxy, or the Host header).
 */
export function publicOrigin(
  request: Request,
  env: Record<string, string | undefined> = process.env,
): string {
  const configured = env.PUBLIC_URL?.trim().replace(/\/+$/, "");
  if (configured) return configured;
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  const proto =
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(":", "");
  return host ? `${proto}://${host}` : url.origin;
}
