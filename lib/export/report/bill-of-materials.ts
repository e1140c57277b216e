import type { Report } from "../../engine/report-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { csv } from "./csv";

const money = (x: number) => Math.round(x * 100) / 100;

/**
 * report/bill-of-materials.csv: the engine's cost lines (hardware, counts, unit prices, CAPEX, monthly) with a
 * horizon cost per line at its month-0 rate, and a total row carrying the engine's TCO (which includes growth).
 * Columns in the plan's display currency are added when it is not USD.
 */
export function billOfMaterials(plan: PlanDocument, report: Report): string {
  const horizon = report.plan.horizonMonths;
  const currency = plan.metadata.currency;
  const rate = plan.metadata.usdToCurrencyRate;
  const other = currency !== "USD";
  const cur = currency.toLowerCase();
  const header = [
    "category",
    "item",
    "quantity",
    "unit_usd",
    "capex_usd",
    "monthly_usd",
    "horizon_months",
    "tco_usd",
    ...(other ? [`capex_${cur}`, `monthly_${cur}`, `tco_${cur}`] : []),
    "as_of",
    "source",
  ];
  const rows: (string | number)[][] = [header];
  for (const l of report.cost.lines) {
    const tco = l.capexUsd + l.monthlyUsd * horizon;
    rows.push([
      l.category,
      l.item,
      l.quantity,
      money(l.unitUsd),
      money(l.capexUsd),
      money(l.monthlyUsd),
      horizon,
      money(tco),
      ...(other ? [money(l.capexUsd * rate), money(l.monthlyUsd * rate), money(tco * rate)] : []),
      l.asOf,
      l.source,
    ]);
  }
  const monthly = report.cost.monthlyRunCostUsd;
  rows.push([
    "total",
    `Total over ${horizon} months (engine TCO: month-by-month, growth included)`,
    "",
    "",
    money(report.cost.capexUsd),
    money(monthly),
    horizon,
    money(report.cost.tcoUsd),
    ...(other
      ? [money(report.cost.capexUsd * rate), money(monthly * rate), money(report.cost.tcoUsd * rate)]
      : []),
    "",
    "evaluate(plan).cost",
  ]);
  return csv(rows);
}
