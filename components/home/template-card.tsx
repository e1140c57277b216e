import { getTranslations } from "next-intl/server";
import type { PlanSummary } from "@/lib/plan/summary";
import { formatNumber, type Locale } from "@/lib/format";

export interface TemplateCardProps {
  id: string;
  name: string;
  summary: string;
  figures: PlanSummary | null;
  action: (formData: FormData) => Promise<void>;
  locale: Locale;
}

/** One template on the landing page: what it is, its key figures, and a button that creates a plan from it. */
export async function TemplateCard({ id, name, summary, figures, action, locale }: TemplateCardProps) {
  const t = await getTranslations("home");
  const headingId = `template-${id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <p className="muted" style={{ margin: 0 }}>
        {summary}
      </p>
      {figures && (
        <dl className="figures">
          <dt>{t("users")}</dt>
          <dd>{formatNumber(figures.users, 0, locale)}</dd>
          <dt>{t("nodes")}</dt>
          <dd>{t("nodeCount", { nodes: figures.nodeCount, replicas: figures.replicaCount })}</dd>
          <dt>{t("hardware")}</dt>
          <dd>{figures.hardware.length ? figures.hardware.map((h) => h.label).join(", ") : t("noGpus")}</dd>
          {figures.cloud.length > 0 && (
            <>
              <dt>{t("cloud")}</dt>
              <dd>{figures.cloud.join(", ")}</dd>
            </>
          )}
        </dl>
      )}
      <form action={action} style={{ marginTop: "auto" }}>
        <input type="hidden" name="templateId" value={id} />
        <button type="submit" className="btn btn-primary" aria-label={t("newPlanFrom", { name })}>
          {t("newPlan")}
        </button>
      </form>
    </article>
  );
}
