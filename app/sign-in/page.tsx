import type { Metadata } from "next";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in", robots: { index: false, follow: false } };

const MESSAGES: Record<string, string> = {
  "wrong-key": "That is not this installation's owner key. Check it and try again.",
  "missing-key": "Enter the owner key.",
  "rate-limited": "Too many attempts from your network. Wait a minute and try again.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * /sign-in — the owner key opens the plans, the editor and the API (lib/server/owner-access.ts). People holding a
 * share link never need it: the link opens its plan by itself.
 */
export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const one = (name: string) => {
    const v = params[name];
    return typeof v === "string" ? v : undefined;
  };
  const error = one("error");
  const message = error ? (MESSAGES[error] ?? "Sign-in failed.") : undefined;
  return (
    <main className="page" style={{ maxWidth: 560 }}>
      <h1>Sign in to Stackplan</h1>
      {one("signed-out") && <p role="status">You are signed out.</p>}
      <p>
        Plans, the designer and the API are for this installation&apos;s owners. Enter the owner key: the link{" "}
        <code>npm start</code> printed signs you in at once, the key itself is in <code>data/owner-key</code>{" "}
        (or the <code>STACKPLAN_OWNER_KEY</code> setting).
      </p>
      <p className="muted">
        Opening a plan someone shared with you? Use the link they sent: it needs no sign-in.
      </p>
      <form method="post" action="/api/session" className="stack-form">
        <input type="hidden" name="next" value={one("next") ?? "/plans"} />
        <label htmlFor="owner-key">Owner key</label>
        <input
          id="owner-key"
          name="key"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? "sign-in-error" : undefined}
        />
        {message && (
          <p id="sign-in-error" role="alert" className="error-state">
            {message}
          </p>
        )}
        <button type="submit" className="btn btn-primary">
          Sign in
        </button>
      </form>
    </main>
  );
}
