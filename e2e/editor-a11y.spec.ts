import { expect, test, type Browser, type Page } from "@playwright/test";
import { buildTemplate } from "../lib/templates";
import { seriousViolations, type AxeProblem } from "./a11y-axe";

/**
 * Issue 13: axe-core reports no serious or critical violation on the home page, the plans list and the editor
 * (template loaded; each side-panel tab, the command palette and the history dialog), light and dark. Every state
 * is checked before the one assertion, so a failure lists all the problems at once.
 */

async function themedPage(browser: Browser, colorScheme: "light" | "dark"): Promise<Page> {
  const context = await browser.newContext({ colorScheme, locale: "en-US" });
  const page = await context.newPage();
  return page;
}

async function check(page: Page, where: string, problems: AxeProblem[], include?: string) {
  const found = await seriousViolations(page, include);
  // The count per state goes to the log: the figures a reviewer quotes ("0 on the editor, dark").
  console.log(
    `axe ${where}: ${found.length} serious/critical${found.length ? `\n  ${found.join("\n  ")}` : ""}`,
  );
  problems.push(...found.map((p) => `[${where}] ${p}`));
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`the home page and the plans list have no serious accessibility violation (${colorScheme})`, async ({
    browser,
  }) => {
    const page = await themedPage(browser, colorScheme);
    const problems: AxeProblem[] = [];
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("data-theme", colorScheme);
    await expect(page.getByRole("button", { name: /New plan from/ }).first()).toBeVisible();
    await check(page, "home", problems);
    await page.goto("/plans");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await check(page, "plans", problems);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test(`the editor has no serious accessibility violation (${colorScheme})`, async ({ browser }) => {
    // Six full-page axe runs over the editor (thousands of nodes) on a shared machine.
    test.setTimeout(240_000);
    const page = await themedPage(browser, colorScheme);
    const problems: AxeProblem[] = [];
    const created = await page.request.post("/api/plans", {
      data: { name: `Editor a11y ${colorScheme}`, document: buildTemplate("enterprise") },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await page.goto(`/plans/${id}`);
    await expect(page.locator("html")).toHaveAttribute("data-theme", colorScheme);
    await expect(page.locator('.react-flow__node[data-id="postgres"]')).toBeVisible();
    await expect(page.getByRole("heading", { name: "Key figures" })).toBeVisible();
    await check(page, "editor dashboard", problems);

    for (const tab of ["Advisor", "Scenarios"]) {
      await page.getByRole("tab", { name: tab }).click();
      await expect(page.getByRole("tab", { name: tab })).toHaveAttribute("aria-selected", "true");
      await check(page, `editor ${tab.toLowerCase()}`, problems);
    }
    await page.locator('.react-flow__node[data-id="postgres"]').click();
    await page.getByRole("tab", { name: "Inspector" }).click();
    await expect(page.getByRole("tab", { name: "Inspector" })).toHaveAttribute("aria-selected", "true");
    await check(page, "editor inspector", problems);

    await page.locator(".react-flow__pane").click();
    await page.keyboard.press("Control+k");
    await expect(page.getByRole("combobox", { name: "Command" })).toBeFocused();
    await check(page, "command palette", problems, "dialog[open]");
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: "Version history" }).click();
    await expect(page.getByRole("dialog", { name: /history/i })).toBeVisible();
    await check(page, "history", problems, "dialog[open]");
    expect(problems).toEqual([]);
    await page.context().close();
  });
}
