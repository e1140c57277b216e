import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { diffPlans } from "@/lib/plan/diff";
import { buildTemplate } from "@/lib/templates";
import { ConflictDialog } from "./conflict-dialog";

const theirs = buildTemplate("enterprise");
const ours = { ...theirs, metadata: { ...theirs.metadata, name: "Ours" } };
const conflict = { theirs, ours, theirsRevision: 7, diff: diffPlans(theirs, ours) };

/** The dialog as the root layout's provider renders it in `locale`, read back as text. */
const render = (locale: "en" | "fr") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
      <ConflictDialog open conflict={conflict} onKeepMine={() => {}} onTakeTheirs={() => {}} />
    </NextIntlClientProvider>,
  )
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/[ \t\r\n]+/g, " ");

describe("the save conflict dialog", () => {
  it("says what happened and what each choice does, in English", () => {
    const text = render("en");
    expect(text).toContain("This plan was changed by someone else");
    expect(text).toContain("Revision 7 was saved while you were editing.");
    expect(text).toContain("Keep my version saves yours as revision 8; theirs stays in the history.");
    expect(text).toContain("Theirs (revision 7)");
  });

  it("and in French, with French typography", () => {
    const text = render("fr");
    expect(text).toContain("Ce plan a été modifié par quelqu’un d’autre");
    expect(text).toContain("La révision 7 a été enregistrée");
    expect(text).toContain(
      "Garder ma version enregistre la vôtre comme révision 8\u00a0; l’autre reste dans l’historique.",
    );
    expect(text).toContain("Prendre sa version");
    expect(text).not.toMatch(/Keep my version|Theirs|Yours/);
  });
});
