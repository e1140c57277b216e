import { expect, test } from "@playwright/test";

/**
 * Issue 8 flow: open the advisor on the enterprise template, apply the recommendation, compare the four reference
 * scenarios, undo.
 */
test("advisor: apply the recommendation, compare the four reference scenarios, undo", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "New plan from Enterprise (1,000–10,000 users)" }).click();
  await expect(page.getByRole("heading", { name: "Key figures" })).toBeVisible();
  const llmBefore = await page.locator('.react-flow__node[data-id="llm"]').innerText();

  await page.getByRole("tab", { name: "Advisor" }).click();
  // Without a model constraint a cheaper cloud model may win, and a hosted API of the plan's own model is that
  // model: keeping the plan's model and the data on premises keeps the LLM self-hosted.
  await expect(page.getByText(/the plan allows any model/).first()).toBeVisible({ timeout: 20_000 });
  await page.getByLabel("Model swap").selectOption({ label: "The plan's model only" });
  await expect(page.getByText(/Only the plan.s own model may be recommended/).first()).toBeVisible({
    timeout: 20_000,
  });
  await page.getByRole("checkbox", { name: /Data stays on premises/ }).check();
  const recommended = page.getByRole("region", { name: "Recommended deployment" });
  await expect(recommended).toBeVisible({ timeout: 20_000 });
  await expect(recommended).toContainText(/Cheapest by monthly cost of \d+ option/);
  // The deployment is read in names (model, precision, framework, accelerator, server), never catalog ids.
  await expect(recommended).toContainText(/ on (vLLM|SGLang|TensorRT-LLM) · \d+ instances? × \d+ NVIDIA /);
  await expect(recommended).not.toContainText(/gpu-server-|hgx-|llama-3|via vllm/);
  await recommended.getByRole("button", { name: "Apply recommendation" }).click();
  await expect(page.getByText(/Applied .* — undo/)).toBeVisible();
  // The design changed: the LLM node now carries the recommended hardware.
  await expect
    .poll(async () => page.locator('.react-flow__node[data-id="llm"]').innerText())
    .not.toBe(llmBefore);

  await page.getByRole("tab", { name: "Scenarios" }).click();
  await page.getByRole("button", { name: "Add the four reference scenarios" }).click();
  const table = page.getByRole("region", { name: "Side by side" });
  await expect(table).toBeVisible({ timeout: 20_000 });
  for (const name of ["Current design", "1 — Cloud", "2 — Self-hosted", "3 — Hybrid", "4 — Apple Silicon"]) {
    await expect(table).toContainText(name);
  }

  // Undo the scenarios, then the applied recommendation: the LLM node is back as it was.
  await page.keyboard.press("Control+z");
  await page.keyboard.press("Control+z");
  await expect.poll(async () => page.locator('.react-flow__node[data-id="llm"]').innerText()).toBe(llmBefore);
});
