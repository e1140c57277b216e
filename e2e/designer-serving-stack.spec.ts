import { expect, test } from "@playwright/test";
import { asReferenceScenario, buildTemplate } from "../lib/templates";

/** Issue 14: changing the hardware family re-derives the serving stack, with an undoable notice. */
test("an LLM node moved from a Mac Studio to an HGX H200 gets vLLM + FP8 and no error", async ({ page }) => {
  // The reference platform's Mac quote (a 70B on Mac Studios), which misses its SLO: the case the issue describes.
  const document = asReferenceScenario(buildTemplate("mac-cluster"), "mac-cluster");
  const res = await page.request.post("/api/plans", { data: { document } });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await page.goto(`/plans/${id}`);
  const llm = page.locator('.react-flow__node[data-id="llm"]');
  await llm.click();
  const framework = page.getByRole("combobox", { name: "Serving framework" });
  const precision = page.getByRole("combobox", { name: "Weight precision" });
  await expect(framework).toHaveValue("llama.cpp");
  await expect(precision).toHaveValue("q4_k_m");
  await expect(llm.locator('[data-status="error"]')).toHaveCount(1);

  await page.getByRole("combobox", { name: "Server / machine" }).selectOption("hgx-h200-8");
  await expect(framework).toHaveValue("vllm");
  await expect(precision).toHaveValue("fp8");
  await expect(
    page.getByRole("status").filter({ hasText: "framework llama.cpp → vLLM, precision GGUF Q4_K_M → FP8" }),
  ).toBeVisible();
  // The engine's verdict on the new combination: no error finding on the node (the Macs missed the SLO).
  await expect(llm.locator('[data-status="error"]')).toHaveCount(0);

  // One undo step restores the Mac stack.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(framework).toHaveValue("llama.cpp");
  await expect(precision).toHaveValue("q4_k_m");
});
