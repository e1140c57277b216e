import { defineConfig } from "@playwright/test";
import { E2E_OWNER_KEY, OWNER_HEADERS } from "./e2e/owner-key";

const PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * End-to-end tests in Debian's Chromium (no browser download) against the production build (`next build` runs
 * first in `npm test`) and a fresh SQLite database created, migrated and seeded by scripts/e2e-server.ts.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "reports/playwright.json" }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // The owner: the fixtures' pages and API requests carry the owner key (a visitor is a fresh browser.newContext()).
    extraHTTPHeaders: OWNER_HEADERS,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "node_modules/.bin/tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { E2E_PORT: String(PORT), NEXT_TELEMETRY_DISABLED: "1", STACKPLAN_OWNER_KEY: E2E_OWNER_KEY },
  },
});
