import { formatMoney, toPlanCurrency } from "../../format";
import type { PlanDocument } from "../../plan/plan-schema";

/**
 * Markdown from plan text: anything a user typed is escaped so it renders as the text itself — no links, emphasis,
 * headings, HTML or broken tables (`|`), and no line breaks inside table cells.
 */
export function md(text: string): string {
  return text
    .replace(/\r\n?|\n/g, " ")
    .replace(/[\\`*_[\]|<>~&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=#])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

/** Inline code from generated names and catalog ids (never free text): a fence longer than any backtick run. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text.replace(/\r\n?|\n/g, " ")}${pad}${fence}`;
}

/** A GitHub-flavoured table; cells are given already escaped (md/code) or as numbers. */
export function table(headers: string[], rows: (string | number)[][], align?: ("l" | "r")[]): string {
  const sep = headers.map((_, i) => (align?.[i] === "r" ? "---:" : "---"));
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(" | ")} |`;
  return [line(headers), line(sep), ...rows.map(line)].join("\n");
}

/** Numbers as people read them: thousands separators, at most `digits` decimals. */
export function num(x: number, digits = 2): string {
  return x.toLocaleString("en-US", { maximumFractionDigits: digits });
}

/**
 * A USD amount of the engine in the plan's currency (converted once, by lib/format.ts, at the plan's dated rate):
 * "$453,000", "€416,760". The engineering files stay English; the money is the plan's.
 */
export function money(usd: number, plan: Pick<PlanDocument, "metadata">): string {
  return formatMoney(usd, plan.metadata, "en");
}

/** A USD series value in the plan's currency, as a bare number for chart-data tables (the header names the unit). */
export function moneyNumber(usd: number, plan: Pick<PlanDocument, "metadata">): string {
  return num(toPlanCurrency(usd, plan.metadata), 0);
}
