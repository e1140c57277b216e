import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { buildTemplate } from "../lib/templates";

/** Issue 11: bring your own model — a Hugging Face config.json imported on an LLM node. Run from the repo root. */
const qwen = readFileSync(
  join(process.cwd(), "lib/catalog/fixtures/hf-configs/Qwen--Qwen3-0.6B.json"),
  "utf8",
);

test("an imported config.json becomes the node's model, a broken one is refused naming the field", async ({
  page,
}) => {
  const res = await page.request.post("/api/plans", { data: { document: buildTemplate("enterprise") } });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await page.goto(`/plans/${id}`);
  const llm = page.locator('.react-flow__node[data-id="llm"]');
  await llm.click();
  const model = page.getByRole("combobox", { name: "Model", exact: true });
  const memory = page
    .getByRole("region", { name: "Live metrics" })
    .locator('dt:text-is("Memory per instance") + dd');
  const memoryBefore = (await memory.innerText()).trim();

  await page.getByRole("button", { name: "Import config.json…" }).click();
  const dialog = page.getByRole("dialog", { name: "Import a Hugging Face config.json" });
  await dialog.getByLabel("config.json file").setInputFiles({
    name: "config.json",
    mimeType: "application/json",
    buffer: Buffer.from(qwen),
  });
  // The name is offered from the config's model_type; the user names it.
  const name = dialog.getByRole("textbox", { name: "Model name" });
  await expect(name).toHaveValue("qwen3");
  await name.fill("My Qwen3 0.6B");
  await dialog.getByRole("button", { name: "Import" }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole("status").filter({ hasText: "My Qwen3 0.6B imported as this node's model" }),
  ).toBeVisible();
  await expect(model.locator("option:checked")).toHaveText("Custom: My Qwen3 0.6B");
  // A 0.6 B model needs far less memory than the 70 B it replaces.
  await expect(memory).not.toHaveText(memoryBefore);

  // A config without hidden_size: the error names the field, and the node keeps its model.
  const broken = JSON.parse(qwen) as Record<string, unknown>;
  delete broken.hidden_size;
  await page.getByRole("button", { name: "Import config.json…" }).click();
  await dialog.getByLabel("config.json file").setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await dialog.getByRole("button", { name: "Import" }).click();
  await expect(dialog.getByRole("alert")).toContainText("hidden_size: missing");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(model.locator("option:checked")).toHaveText("Custom: My Qwen3 0.6B");

  // One undo step brings the catalog model back.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(model.locator("option:checked")).not.toHaveText(/^Custom/);
  await expect(memory).toHaveText(memoryBefore);
});
