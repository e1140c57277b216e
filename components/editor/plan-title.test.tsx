import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EditorSessionProvider } from "@/lib/editor/editor-context";
import { createEditorSession } from "@/lib/editor/session";
import type { EditorAccess } from "@/lib/editor/store";
import { MESSAGES } from "@/lib/i18n/messages";
import { buildTemplate } from "@/lib/templates";
import { PlanTitle } from "./plan-title";

/** The title as the editor renders it before any interaction, for one access level and language. */
function render(access: EditorAccess, locale: "en" | "fr" = "en") {
  const doc = buildTemplate("minimal");
  doc.metadata.name = "Durand RFP";
  const session = createEditorSession("p1", doc, { access, schedule: () => () => undefined });
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
      <EditorSessionProvider session={session}>
        <PlanTitle />
      </EditorSessionProvider>
    </NextIntlClientProvider>,
  );
}

describe("PlanTitle", () => {
  it("is a heading whose button, named by the plan, opens the rename (described in the reader's language)", () => {
    const html = render("owner");
    expect(html).toMatch(
      /<h1[^>]*><button type="button"[^>]*aria-describedby="([^"]+)"[^>]*>Durand RFP<\/button><\/h1>/,
    );
    const hintId = /aria-describedby="([^"]+)"/.exec(html)![1];
    expect(html).toContain(`id="${hintId}" class="visually-hidden">Click to rename the plan<`);
    expect(render("edit", "fr")).toContain(">Cliquer pour renommer le plan<");
  });

  it("is plain text on a view-only link", () => {
    const html = render("view");
    expect(html).toMatch(/<h1[^>]*>Durand RFP<\/h1>/);
    expect(html).not.toContain("<button");
  });
});
