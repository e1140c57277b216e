import type { ScenarioSummary } from "@/lib/engine/compare";
import type { Report } from "@/lib/engine/report-schema";
import { diagramSvg } from "@/lib/export/diagram";
import { PROPOSAL_LOCALES, type ProposalLocale } from "@/lib/export/pdf/constants";
import { pickFindings, proposalFacts } from "@/lib/export/pdf/facts";
import { proposalFormats } from "@/lib/export/pdf/locale";
import type { PlanDocument } from "@/lib/plan/plan-schema";
import { CustomerCharts } from "./customer-charts";
import { customerTranslators } from "./customer-messages";
import { AssumptionsSection, ScenarioSection } from "./detail-sections";
import { DiagramViewer } from "./diagram-viewer";
import { SummarySection } from "./summary-section";
import styles from "./customer-view.module.css";

export interface CustomerViewProps {
  token: string;
  document: PlanDocument;
  report: Report;
  scenarios: ScenarioSummary[] | null;
  locale: ProposalLocale;
  /** The link's name ("Groupe Durand — RFP v2"), shown as who the proposal is for. */
  name: string;
  reviewKeys: string[];
  updatedAt: string;
}

/**
 * What a customer link opens: the plan as a document — summary in plain words, the diagram with pan and zoom, cost
 * and growth charts, the options compared, the assumptions — in the reader's language and the plan's currency. No
 * finding codes, ids or error badges: only the findings the owner picked, as points to review.
 */
export function CustomerView(props: CustomerViewProps) {
  const { document: plan, report, locale, token } = props;
  const tr = customerTranslators(locale);
  const { t, p } = tr;
  const f = proposalFormats(plan, locale);
  const facts = proposalFacts(plan, report);
  const pdf = `/api/shared/${encodeURIComponent(token)}/proposal.pdf?lang=${locale}`;
  return (
    <main id="main">
      <article className={styles.view} lang={locale}>
        <header className={styles.hero}>
          <p className={styles.kicker}>{t("kicker")}</p>
          <h1>{plan.metadata.name}</h1>
          {props.name && <p>{t("preparedFor", { customer: props.name })}</p>}
          <p className="muted">{t("updated", { date: f.date(props.updatedAt) })}</p>
          <div className={styles.actions}>
            <a className="btn btn-primary" href={pdf} download>
              {t("downloadPdf")}
            </a>
            <nav aria-label={t("language")} className={styles.languages}>
              {PROPOSAL_LOCALES.map((l) => (
                <a
                  key={l}
                  href={`?lang=${l}`}
                  hrefLang={l}
                  lang={l}
                  aria-current={l === locale ? "true" : undefined}
                >
                  {l === "en" ? "English" : "Français"}
                </a>
              ))}
            </nav>
          </div>
        </header>
        <SummarySection facts={facts} review={pickFindings(report, props.reviewKeys)} f={f} tr={tr} />
        <section className={`${styles.section} ${styles.pageBreak}`} aria-labelledby="diagram-title">
          <h2 id="diagram-title">{t("diagram.title")}</h2>
          <DiagramViewer
            svg={diagramSvg(plan, { title: t("diagram.label", { plan: plan.metadata.name }) })}
            labels={{
              title: t("diagram.label", { plan: plan.metadata.name }),
              hint: t("diagram.hint"),
              zoomIn: t("diagram.zoomIn"),
              zoomOut: t("diagram.zoomOut"),
              reset: t("diagram.reset"),
            }}
          />
        </section>
        <section className={`${styles.section} ${styles.pageBreak}`} aria-labelledby="cost-title">
          <h2 id="cost-title">{t("cost.title")}</h2>
          <CustomerCharts
            report={report}
            currency={plan.metadata.currency}
            rate={plan.metadata.usdToCurrencyRate}
          />
        </section>
        {props.scenarios && props.scenarios.length > 1 && (
          <ScenarioSection rows={props.scenarios} f={f} tr={tr} />
        )}
        <AssumptionsSection plan={plan} report={report} f={f} tr={tr} />
        <footer className={styles.footer}>
          <p className="muted">{t("footer")}</p>
          <p className="muted">{p("documentTitle", { plan: plan.metadata.name })}</p>
        </footer>
      </article>
    </main>
  );
}
