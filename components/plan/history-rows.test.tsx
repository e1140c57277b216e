import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { VersionSummary } from "@/lib/api/version-schemas";
import { formatMoney } from "@/lib/format";
import { MESSAGES } from "@/lib/i18n/messages";
import { diffPlans } from "@/lib/plan/diff";
import { groupHistory } from "@/lib/plan/history-sessions";
import { buildTemplate } from "@/lib/templates";
import { DiffView } from "./diff-view";
import { SessionItem, VersionItem, type RowContext } from "./history-rows";

/**
 * Rendered as the root layout's provider does for a request in `locale`, then read back as text (markup dropped,
 * ASCII whitespace collapsed; French no-break spaces kept, since they are part of what is checked).
 */
const render = (node: ReactNode, locale: "en" | "fr") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
      {node}
    </NextIntlClientProvider>,
  )
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/[ \t\r\n]+/g, " ");

const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 10, minute)).toISOString();
const version = (revision: number, minute: number, extra: Partial<VersionSummary> = {}): VersionSummary => ({
  revision,
  name: "Plan",
  message: "Saved",
  label: "",
  actor: "owner",
  createdAt: at(minute),
  ...extra,
});
const ctx: RowContext = { planId: "p1", currentRevision: 5, onRestore: () => undefined };

describe("history rows", () => {
  it("show a named version with its name and the server's message in French", () => {
    const text = render(
      <VersionItem version={version(3, 2, { label: "envoyée au client" })} ctx={ctx} />,
      "fr",
    );
    expect(text).toContain("Révision 3");
    expect(text).toContain("envoyée au client");
    expect(text).toContain("Enregistré");
    expect(text).toContain("Renommer la version…");
    expect(text).toContain("Restaurer la révision 3…");
  });

  it("collapse autosaves into one session row saying how many", () => {
    const rows = groupHistory([version(5, 4), version(4, 3), version(3, 2), version(2, 1)]);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    if (row.kind !== "session") throw new Error("expected a session");
    const en = render(<SessionItem row={row} ctx={ctx} />, "en");
    expect(en).toContain("Editing session: revisions 2–5");
    expect(en).toContain("4 autosaves");
    expect(en).toContain("current");
    const fr = render(<SessionItem row={row} ctx={ctx} />, "fr");
    expect(fr).toContain("Session d’édition\u00a0: révisions 2 à 5");
    expect(fr).toContain("4 enregistrements automatiques");
  });
});

describe("DiffView", () => {
  it("says a version's changes in words and its monthly cost in the plan's currency, in French", () => {
    const before = buildTemplate("minimal");
    const after = {
      ...before,
      nodes: before.nodes.map((n) => (n.id === "redis" ? { ...n, zoneId: "app", replicas: 3 } : n)),
    };
    const money = { currency: "EUR", usdToCurrencyRate: 0.5 };
    const text = render(
      <DiffView
        diff={diffPlans(before, after)}
        names={{ nodes: {}, zones: { services: "Services", app: "App" } }}
        cost={{ fromMonthlyRunCostUsd: 2000, toMonthlyRunCostUsd: 2500, ...money }}
        fromLabel="révision 1"
        toLabel="révision 2"
      />,
      "fr",
    );
    // 2,000 USD at 0.5 €/USD is 1 000 €; the change is +250 €.
    expect(text).toContain(
      `Coût mensuel d’exploitation\u00a0: ${formatMoney(2000, money, "fr")} → ${formatMoney(2500, money, "fr")} (+${formatMoney(500, money, "fr")})`,
    );
    expect(formatMoney(2000, money, "fr")).toMatch(/^1\s000\s€$/);
    expect(text).toContain("Redis → Zone\u00a0: Services → App");
    expect(text).toContain("Redis → Réplicas\u00a0: 1\u00a0réplica → 3\u00a0réplicas");
  });
});
