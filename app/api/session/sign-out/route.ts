import { signOut } from "@/lib/server/owner-session";

export const dynamic = "force-dynamic";

/** POST /api/session/sign-out — clears the owner cookie; 303 to /sign-in. */
export function POST(request: Request) {
  return signOut(request);
}
