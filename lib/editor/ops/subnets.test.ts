import { describe, expect, it } from "vitest";
import { freeSubnet } from "./subnets";

describe("freeSubnet", () => {
  it("keeps the preferred subnet when it is free", () => {
    expect(freeSubnet("10.0.10.0/24", ["10.0.20.0/24"])).toBe("10.0.10.0/24");
  });

  it("takes the next free block of the same size", () => {
    expect(freeSubnet("10.0.10.0/24", ["10.0.10.0/24", "10.0.11.0/24"])).toBe("10.0.12.0/24");
    expect(freeSubnet("10.0.10.0/24", ["10.0.0.0/20"])).toBe("10.0.16.0/24");
    expect(freeSubnet("10.0.8.0/22", ["10.0.8.0/24"])).toBe("10.0.12.0/22");
  });

  it("wraps inside 10.0.0.0/8", () => {
    expect(freeSubnet("10.255.255.0/24", ["10.255.255.0/24"])).toBe("10.0.0.0/24");
  });
});
