import { expect, test, type Browser } from "@playwright/test";
import { buildTemplate } from "../lib/templates";
import { OWNER_HEADERS } from "./owner-key";

/** A fresh browser whose language is French (the owner's key included, as the config's fixtures do). */
const frenchContext = (browser: Browser) =>
  browser.newContext({
    locale: "fr-FR",
    extraHTTPHeaders: { ...OWNER_HEADERS, "accept-language": "fr-FR,fr;q=0.9" },
  });

const FRENCH_DATE = /\d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) \d{4}/;

test("Accept-Language fr-FR: French labels and number formats on the plans list and in the editor", async ({
  browser,
  request,
}) => {
  const document = buildTemplate("minimal");
  document.metadata.currency = "EUR";
  document.metadata.usdToCurrencyRate = 0.96052;
  const name = `Plan FR ${Date.now().toString(36)}`;
  const res = await request.post("/api/plans", { data: { name, document } });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: string };

  const context = await frenchContext(browser);
  const page = await context.newPage();
  await page.goto("/plans");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.getByRole("searchbox", { name: "Rechercher des plans" }).fill(name);
  const table = page.getByRole("table", { name: "Plans" });
  await expect(table.getByRole("columnheader", { name: "Révision" })).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: name }).locator("time").first()).toHaveText(
    FRENCH_DATE,
  );
  await expect(page.getByRole("button", { name: `Dupliquer ${name}` })).toBeVisible();
  // The share dialog speaks French too (title with « » and no-break spaces, fields, the create button).
  await page.getByRole("button", { name: `Partager ${name}` }).click();
  const share = page.getByRole("dialog", { name: `Partager «\u00a0${name}\u00a0»` });
  await expect(share.getByRole("button", { name: "Créer le lien" })).toBeVisible();
  await expect(share.getByRole("radio", { name: "Lecture seule", exact: true })).toBeChecked();
  await expect(share.getByRole("combobox", { name: "Expiration" })).toContainText("Dans 7 jours");
  await share.getByRole("button", { name: "Fermer la boîte de dialogue" }).click();
  await expect(share).toBeHidden();

  await page.goto(`/plans/${id}`);
  await expect(page.getByRole("main", { name: "Éditeur de plan" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Historique des versions" })).toBeVisible();
  const figures = page.getByRole("region", { name: "Chiffres clés", exact: true });
  await expect(figures).toBeVisible();
  // French money: digits grouped by a narrow no-break space, decimal comma, the euro sign after a no-break space.
  await expect(figures).toContainText(
    /Coût mensuel d'exploitation \(OPEX, mois 0\)\s*[\d\u202f]+(,\d+)?\u00a0€/,
  );
  // Engine findings are written from the French catalog (the code stays the same, the text is not the engine's).
  await expect(page.getByRole("button", { name: /quittent le site via le fournisseur cloud/ })).toBeVisible();
  // Plan settings: field labels from the field registry in French.
  await page.getByRole("tab", { name: "Inspecteur" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Réglages du plan" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Nom du plan" })).toHaveValue(name);
  await context.close();
});

test("French: a serving node's estimate assumptions are written in French", async ({ browser, request }) => {
  const res = await request.post("/api/plans", { data: { document: buildTemplate("enterprise") } });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  const context = await frenchContext(browser);
  const page = await context.newPage();
  await page.goto(`/plans/${id}`);
  await page.locator('.react-flow__node[data-id="llm"]').click();
  const metrics = page.getByRole("region", { name: "Mesures en direct" });
  await metrics.getByText("Hypothèses de l’estimation", { exact: true }).click();
  const assumed = metrics.getByRole("list", { name: "Hypothèses de l’estimation" });
  await expect(assumed).toContainText("Parallélisme : tenseur 2 via NVLink 4");
  await expect(assumed).toContainText("le reste sur 8 bits (FP8)");
  await expect(assumed).toContainText("Boucle ouverte à");
  await expect(assumed).not.toContainText(/Weights:|Parallelism:|Open loop/);
  await context.close();
});

test("the language switch changes the interface and the choice persists", async ({ page }) => {
  await page.goto("/plans");
  await expect(page.getByRole("searchbox", { name: "Search plans" })).toBeVisible();
  await page.getByRole("combobox", { name: "Language" }).selectOption("fr");
  await expect(page.getByRole("searchbox", { name: "Rechercher des plans" })).toBeVisible();
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === "NEXT_LOCALE")?.value).toBe("fr");

  // The saved choice wins over the browser's English on the next visit.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("searchbox", { name: "Rechercher des plans" })).toBeVisible();

  await page.getByRole("combobox", { name: "Langue" }).selectOption("en");
  await expect(page.getByRole("searchbox", { name: "Search plans" })).toBeVisible();
});
