/**
 * Screenshots of the designer for the docs: `npx tsx scripts/screenshots.ts [outDir]` after `next build`.
 *
 * Starts the built app on a temporary SQLite database (lib/server/testing/app-server), creates a plan from the
 * enterprise template and captures the editor at 1440×900 in Chromium: light mode with the dashboard
 * (docs/screenshots/editor-light.png) and dark mode with the LLM node selected in the inspector (editor-dark.png).
 */
import { chromium, type Browser } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { buildTemplate } from "../lib/templates";
import { startAppServer } from "../lib/server/testing/app-server";

const VIEWPORT = { width: 1440, height: 900 };

async function capture(
  browser: Browser,
  url: string,
  theme: "light" | "dark",
  path: string,
  select?: string,
) {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: theme });
  // The theme toggle's stored choice (components/ui/theme-script reads it before the first paint).
  await context.addInitScript((t) => localStorage.setItem("stackplan-theme", t), theme);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(".react-flow__node").first().waitFor();
  await page.getByRole("heading", { name: "Key figures" }).waitFor();
  if (select) {
    await page.locator(`.react-flow__node[data-id="${select}"]`).click();
    await page.getByRole("region", { name: "Live metrics" }).waitFor();
  }
  await page.mouse.move(0, VIEWPORT.height - 1); // no hover highlight in the picture
  await page.waitForTimeout(800); // charts animate in
  await page.screenshot({ path });
  await context.close();
  console.log(`screenshots: wrote ${path}`);
}

export async function takeScreenshots(outDir = join("docs", "screenshots")): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = await startAppServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--no-first-run"],
  });
  try {
    const res = await fetch(`${server.url}/api/plans`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ document: buildTemplate("enterprise") }),
    });
    if (res.status !== 201) throw new Error(`POST /api/plans answered ${res.status}: ${await res.text()}`);
    const { id } = (await res.json()) as { id: string };
    const url = `${server.url}/plans/${id}`;
    await capture(browser, url, "light", join(outDir, "editor-light.png"));
    await capture(browser, url, "dark", join(outDir, "editor-dark.png"), "llm");
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  takeScreenshots(process.argv[2]).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
