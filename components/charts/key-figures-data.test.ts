import { describe, expect, it } from "vitest";
import { keyFigures } from "./key-figures-data";
import { emptyReport, referenceMacReport, templateReport } from "./test-reports";

const byId = (figures: ReturnType<typeof keyFigures>) => Object.fromEntries(figures.map((f) => [f.id, f]));

describe("keyFigures", () => {
  it("formats hand-picked totals with their units", () => {
    const report = structuredClone(templateReport("enterprise"));
    report.totals = {
      cpuCores: 248,
      memoryGb: 1076,
      storageGb: 55_764,
      gpus: 14,
      powerW: 12_500,
      rackUnits: 17,
    };
    report.storage.provisionedGb = 55_764;
    // The figures are the report's own fields (month 0's run cost; + month 0's purchases / 36 when amortised).
    report.cost.monthlyRunCostUsd = 5855.18;
    report.cost.monthlyCostAmortisedUsd = 5855.18 + 360_000 / 36;
    report.cost.capexUsd = 360_000;
    report.cost.tcoUsd = 663_168.52;
    const f = byId(keyFigures(report));
    expect(f.cpu!.value).toBe("248");
    expect(f.ram!.value).toBe("1.08 TB");
    expect(f.storage).toMatchObject({ label: "Storage provisioned", value: "55.8 TB" });
    expect(f.stored!.label).toBe("Data stored at month 36");
    expect(f.stored!.value).toBe(`${(report.storage.months[36]!.totalGb / 1000).toFixed(1)} TB`);
    expect(f.gpus!.value).toBe("14");
    expect(f.power!.value).toBe("12.5 kW");
    expect(f.monthly).toMatchObject({ label: "Monthly run cost (OPEX, month 0)", value: "$5,855" });
    // 5,855.18 + 360,000 / 36 = 15,855.18
    expect(f.amortised).toMatchObject({
      label: "Monthly cost with CAPEX amortised over 36 months",
      value: "$15,855",
    });
    expect(f.tco!.value).toBe("$663,169");
    expect(f.tco).toMatchObject({ label: "36-month TCO", hint: "CAPEX included" });
    expect(keyFigures(report, "GBP", 0.5).find((x) => x.id === "tco")!.value).toBe("£331,584");
    const fr = byId(keyFigures(report, "EUR", 1, "fr"));
    expect(fr.monthly!.value).toBe("5\u202f855\u00a0€");
    expect(fr.ram!.value).toBe("1,08\u00a0To");
    expect(fr.tco!.label).toBe("TCO sur 36 mois");
    expect(fr.tco!.hint).toBe("CAPEX inclus");
  });

  it("enterprise: 5 peak requests/s, five warnings, no error", () => {
    const f = byId(keyFigures(templateReport("enterprise")));
    // 3,000 users × 20% × 0.5 req/min ÷ 60 = 5 req/s from 600 active users.
    expect(f["peak-rps"]).toMatchObject({ value: "5", hint: "600 active users" });
    expect(f.errors).toMatchObject({ value: "0", tone: "ok" });
    // The store-topology rules' three (ChromaDB and Meilisearch cannot replicate their replicas; rebuilding
    // ChromaDB exceeds the RTO); the N+1 sizing (7 instances on two boards) leaves room for the horizon's growth;
    // the facility rule's one: the servers racked by height draw ~24 kW in a rack, above the 15 kW default; and the
    // ingestion backlog: 3,000 users' documents take ~13.7 days on two L4 embedding servers (target 7 days).
    expect(f.warnings).toMatchObject({ value: "5", tone: "warning" });
  });

  it("mac-cluster: the SLO error is counted", () => {
    const f = byId(keyFigures(referenceMacReport()));
    expect(f["peak-rps"]!.value).toBe("0.5");
    expect(Number(f.errors!.value)).toBeGreaterThanOrEqual(1);
    expect(f.errors!.tone).toBe("error");
  });

  it("an empty report still lists every figure", () => {
    const figures = keyFigures(emptyReport());
    expect(figures.map((x) => x.id)).toEqual([
      "peak-rps",
      "cpu",
      "ram",
      "storage",
      "stored",
      "gpus",
      "power",
      "monthly",
      "amortised",
      "tco",
      "errors",
      "warnings",
    ]);
    expect(byId(figures).tco!.label).toBe("0-month TCO");
  });
});
