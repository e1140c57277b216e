import { getLocale, getTranslations } from "next-intl/server";
import { createPlanFromTemplate } from "./actions";
import { TemplateCard } from "@/components/home/template-card";
import { summarizePlan } from "@/lib/plan/summary";
import { buildTemplate, TEMPLATE_IDS, TEMPLATES } from "@/lib/templates";

// Rendered per request like every page: its scripts carry the CSP nonce of the response (proxy.ts).
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const t = await getTranslations("home");
  const locale = await getLocale();
  return (
    <main className="page">
      <h1>{t("title")}</h1>
      <p className="muted" style={{ maxWidth: 760 }}>
        {t("intro")}
      </p>
      <h2 style={{ marginTop: 24 }}>{t("templates")}</h2>
      <div className="grid-cards">
        {TEMPLATE_IDS.map((id) => (
          <TemplateCard
            key={id}
            id={id}
            name={TEMPLATES[id].name}
            summary={TEMPLATES[id].summary}
            figures={summarizePlan(buildTemplate(id))}
            action={createPlanFromTemplate}
            locale={locale}
          />
        ))}
        <TemplateCard
          id="empty"
          name={t("emptyName")}
          summary={t("emptySummary")}
          figures={null}
          action={createPlanFromTemplate}
          locale={locale}
        />
      </div>
    </main>
  );
}
