import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** The app's 404 page. */
export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <main className="page" style={{ maxWidth: 640 }}>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/plans">{t("plans")}</Link> · <Link href="/">{t("templates")}</Link>
      </p>
    </main>
  );
}
