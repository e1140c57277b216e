import { describe, expect, it } from "vitest";
import { getHardware, getInterconnect, getProduct, PRODUCT_LIST, replacedProductId } from "./index";

const nvidia = PRODUCT_LIST.filter((p) => p.hardwareId && getHardware(p.hardwareId)?.family === "nvidia");

describe("products are real SKUs", () => {
  it("puts SXM GPUs only on 4- and 8-GPU HGX/DGX boards", () => {
    const sxm = nvidia.filter((p) => getHardware(p.hardwareId!)!.formFactor?.startsWith("SXM"));
    expect(sxm.length).toBeGreaterThan(0);
    for (const p of sxm) expect([4, 8], p.id).toContain(p.devices);
  });

  it("gives every multi-GPU server an intra-node GPU-to-GPU link from the catalog", () => {
    for (const p of nvidia.filter((x) => x.devices > 1)) {
      const link = getInterconnect(p.interconnect ?? "");
      expect(link?.scope, p.id).toBe("intra-node");
      if (p.interconnectBeyondGroup)
        expect(getInterconnect(p.interconnectBeyondGroup)?.scope, p.id).toBe("intra-node");
    }
  });

  it("links SXM boards by NVLink, NVL cards in bridged pairs with PCIe beyond, other cards by PCIe", () => {
    expect(getProduct("hgx-h100-8")?.interconnect).toBe("nvlink");
    expect(getProduct("gpu-server-2x-h100-nvl")).toMatchObject({ interconnect: "nvlink-bridge" });
    expect(getProduct("gpu-server-2x-h100-nvl")?.interconnectGroupSize).toBeUndefined();
    expect(getProduct("gpu-server-8x-h100-nvl")).toMatchObject({
      interconnect: "nvlink-bridge",
      interconnectGroupSize: 2,
      interconnectBeyondGroup: "pcie-gen5",
    });
    expect(getProduct("gpu-server-4x-h100-pcie")?.interconnect).toBe("pcie-gen5");
    expect(getProduct("gpu-server-8x-l40s")?.interconnect).toBe("pcie");
  });

  it("prices every product with a date and a source", () => {
    for (const p of PRODUCT_LIST) {
      expect(p.price.usd, p.id).toBeGreaterThan(0);
      expect(p.price.asOf, p.id).toMatch(/^\d{4}-\d{2}/);
      expect(p.price.source.title.length, p.id).toBeGreaterThan(10);
    }
  });

  it("prices a PCIe server as its cards plus the host class: 2 × H100 NVL = 2 × $28k + $20k + one bridge set", () => {
    expect(getProduct("gpu-server-2x-h100-nvl")?.price.usd).toBe(2 * 28000 + 20000 + 1000);
    expect(getProduct("gpu-server-2x-h100-nvl")?.powerW).toBe(2 * 400 + 600);
  });

  it("keeps the retired 2 × H100 'SXM' id loading as the H100 NVL pair", () => {
    expect(getProduct("gpu-server-2x-h100")?.id).toBe("gpu-server-2x-h100-nvl");
    expect(replacedProductId("gpu-server-2x-h100")).toBe("gpu-server-2x-h100-nvl");
    expect(replacedProductId("gpu-server-2x-h100-nvl")).toBeUndefined();
    expect(getHardware("h100-nvl")).toMatchObject({ memoryGb: 94, memoryBandwidthGBps: 3900, tdpW: 400 });
  });
});
