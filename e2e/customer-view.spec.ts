import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { buildTemplate } from "../lib/templates";
import { specScenarios } from "../lib/templates/reference-scenarios";
import { VISITOR } from "./owner-key";

/** A plan with scenarios and a customer view link to it (the default audience of view links). */
async function customerLink(request: APIRequestContext, name: string): Promise<{ url: string; id: string }> {
  const template = buildTemplate("enterprise");
  const document = { ...template, scenarios: specScenarios(template) };
  const created = await request.post("/api/plans", { data: { name, document } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const link = await request.post(`/api/plans/${id}/share-links`, {
    data: { role: "view", label: "Groupe Durand — RFP v2" },
  });
  expect(link.status()).toBe(201);
  const body = (await link.json()) as { url: string; audience: string };
  expect(body.audience).toBe("customer");
  return { url: body.url, id };
}

async function visitor(browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}): Promise<Page> {
  const context = await browser.newContext({ ...VISITOR, ...options });
  return context.newPage();
}

/** The page never scrolls sideways: nothing is wider than the viewport. */
async function expectNoHorizontalOverflow(page: Page) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

/** No engine vocabulary reaches a customer: no "Error" badge, no finding code. */
async function expectNoInternals(page: Page, codes: string[]) {
  await expect(page.getByText("Error", { exact: true })).toHaveCount(0);
  const text = await page.locator("main, body").first().innerText();
  for (const code of codes) expect(text).not.toContain(code);
}

async function expectAxeClean(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  const result = await (include ? builder.include(include) : builder).analyze();
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const FINDING_CODES = ["capacity-runs-out", "store-cannot-replicate", "store-rebuild-exceeds-rto"];

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  test(`a customer link opens the presentation view at ${viewport.width}×${viewport.height}`, async ({
    request,
    browser,
  }) => {
    const name = `Customer ${viewport.width} ${Date.now().toString(36)}`;
    const { url } = await customerLink(request, name);
    const page = await visitor(browser, { viewport, locale: "en-US" });
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("Prepared for Groupe Durand — RFP v2")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Executive summary" })).toBeVisible();
    const diagram = page.getByRole("group", { name: `Architecture diagram of ${name}` });
    await expect(diagram).toBeVisible();
    await expect(diagram.locator('g.node[data-id="postgres"]')).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Options compared" })).toBeVisible();
    // Pan and zoom inside the frame: "Fit" shows the whole drawing (scaled down on a phone), "+" zooms in.
    const canvas = diagram.locator("div").first();
    const scale = async () =>
      Number(/scale\(([\d.]+)\)/.exec((await canvas.getAttribute("style")) ?? "")?.[1]);
    await page.getByRole("button", { name: "Fit" }).click();
    // On a phone the whole drawing is scaled down to the screen; on a desktop it already fits.
    if (viewport.width < 760) await expect.poll(scale).toBeLessThan(1);
    else await expect.poll(scale).toBe(1);
    const fitted = await scale();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(scale).toBeCloseTo(fitted * 1.25, 3);
    // A document, not the editor.
    await expect(page.locator(".react-flow__node")).toHaveCount(0);
    await expectNoInternals(page, FINDING_CODES);
    await expectNoHorizontalOverflow(page);
    // Printed: no buttons, each main part on its own page.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("link", { name: "Download PDF" })).toBeHidden();
    const breakBefore = await page
      .locator('section[aria-labelledby="diagram-title"]')
      .evaluate((e) => getComputedStyle(e).breakBefore);
    expect(breakBefore).toBe("page");
    await page.context().close();
  });
}

test("Accept-Language fr-FR gives French words and French number formats", async ({ request, browser }) => {
  const { url } = await customerLink(request, `Client FR ${Date.now().toString(36)}`);
  const page = await visitor(browser, {
    locale: "fr-FR",
    extraHTTPHeaders: { "accept-language": "fr-FR,fr;q=0.9" },
  });
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 2, name: "Synthèse" })).toBeVisible();
  await expect(page.locator("article[lang=fr]")).toHaveCount(1);
  // 3 000 utilisateurs: French groups thousands with a (narrow) no-break space.
  await expect(page.getByText(/Dimensionné pour 3[\u202f\u00a0]000 utilisateurs/)).toBeVisible();
  // ?lang=en switches back.
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Executive summary" })).toBeVisible();
  await page.context().close();
});

test("the PDF button downloads the proposal", async ({ request, browser }) => {
  const { url } = await customerLink(request, `Customer PDF ${Date.now().toString(36)}`);
  const page = await visitor(browser);
  await page.goto(url);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await (await download.createReadStream()).toArray();
  expect(Buffer.concat(bytes).subarray(0, 5).toString()).toBe("%PDF-");
  await page.context().close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the customer view has no serious accessibility violation (${colorScheme})`, async ({
    request,
    browser,
  }) => {
    const { url } = await customerLink(request, `Customer a11y ${colorScheme} ${Date.now().toString(36)}`);
    const page = await visitor(browser, { colorScheme });
    await page.goto(url);
    await expect(page.locator("html")).toHaveAttribute("data-theme", colorScheme);
    await expect(page.getByRole("heading", { level: 2, name: "Executive summary" })).toBeVisible();
    await expectAxeClean(page);
    await page.context().close();
  });
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`the share and export dialogs have no serious accessibility violation (${colorScheme})`, async ({
    browser,
    request,
  }) => {
    const name = `Dialogs a11y ${colorScheme} ${Date.now().toString(36)}`;
    const { id } = await customerLink(request, name);
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`/plans/${id}`);
    await expect(page.locator('.react-flow__node[data-id="postgres"]')).toBeVisible();
    await page.getByRole("button", { name: "Export deployable bundle…" }).click();
    const exportDialog = page.getByRole("dialog", { name: /Export/ });
    await expect(exportDialog.getByRole("link", { name: "Download PDF proposal" })).toBeVisible();
    const engineerPdf = exportDialog.getByRole("link", { name: "PDF with findings" });
    await expect(engineerPdf).toHaveAttribute("href", `/api/plans/${id}/proposal.pdf?audience=engineer`);
    await expectAxeClean(page, "dialog[open]");
    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      exportDialog.getByRole("button", { name: "Diagram SVG" }).click(),
    ]);
    expect(svg.suggestedFilename()).toMatch(/-diagram\.svg$/);
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      exportDialog.getByRole("button", { name: "Diagram PNG" }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/-diagram\.png$/);
    await page.keyboard.press("Escape");
    await page.goto("/plans");
    await page.getByRole("searchbox", { name: "Search plans" }).fill(name);
    await page.getByRole("button", { name: `Share ${name}` }).click();
    const share = page.getByRole("dialog", { name: `Share “${name}”` });
    await expect(share.getByRole("radio", { name: "Customer presentation" })).toBeChecked();
    await expect(share.getByRole("textbox", { name: "Link name" })).toBeVisible();
    await expect(share.getByText("Points to review shown to the customer")).toBeVisible();
    await expectAxeClean(page, "dialog[open]");
    await context.close();
  });
}
