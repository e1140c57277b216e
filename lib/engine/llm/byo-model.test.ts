import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { estimate } from "./estimate";

const config = (repo: string) =>
  JSON.parse(
    readFileSync(
      join(__dirname, "../../catalog/fixtures/hf-configs", `${repo.replace("/", "--")}.json`),
      "utf8",
    ),
  ) as Record<string, unknown>;

describe("bring your own model: a Hugging Face config.json in the estimate request", () => {
  const base = {
    hardware: "h100-sxm",
    framework: "vllm",
    inputTokens: 1000,
    outputTokens: 200,
    requestRatePerSecond: 2,
  };

  it("estimates Mixtral 8x7B from its config.json as the catalog entry does (same architecture, same figures)", () => {
    const byo = estimate({ ...base, devices: 2, model: { hfConfig: config("mistralai/Mixtral-8x7B-v0.1") } });
    const catalog = estimate({ ...base, devices: 2, model: "mixtral-8x7b" });
    expect(byo.memory.weightsGb).toBeCloseTo(catalog.memory.weightsGb, 0);
    expect(byo.e2eLatencyMs / catalog.e2eLatencyMs).toBeCloseTo(1, 1);
  });

  it("names the config field when it is missing", () => {
    const { num_hidden_layers: _drop, ...broken } = config("mistralai/Mistral-7B-v0.1");
    expect(() => estimate({ ...base, model: { hfConfig: broken } })).toThrow(
      /model\.hfConfig\.num_hidden_layers/,
    );
  });
});
