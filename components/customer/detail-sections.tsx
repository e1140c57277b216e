import type { ScenarioSummary } from "@/lib/engine/compare";
import type { Report } from "@/lib/engine/report-schema";
import type { Formats } from "@/lib/export/pdf/locale";
import { renderAssumptions } from "@/lib/i18n/assumptions";
import type { PlanDocument } from "@/lib/plan/plan-schema";
import type { CustomerTranslators } from "./customer-messages";
import styles from "./customer-view.module.css";

/** The options the plan compares (its scenarios), as a table that scrolls inside itself on a phone. */
export function ScenarioSection({
  rows,
  f,
  tr: { t, p },
}: {
  rows: ScenarioSummary[];
  f: Formats;
  tr: CustomerTranslators;
}) {
  return (
    <section className={styles.section} aria-labelledby="scenarios-title">
      <h2 id="scenarios-title">{t("scenarios.title")}</h2>
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-labelledby="scenarios-title">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{p("scenarios.name")}</th>
              <th scope="col">{p("scenarios.slo")}</th>
              <th scope="col">{p("scenarios.capex")}</th>
              <th scope="col">{p("scenarios.monthly")}</th>
              <th scope="col">{p("scenarios.tco")}</th>
              <th scope="col">{p("scenarios.headroom")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.scenarioId}>
                <th scope="row">{r.name}</th>
                <td>{r.meetsSlo ? p("sizing.met") : p("sizing.notMet")}</td>
                <td>{f.money(r.capexUsd)}</td>
                <td>{f.money(r.monthlyCostUsd)}</td>
                <td>{f.money(r.tcoUsd)}</td>
                <td>{r.headroom === null ? p("none") : f.percent(r.headroom)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The engine's assumptions (in the reader's language) and the price sources, as the PDF lists them. */
export function AssumptionsSection({
  plan,
  report,
  f,
  tr: { t, p },
}: {
  plan: PlanDocument;
  report: Report;
  f: Formats;
  tr: CustomerTranslators;
}) {
  const sources = [...new Set(report.cost.lines.map((l) => `${l.source} (${l.asOf})`))];
  return (
    <section className={`${styles.section} ${styles.pageBreak}`} aria-labelledby="assumptions-title">
      <h2 id="assumptions-title">{t("assumptions.title")}</h2>
      <ul className={styles.list}>
        {renderAssumptions(plan, f.locale).map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <h3>{p("assumptions.sources")}</h3>
      <ul className={styles.list}>
        {sources.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </section>
  );
}
