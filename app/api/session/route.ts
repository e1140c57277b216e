import { signIn } from "@/lib/server/owner-session";

export const dynamic = "force-dynamic";

/**
 * GET /api/session?key=…&next=… — the one-time sign-in link `npm start` prints; POST /api/session (form fields or
 * JSON `{ key, next }`) — the sign-in form. Both answer 303: to `next` with the owner cookie, or back to /sign-in.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  return signIn(request, url.searchParams.get("key"), url.searchParams.get("next"));
}

export async function POST(request: Request) {
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/json")) {
    const body = (await request.json().catch(() => ({}))) as { key?: unknown; next?: unknown };
    return signIn(
      request,
      typeof body.key === "string" ? body.key : null,
      typeof body.next === "string" ? body.next : null,
    );
  }
  const form = await request.formData().catch(() => null);
  const value = (name: string) => {
    const v = form?.get(name);
    return typeof v === "string" ? v : null;
  };
  return signIn(request, value("key"), value("next"));
}
