import { expect, test, type Page } from "@playwright/test";
import { buildTemplate } from "../lib/templates";
import type { PlanDocument } from "../lib/plan/plan-schema";

async function openPlan(page: Page, document: PlanDocument): Promise<string> {
  const res = await page.request.post("/api/plans", { data: { document } });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await page.goto(`/plans/${id}`);
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
  return id;
}

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const metric = (page: Page, label: string) =>
  page.getByRole("region", { name: "Live metrics" }).locator(`dt:text-is("${label}") + dd`);

test("changing an LLM node from 2×H100 to 1×L4 shows the fit finding and new numbers", async ({ page }) => {
  await openPlan(page, buildTemplate("enterprise"));
  await node(page, "llm").click();
  await expect(page.getByRole("heading", { level: 2, name: "Llama 3.3 70B (H100, TP2)" })).toBeVisible();
  await expect(metric(page, "Fits in memory")).toHaveText("Yes");
  const speedBefore = await metric(page, "Decode speed per stream").textContent();
  // How the engine modelled it, closed until asked for, with the precision's human label (not its id).
  const metrics = page.getByRole("region", { name: "Live metrics" });
  await metrics.getByText("Estimate assumptions", { exact: true }).click();
  const assumed = metrics.getByRole("list", { name: "Estimate assumptions" });
  await expect(assumed).toContainText("Parallelism: tensor 2 over NVLink 4");
  await expect(assumed).toContainText("the rest at 8 bits (FP8)");

  await page.getByRole("combobox", { name: "Hardware" }).selectOption("l4");
  const devices = page.getByRole("spinbutton", { name: "Devices per instance (GPUs or Macs)" });
  await devices.fill("1");
  await expect(metric(page, "Fits in memory")).toHaveText("No — does not fit");
  await expect(metric(page, "Decode speed per stream")).not.toHaveText(speedBefore!);
  await expect(page.getByRole("region", { name: "Findings" })).toContainText("1 × NVIDIA L4 24GB");
  await expect(node(page, "llm").getByTestId("node-status")).toHaveText("Error");
  await expect(node(page, "llm")).toContainText("1× L4 24GB");
  // Saved automatically.
  await expect(page.getByRole("status").filter({ hasText: "All changes saved" })).toBeVisible();
});

test("validation as you type: the message is shown and the last valid value kept", async ({ page }) => {
  await openPlan(page, buildTemplate("enterprise"));
  await node(page, "api").click();
  const replicas = page.getByRole("spinbutton", { name: "Replicas", exact: true });
  const before = await replicas.inputValue();
  await replicas.fill("0");
  await expect(page.getByText("Must be at least 1")).toBeVisible();
  await expect(replicas).toHaveAttribute("aria-invalid", "true");
  await replicas.fill("abc");
  await expect(page.getByText("Must be a number")).toBeVisible();
  // The document kept the last valid value: the canvas node still says so.
  await expect(node(page, "api")).toHaveAttribute("aria-label", new RegExp(`${before} replicas`));
  await replicas.fill("7");
  await expect(replicas).not.toHaveAttribute("aria-invalid", "true");
  await expect(node(page, "api")).toHaveAttribute("aria-label", /7 replicas/);
  // A cross-field rule (replicas within the autoscale range) is reported under the field too.
  await replicas.fill("500");
  await expect(page.getByText(/must lie within autoscale/)).toBeVisible();
});

test("memory per replica has a labelled field with its unit and the sizing model's value", async ({
  page,
}) => {
  await openPlan(page, buildTemplate("enterprise"));
  await node(page, "postgres").click();
  const memory = page.getByRole("spinbutton", { name: "Memory per replica (GB)" });
  await expect(memory).toBeVisible();
  await memory.fill("256");
  await expect(page.getByRole("region", { name: "Live metrics" })).toContainText("256 GB");
});

test("edges: port, link class and the latency against its limit", async ({ page }) => {
  await openPlan(page, buildTemplate("enterprise"));
  // Edges are focusable (React Flow a11y): focus and Enter selects.
  await page.locator('.react-flow__edge[data-id="api-postgres-5432"]').focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Platform API → PostgreSQL 17" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Latency and firewall" })).toContainText("10 ms max");
  await page.getByRole("spinbutton", { name: "Latency override (ms)" }).fill("25");
  await expect(page.getByRole("region", { name: "Findings" })).toContainText("10 ms");
  await page.getByRole("combobox", { name: "Link class" }).selectOption("same-node");
  await expect(page.getByRole("combobox", { name: "Link class" })).toHaveValue("same-node");
});

test("nothing selected: plan settings with the cost assumptions' date", async ({ page }) => {
  await openPlan(page, buildTemplate("enterprise"));
  await page.getByRole("tab", { name: "Inspector" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Plan settings" })).toBeVisible();
  await expect(page.getByText(/Cost assumptions \(prices as of \d{1,2} [A-Z][a-z]{2} \d{4}\)/)).toBeVisible();
  await page.getByRole("textbox", { name: "Plan name" }).fill("Renamed plan");
  await expect(page.getByRole("heading", { level: 1, name: "Renamed plan" })).toBeVisible();
  await page.getByRole("textbox", { name: "Namespace prefix" }).fill("Bad Prefix");
  await expect(page.getByText(/a DNS label of up to 30 characters/)).toBeVisible();
});

test("a workload slider updates the charts, and a finding click focuses its node", async ({ page }) => {
  await openPlan(page, buildTemplate("enterprise"));
  const figures = page.getByRole("region", { name: "Dashboard" });
  const before = await figures.textContent();
  await page.getByRole("spinbutton", { name: "Users" }).fill("9000");
  await page.getByRole("spinbutton", { name: "Users" }).press("Tab");
  await expect(async () => expect(await figures.textContent()).not.toBe(before)).toPass();

  const finding = page
    .getByRole("region", { name: /Findings/ })
    .getByRole("button", { name: /Llama 3\.3 70B/ })
    .first();
  await finding.click();
  await expect(node(page, "llm")).toBeFocused();
  await expect(page.getByRole("heading", { level: 2, name: "Llama 3.3 70B (H100, TP2)" })).toBeVisible();
});

test("hardware and model search: apply to the selected LLM node, or add a new one", async ({ page }) => {
  await openPlan(page, buildTemplate("enterprise"));
  await node(page, "llm").click();
  const search = page.getByRole("searchbox", { name: "Search hardware and models" });
  await search.fill("mac studio m3 ultra 512");
  await page.getByRole("button", { name: /^Apply Mac Studio M3 Ultra 512 GB .* to Llama 3\.3 70B/ }).click();
  await expect(node(page, "llm")).toContainText("M3 Ultra");
  await expect(page.getByRole("combobox", { name: "Serving framework" })).toHaveValue("llama.cpp");

  await page.getByRole("tab", { name: "Inspector" }).focus();
  await page.keyboard.press("Escape"); // clear the selection
  await search.fill("qwen2.5 72b");
  await page.getByRole("button", { name: /^Add LLM server with Qwen2\.5 72B/ }).click();
  await expect(node(page, "llm-2")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Model" })).toHaveValue("qwen2.5-72b");
});
