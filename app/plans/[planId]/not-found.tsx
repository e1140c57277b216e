import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** 404 for /plans/<id>: no plan has this id (a mistyped or old address). */
export default async function PlanNotFound() {
  const t = await getTranslations("planErrors");
  return (
    <main className="page" style={{ maxWidth: 640 }}>
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <p>
        {t.rich("notFoundLinks", {
          plans: (chunks) => <Link href="/plans">{chunks}</Link>,
          home: (chunks) => <Link href="/">{chunks}</Link>,
        })}
      </p>
    </main>
  );
}
