import { describe, expect, it } from "vitest";
import { estimate, estimateBatch } from "./estimate";
import { TooManyDevicesError, tooManyDevicesMessage, withProductDevices } from "./product-devices";

const onProduct = { model: "llama-3.3-70b", product: "gpu-server-2x-h100-nvl", precision: "fp8" };

describe("withProductDevices (the CLI's and the API's rule)", () => {
  it("fills devices with every accelerator of one unit of the product, and says so", () => {
    const { request, filled } = withProductDevices(onProduct);
    expect(request.devices).toBe(2);
    expect(filled).toEqual({ devices: 2, productName: "2 × H100 NVL 94 GB server" });
  });

  it("keeps devices the caller gave, within one unit", () => {
    expect(withProductDevices({ ...onProduct, devices: 1 })).toEqual({
      request: { ...onProduct, devices: 1 },
    });
  });

  it("refuses more devices per server than the product holds, naming the field and the fix", () => {
    const refuse = () => withProductDevices({ ...onProduct, devices: 4 });
    expect(refuse).toThrow(TooManyDevicesError);
    expect(refuse).toThrow(
      "devices 4: one 2 × H100 NVL 94 GB server (product gpu-server-2x-h100-nvl) holds 2 accelerator(s); give devices 2 or fewer, or add devicesPerNode 2 for an instance spanning 2 servers",
    );
    try {
      refuse();
    } catch (e) {
      expect((e as TooManyDevicesError).field).toBe("devices");
    }
    // devicesPerNode above the unit is refused on that field; within it, an instance spans several servers.
    expect(() => withProductDevices({ ...onProduct, devices: 4, devicesPerNode: 3 })).toThrow(
      /^devicesPerNode 3:/,
    );
    expect(withProductDevices({ ...onProduct, devices: 4, devicesPerNode: 2 }).request.devices).toBe(4);
  });

  it("leaves requests without a known product to the engine", () => {
    const plain = { model: "llama-3.3-70b", hardware: "h100-sxm" };
    expect(withProductDevices(plain)).toEqual({ request: plain });
    expect(withProductDevices({ ...plain, product: "no-such-server" }).filled).toBeUndefined();
  });

  it("words field names as the caller spells them (the CLI's flags)", () => {
    let detail;
    try {
      withProductDevices({ ...onProduct, devices: 4 });
    } catch (e) {
      detail = (e as TooManyDevicesError).detail;
    }
    const flags = { devices: "--devices", devicesPerNode: "--devices-per-node", product: "--product" };
    expect(tooManyDevicesMessage(detail!, flags)).toMatch(
      /^--devices 4: .*\(--product gpu-server-2x-h100-nvl\).* give --devices 2 or fewer, or add --devices-per-node 2 /,
    );
  });

  it("applies to each item of a batch: filled, or an error on that item only", () => {
    const [filled, refused] = estimateBatch([onProduct, { ...onProduct, devices: 8 }]);
    expect(filled).toEqual(estimate({ ...onProduct, devices: 2 }));
    expect(refused).toMatchObject({ error: { code: "invalid-value", path: "devices" } });
  });
});
