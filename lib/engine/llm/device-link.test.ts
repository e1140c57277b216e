import { describe, expect, it } from "vitest";
import { estimate, estimateDetail } from "./estimate";
import { estimateRequestSchema, type EstimateRequestInput } from "./estimate-schema";
import { EngineInputError } from "./resolve";

const base: EstimateRequestInput = {
  model: "llama-3.3-70b",
  hardware: "h100-sxm",
  devices: 2,
  precision: "fp8",
  framework: "vllm",
  concurrency: 32,
  inputTokens: 1000,
  outputTokens: 256,
};
const detail = (extra: Partial<EstimateRequestInput>) =>
  estimateDetail(estimateRequestSchema.parse({ ...base, ...extra }));

describe("the server's GPU-to-GPU link carries tensor parallelism", () => {
  it("charges TP2 all-reduces over PCIe Gen5 more than over NVLink, by bytes / bandwidth + latency (hand-computed)", () => {
    const nvlink = detail({});
    const pcie = detail({ intraNodeInterconnect: "pcie-gen5" });
    expect(nvlink.par.tpLink).toMatchObject({
      id: "nvlink",
      name: "NVLink 4",
      bandwidthGBps: 450,
      latencyUs: 3,
    });
    expect(pcie.par.tpLink).toMatchObject({
      id: "pcie-gen5",
      name: "PCIe Gen5 x16",
      bandwidthGBps: 64,
      latencyUs: 10,
    });
    // Per decode step: 2 all-reduces per layer × 80 layers; each moves 2(n−1)/n × B × hidden × 2 bytes = 32 × 8192 × 2
    // bytes at n = 2, plus (latency + software overhead) × (1 + log2 2). The software overhead is the same on both.
    const bytes = 32 * 8192 * 2;
    const perAllReduce = (bwGBps: number, latUs: number) => (2 * latUs) / 1e6 + bytes / (bwGBps * 1e9);
    const expectedExtraS = 2 * 80 * (perAllReduce(64, 10) - perAllReduce(450, 3));
    expect(expectedExtraS * 1e3).toBeCloseTo(3.364, 2);
    const extraS = pcie.serving.decode.communicationS - nvlink.serving.decode.communicationS;
    expect(extraS).toBeCloseTo(expectedExtraS, 9);
    // The same GPUs come out measurably slower per stream on PCIe.
    expect(pcie.result.itlMs).toBeGreaterThan(nvlink.result.itlMs * 1.1);
  });

  it("uses a product's link: an H100 NVL pair over its NVLink bridge, TP4 on four NVL cards over PCIe", () => {
    const pair = detail({ hardware: "h100-nvl", product: "gpu-server-2x-h100-nvl" });
    expect(pair.par.tpLink).toMatchObject({ id: "nvlink-bridge", name: "NVLink bridge", bandwidthGBps: 300 });
    const four = detail({ hardware: "h100-nvl", devices: 4, product: "gpu-server-4x-h100-nvl" });
    expect(four.par.tpLink).toMatchObject({ id: "pcie-gen5", name: "PCIe Gen5 x16", bandwidthGBps: 64 });
    const hgx = detail({ product: "hgx-h100-8" });
    expect(hgx.par.tpLink).toEqual(detail({}).par.tpLink);
  });

  it("makes a real 2-GPU H100 PCIe box slower than the same TP2 on an HGX H100 board (less bandwidth, PCIe link)", () => {
    const pcie = detail({ hardware: "h100-pcie", product: "gpu-server-2x-h100-pcie" });
    const hgx = detail({ product: "hgx-h100-4" });
    expect(pcie.par.tpLink).toMatchObject({ id: "pcie-gen5", name: "PCIe Gen5 x16" });
    expect(pcie.result.itlMs).toBeGreaterThan(hgx.result.itlMs * 1.3);
  });

  it("keeps requests without a product or link on the hardware's own link (backward compatible)", () => {
    expect(estimate(base)).toEqual(estimate({ ...base, product: "hgx-h100-4" }));
  });

  it("rejects a link between servers as the GPU-to-GPU link, naming the field", () => {
    expect(() => detail({ intraNodeInterconnect: "ethernet-100g" })).toThrow(EngineInputError);
    expect(() => detail({ intraNodeInterconnect: "ethernet-100g" })).toThrow(/^intraNodeInterconnect:/);
    expect(() => detail({ product: "hgx-h100-9" })).toThrow(/^product: unknown product/);
  });
});

describe("links are named as people read them", () => {
  it("states tensor parallelism over the link's name, not its catalog id", () => {
    const text = (extra: Partial<EstimateRequestInput>) =>
      estimate({ ...base, ...extra }).assumptions.join(" ");
    expect(text({ hardware: "h100-nvl", product: "gpu-server-2x-h100-nvl" })).toMatch(
      /tensor 2 over NVLink bridge ×/,
    );
    expect(text({ intraNodeInterconnect: "pcie-gen5" })).toMatch(/tensor 2 over PCIe Gen5 x16 ×/);
    expect(text({})).toMatch(/tensor 2 over NVLink 4 ×/);
  });
});
