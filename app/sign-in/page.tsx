import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/** The error codes /api/session redirects with, each with its message in messages/<locale>/signIn.json. */
const ERRORS = ["wrong-key", "missing-key", "rate-limited"] as const;
const knownError = (code: string): code is (typeof ERRORS)[number] =>
  (ERRORS as readonly string[]).includes(code);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * /sign-in — the owner key opens the plans, the editor and the API (lib/server/owner-access.ts). People holding a
 * share link never need it: the link opens its plan by itself.
 */
export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const t = await getTranslations("signIn");
  const one = (name: string) => {
    const v = params[name];
    return typeof v === "string" ? v : undefined;
  };
  const error = one("error");
  const message = error ? t(`errors.${knownError(error) ? error : "failed"}`) : undefined;
  return (
    <main className="page" style={{ maxWidth: 560 }}>
      <h1>{t("title")}</h1>
      {one("signed-out") && <p role="status">{t("signedOut")}</p>}
      <p>
        {t.rich("intro", {
          code: (chunks) => <code>{chunks}</code>,
          file: (chunks) => <code>{chunks}</code>,
          setting: (chunks) => <code>{chunks}</code>,
        })}
      </p>
      <p className="muted">{t("shared")}</p>
      <form method="post" action="/api/session" className="stack-form">
        <input type="hidden" name="next" value={one("next") ?? "/plans"} />
        <label htmlFor="owner-key">{t("ownerKey")}</label>
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
          {t("submit")}
        </button>
      </form>
    </main>
  );
}
