import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  amortisedUsdPerMonth,
  averagePowerW,
  energyUsdPerMonth,
  hostingUsdPerMonth,
  minReplicas,
  ownershipUsdPerMonth,
  powerShare,
  PRODUCTION_MIN_REPLICAS,
  replicasFor,
  staffUsdPerMonth,
  storageUsdPerMonth,
  supportUsdPerMonth,
} from ".";
import { costsSchema } from "../../plan/workload-schema";

const costs = costsSchema.parse({});

describe("replicas", () => {
  it("sizes for at most 80% of the SLO capacity at peak, by hand", () => {
    // 1,000 output tok/s against 300 tok/s per replica: 1000 / (300 × 0.8) = 4.17 → 5 replicas (80%-bound), not 4.
    expect(replicasFor(1000, 300)).toBe(5);
    // An exact multiple of the target capacity does not round up: 960 / (300 × 0.8) = 4.
    expect(replicasFor(960, 300)).toBe(4);
    // The floor wins at low demand; a node with no capacity within the SLOs gets the floor only.
    expect(replicasFor(10, 300, 2)).toBe(2);
    expect(replicasFor(1000, 0, 2)).toBe(2);
    expect(replicasFor(0, 300)).toBe(1);
  });

  it("never leaves a node above the target, and one replica fewer would be (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: 0.01, max: 1e5, noNaN: true }),
        (demand, perReplica) => {
          const n = replicasFor(demand, perReplica);
          expect(demand / (perReplica * n)).toBeLessThanOrEqual(0.8 + 1e-6);
          if (n > 1) expect(demand / (perReplica * (n - 1))).toBeGreaterThan(0.8 - 1e-6);
        },
      ),
    );
  });

  it("HA floors in production are the low ends of the production tier's replica ranges (§2)", () => {
    expect(PRODUCTION_MIN_REPLICAS).toEqual({
      api: 2,
      frontend: 2,
      odin: 2,
      postgres: 3,
      chroma: 2,
      meili: 2,
      redis: 3,
      s3: 4,
      lb: 2,
    });
    expect(minReplicas("postgres", "production")).toBe(3);
    expect(minReplicas("monitoring", "production")).toBe(1);
    expect(minReplicas("llm", "production")).toBe(2);
    expect(minReplicas("embeddings", "production")).toBe(2);
    expect(minReplicas("cloud-llm", "production")).toBe(1);
    for (const env of ["dev", "staging"] as const) {
      expect(minReplicas("postgres", env)).toBe(1);
      expect(minReplicas("llm", env)).toBe(1);
    }
  });
});

describe("power", () => {
  it("draws 30% idle and the rest in proportion to utilisation, by hand", () => {
    expect(powerShare(0)).toBeCloseTo(0.3, 12);
    expect(powerShare(0.5)).toBeCloseTo(0.65, 12);
    expect(powerShare(1)).toBe(1);
    expect(powerShare(3)).toBe(1); // clamped
    expect(powerShare(-1)).toBeCloseTo(0.3, 12);
    // Busy 40% of the time at full load: 0.3 + 0.7 × 0.4 = 0.58.
    expect(powerShare(1, 0.4)).toBeCloseTo(0.58, 12);
  });

  it("averages a peak draw over the month's busy share, by hand", () => {
    // 650 W at 50% load → 1,000 W maximum; busy a quarter of the time: 1000 × (0.3 + 0.7 × 0.5 × 0.25) = 387.5 W.
    expect(averagePowerW(650, 0.5, 0.25)).toBeCloseTo(387.5, 9);
    expect(averagePowerW(650, 0.5, 1)).toBeCloseTo(650, 9);
  });
});

describe("monthly OPEX terms (default costs: 0.15 USD/kWh, PUE 1.4, 40 USD/U, 10%/year, 36 months)", () => {
  it("computes each term by hand", () => {
    // 1 kW for 730.5 h = 730.5 kWh × 1.4 × 0.15 = 153.405 USD.
    expect(energyUsdPerMonth(1000, costs)).toBeCloseTo(153.405, 9);
    expect(hostingUsdPerMonth(4, costs)).toBe(160);
    expect(supportUsdPerMonth(120_000, costs)).toBeCloseTo(1000, 9);
    expect(amortisedUsdPerMonth(36_000, costs)).toBe(1000);
    // 1,000 GB + 30% margin = 1.3 TB of NVMe at 25 USD/TB-month.
    expect(storageUsdPerMonth(1000, "nvme", costs)).toBeCloseTo(32.5, 9);
    expect(ownershipUsdPerMonth({ capexUsd: 36_000, averageW: 1000, rackUnits: 4 }, costs)).toBeCloseTo(
      1000 + 153.405 + 160 + 300,
      9,
    );
  });
});

describe("colocation by kW and staff FTE", () => {
  it("adds the price per kW of rated power to the price per rack unit, by hand", () => {
    const kw = { ...costs, hostingUsdPerKwMonth: 150 };
    // 10 U × 40 + 6.5 kW × 150 = 400 + 975.
    expect(hostingUsdPerMonth(10, kw, 6500)).toBe(1375);
    expect(hostingUsdPerMonth(10, costs, 6500)).toBe(400); // default: space pricing only
  });

  it("prices platform FTE always and serving FTE only when a model is self-hosted, by hand", () => {
    // Defaults 0.25 + 0.25 FTE × 150,000 USD / 12.
    expect(staffUsdPerMonth(costs, true)).toBe(6250);
    expect(staffUsdPerMonth(costs, false)).toBe(3125);
    expect(staffUsdPerMonth({ ...costs, servingStaffFte: 1, staffUsdPerMonth: 100 }, true)).toBe(15_725);
  });
});
