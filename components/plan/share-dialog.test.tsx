import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ShareLinkDto } from "@/lib/api/share-schemas";
import { MESSAGES } from "@/lib/i18n/messages";
import { planKeys } from "@/lib/queries/query-keys";
import { formatDateTime } from "./format-time";
import { ShareDialog } from "./share-dialog";

const link: ShareLinkDto = {
  id: "l1",
  role: "view",
  label: "",
  audience: "engineer",
  reviewFindings: [],
  createdAt: "2026-12-03T10:42:00.000Z",
  expiresAt: null,
  revokedAt: null,
  lastUsedAt: null,
  status: "active",
};

/** The open dialog with one active link, as the root layout's provider renders it in `locale` (markup). */
function render(locale: "en" | "fr") {
  const client = new QueryClient();
  client.setQueryData(planKeys.shareLinks("p1"), [link]);
  client.setQueryData(["plans", "p1", "findings"], []);
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
      <QueryClientProvider client={client}>
        <ShareDialog planId="p1" planName="Plan A" open onClose={() => {}} />
      </QueryClientProvider>
    </NextIntlClientProvider>,
  );
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/[ \t\r\n]+/g, " ");

describe("the share dialog", () => {
  it("keeps its English wording", () => {
    const html = render("en");
    const t = text(html);
    for (const s of ["Share “Plan A”", "View only", "Engineer (read-only designer)", "In 7 days", "Never"])
      expect(t).toContain(s);
    expect(t).toContain("Create link");
    expect(t).toContain("Not yet");
    expect(t).toContain(" active ");
    expect(html).toContain(`aria-label="Revoke view link created ${formatDateTime(link.createdAt, "en")}"`);
  });

  it("is all French in French, with French typography and dates", () => {
    const html = render("fr");
    const t = text(html);
    expect(t).toContain("Partager «\u00a0Plan A\u00a0»");
    expect(t).toContain("Toute personne disposant d’un lien peut ouvrir le plan\u00a0:");
    for (const s of ["Lecture seule", "Ingénieur (concepteur en lecture seule)", "Dans 7 jours", "Jamais"])
      expect(t).toContain(s);
    for (const s of ["Créer le lien", "Pas encore", " actif ", "Points à revoir montrés au client"])
      expect(t).toContain(s);
    const created = formatDateTime(link.createdAt, "fr");
    expect(created).toMatch(/déc\. 2026/);
    expect(t).toContain(created);
    expect(html).toContain(`aria-label="Révoquer le lien en lecture seule créé le ${created}"`);
    expect(html).toContain('aria-label="Fermer la boîte de dialogue"');
    expect(t).not.toMatch(/\b(Share|Never|Create|Expires|Access|Links?|View only|Not yet|active)\b/);
  });
});
