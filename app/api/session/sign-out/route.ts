import { signOut } from "@/lib/server/owner-session";

export const dynamic = "force-dynamic";

/** POST /api/session/sign-out — revokes this browser's session and clears its cookie; 303 to /sign-in. */
export async function POST(request: Request) {
  return signOut(request);
}
