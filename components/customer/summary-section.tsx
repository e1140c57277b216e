import type { Finding } from "@/lib/engine/report-schema";
import type { ProposalFacts } from "@/lib/export/pdf/facts";
import { riskText } from "@/lib/export/pdf/risk-text";
import type { Formats } from "@/lib/export/pdf/locale";
import type { CustomerTranslators } from "./customer-messages";
import styles from "./customer-view.module.css";

interface Props {
  facts: ProposalFacts;
  review: Finding[];
  f: Formats;
  tr: CustomerTranslators;
}

/** The key figures as a definition list (readable on a phone, two columns and up on wider screens). */
function KeyFigures({ facts, f, tr: { t } }: Omit<Props, "review">) {
  const figures: [string, string][] = [
    [t("figure.users"), f.number(facts.users, 0)],
    [t("figure.monthly"), f.money(facts.monthlyUsd)],
    [t("figure.capex"), f.money(facts.capexUsd)],
    [t("figure.total", { years: facts.years }), f.money(facts.totalUsd)],
    ...(facts.sloTotal ? [[t("figure.slo"), `${facts.sloMet} / ${facts.sloTotal}`] as [string, string]] : []),
    ...(facts.minHeadroom !== null
      ? [[t("figure.headroom"), f.percent(facts.minHeadroom)] as [string, string]]
      : []),
  ];
  return (
    <dl className={styles.figures} aria-label={t("keyFigures")}>
      {figures.map(([label, value]) => (
        <div key={label} className={styles.figure}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The executive summary in plain words: the same sentences as the PDF's (the `proposal` messages). */
export function SummarySection({ facts, review, f, tr }: Props) {
  const { p } = tr;
  return (
    <section className={styles.section} aria-labelledby="summary-title">
      <h2 id="summary-title">{p("summary.title")}</h2>
      <KeyFigures facts={facts} f={f} tr={tr} />
      <p>
        {p("summary.users", {
          users: f.number(facts.users, 0),
          active: f.number(facts.peakActiveUsers, 0),
          requests: f.number(facts.peakRequestsPerSecond),
        })}
      </p>
      <p>
        {facts.sloTotal
          ? p("summary.slo", { met: facts.sloMet, total: facts.sloTotal })
          : p("summary.sloNone")}
      </p>
      <p>
        {p("summary.cost", {
          monthly: f.money(facts.monthlyUsd),
          capex: f.money(facts.capexUsd),
          years: facts.years,
          total: f.money(facts.totalUsd),
        })}
      </p>
      {facts.minHeadroom !== null && (
        <p>
          {facts.minHeadroom >= 0
            ? p("summary.headroom", { headroom: f.percent(facts.minHeadroom) })
            : p("summary.headroomShort")}
        </p>
      )}
      <h3>{p("summary.deployedTitle")}</h3>
      <ul className={styles.list}>
        {facts.zones.map((z) => (
          <li key={z.label}>
            {p("summary.zoneLine", { zone: z.label, components: z.components.join(", ") })}
          </li>
        ))}
        {facts.outside.length > 0 && (
          <li>
            {p("summary.zoneLine", { zone: p("summary.outside"), components: facts.outside.join(", ") })}
          </li>
        )}
      </ul>
      <h3>{p("summary.risksTitle")}</h3>
      <ul className={styles.list}>
        {facts.risks.length ? (
          facts.risks.map((r, i) => <li key={`${r.kind}-${i}`}>{riskText(r, p, f)}</li>)
        ) : (
          <li>{p("summary.noRisks")}</li>
        )}
      </ul>
      {review.length > 0 && (
        <>
          <h3>{p("review.title")}</h3>
          <ul className={styles.list}>
            {review.map((r, i) => (
              <li key={i}>
                {r.message} {r.fix}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
