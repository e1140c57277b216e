import { getHardware } from "../../catalog";
import type { PlanDocument } from "../../plan/plan-schema";
import type { ComponentReport, CostLine, CostMonth, Report, ServingReport } from "../report-schema";
import {
  COMPUTE_SERVER,
  cloudPrice,
  hardwarePrice,
  REFERENCE_CLOUD,
  rentalPerHour,
  servingHardware,
} from "./cost-inputs";
import {
  averagePowerW,
  energyUsdPerMonth,
  hostingUsdPerMonth,
  powerShare,
  storageUsdPerMonth,
  supportUsdPerMonth,
} from "../policy";
import { busyFraction, demandAt, HOURS_PER_MONTH, usersAt } from "./workload";

const STORE_MEDIA = {
  objects: "hdd",
  backups: "hdd",
  postgres: "nvme",
  vectors: "nvme",
  search: "ssd",
  redis: "ssd",
  logs: "ssd",
} as const;
const r2 = (x: number) => Math.round(x * 100) / 100;

interface CostInputs {
  plan: PlanDocument;
  serving: ServingReport[];
  components: ComponentReport[];
  storageMonths: Report["storage"]["months"];
}

/**
 * Cost over the horizon, month by month, as cash: hardware is bought in month 0 (CAPEX); power, hosting, support,
 * storage and staff are monthly (OPEX); cloud APIs are billed per token (input and output priced separately).
 * Energy = average power (idle share + utilisation in busy hours) × hours × PUE × price. TCO is the sum of the
 * months. Every price is a dated assumption, overridable in the plan.
 */
export function costReport({ plan, serving, components, storageMonths }: CostInputs): Report["cost"] {
  const c = plan.costs;
  const busy = busyFraction(plan.workload);
  const lines: CostLine[] = [];
  const nodeById = new Map(plan.nodes.map((n) => [n.id, n]));
  const horizon = plan.workload.horizonMonths;

  // CAPEX — serving hardware, Odin's GPUs, compute servers for the platform components.
  let servingCapex = 0;
  let servingRackUnits = 0;
  for (const node of plan.nodes) {
    const hw = servingHardware(plan, node);
    if (!hw) continue;
    servingCapex += hw.capexUsd;
    servingRackUnits += hw.rackUnits;
    lines.push({
      category: "serving hardware",
      item: `${node.label}: ${hw.item}`,
      quantity: hw.units,
      unitUsd: hw.unit.usd,
      capexUsd: hw.capexUsd,
      monthlyUsd: 0,
      asOf: hw.unit.asOf,
      source: hw.unit.source,
    });
  }
  let gpuCapex = 0;
  for (const comp of components) {
    const node = nodeById.get(comp.nodeId);
    if (!node?.gpu || comp.gpus === 0) continue;
    const price = hardwarePrice(plan, node.gpu.hardware);
    const count = comp.gpus * comp.replicas;
    gpuCapex += count * price.usd;
    lines.push({
      category: "component GPUs",
      item: `${node.label}: ${getHardware(node.gpu.hardware)?.name ?? node.gpu.hardware}`,
      quantity: count,
      unitUsd: price.usd,
      capexUsd: count * price.usd,
      monthlyUsd: 0,
      asOf: price.asOf,
      source: price.source,
    });
  }
  const cores = components.reduce((s, x) => s + x.totalCpuCores, 0);
  const memory = components.reduce((s, x) => s + x.totalMemoryGb, 0);
  const servers = components.length
    ? Math.ceil(Math.max(cores / COMPUTE_SERVER.cores, memory / COMPUTE_SERVER.memoryGb) - 1e-9)
    : 0;
  const computeCapex = servers * c.computeServerUsd;
  if (servers)
    lines.push({
      category: "compute",
      item: `Compute servers (${COMPUTE_SERVER.cores} cores, ${COMPUTE_SERVER.memoryGb} GB) for ${Math.round(cores)} cores, ${Math.round(memory)} GB`,
      quantity: servers,
      unitUsd: c.computeServerUsd,
      capexUsd: computeCapex,
      monthlyUsd: 0,
      asOf: c.pricesAsOf,
      source: "plan cost assumption",
    });
  const capex = servingCapex + gpuCapex + computeCapex;

  // OPEX building blocks that do not change month to month.
  const rackUnits = servingRackUnits + servers * COMPUTE_SERVER.rackUnits;
  const hostingMonthly = hostingUsdPerMonth(rackUnits, c);
  const supportMonthly = supportUsdPerMonth(capex, c);
  const servingPeakW = serving.reduce((s, x) => s + x.powerW, 0);
  const servingUtil = serving.length
    ? Math.max(0, ...serving.map((x) => Math.min(1, x.utilisation ?? 0)))
    : 0;
  const componentGpuW = components.reduce((s, x) => {
    const node = nodeById.get(x.nodeId);
    return s + (node?.gpu ? x.gpus * x.replicas * (getHardware(node.gpu.hardware)?.tdpW ?? 0) : 0);
  }, 0);

  const cloudNodes = serving.filter((s) => s.mode === "cloud");
  const monthly: CostMonth[] = [];
  let cumulative = 0;
  const ref = {
    llm: cloudPrice(plan, REFERENCE_CLOUD.llm),
    emb: cloudPrice(plan, REFERENCE_CLOUD.embeddings),
  };
  const cloudAlt: number[] = [];
  const rentalAlt: number[] = [];
  const rentalMonthly = plan.nodes.reduce((s, n) => {
    if (!n.serving) return s;
    const id = typeof n.serving.hardware === "string" ? n.serving.hardware : n.serving.hardware.id;
    return s + (rentalPerHour(plan, id) ?? 0) * n.serving.devices * n.replicas * HOURS_PER_MONTH;
  }, 0);
  let sumTokens = 0;
  let sumRequests = 0;
  for (let m = 0; m < horizon; m++) {
    const growth = usersAt(plan.workload, m) / plan.workload.users;
    const d = demandAt(plan.workload, usersAt(plan.workload, m));
    sumTokens += d.monthlyInputTokens + d.monthlyOutputTokens;
    sumRequests += d.monthlyRequests;
    const store = storageMonths[Math.min(m, storageMonths.length - 1)]!;
    let storageUsd = 0;
    for (const [storeId, gb] of Object.entries(store.byStore)) {
      storageUsd += storageUsdPerMonth(gb, STORE_MEDIA[storeId as keyof typeof STORE_MEDIA], c);
    }
    const servingAvgW = averagePowerW(servingPeakW, Math.min(1, servingUtil * growth), busy);
    const platformW = servers * COMPUTE_SERVER.powerW + componentGpuW * powerShare(1, busy);
    const powerUsd = energyUsdPerMonth(servingAvgW + platformW, c);
    let cloudLlm = 0;
    let cloudEmb = 0;
    for (const s of cloudNodes) {
      const price = cloudPrice(plan, nodeById.get(s.nodeId)!.cloud!.model);
      if (s.purpose === "llm") {
        cloudLlm +=
          s.trafficShare *
          ((d.monthlyInputTokens / 1e6) * price.inputUsdPerMTok +
            (d.monthlyOutputTokens / 1e6) * price.outputUsdPerMTok);
      } else cloudEmb += s.trafficShare * (d.monthlyEmbeddingTokens / 1e6) * price.inputUsdPerMTok;
    }
    const byCategory: Record<string, number> = {
      "serving hardware": m === 0 ? servingCapex : 0,
      "component GPUs": m === 0 ? gpuCapex : 0,
      compute: m === 0 ? computeCapex : 0,
      power: powerUsd,
      hosting: hostingMonthly,
      support: supportMonthly,
      storage: storageUsd,
      staff: c.staffUsdPerMonth,
      "cloud LLM": cloudLlm,
      "cloud embeddings": cloudEmb,
    };
    const capexUsd = m === 0 ? capex : 0;
    const opexUsd = powerUsd + hostingMonthly + supportMonthly + storageUsd + c.staffUsdPerMonth;
    const cloudUsd = cloudLlm + cloudEmb;
    const totalUsd = capexUsd + opexUsd + cloudUsd;
    cumulative += totalUsd;
    monthly.push({
      month: m,
      capexUsd: r2(capexUsd),
      opexUsd: r2(opexUsd),
      cloudUsd: r2(cloudUsd),
      totalUsd: r2(totalUsd),
      cumulativeUsd: r2(cumulative),
      byCategory: Object.fromEntries(Object.entries(byCategory).map(([k, v]) => [k, r2(v)])),
    });
    // All-cloud alternative: the same token volumes on the reference models, with the platform's own (non-serving) costs.
    const nonServing =
      (m === 0 ? gpuCapex + computeCapex : 0) +
      storageUsd +
      c.staffUsdPerMonth +
      hostingUsdPerMonth(servers * COMPUTE_SERVER.rackUnits, c);
    cloudAlt.push(
      nonServing +
        (d.monthlyInputTokens / 1e6) * ref.llm.inputUsdPerMTok +
        (d.monthlyOutputTokens / 1e6) * ref.llm.outputUsdPerMTok +
        (d.monthlyEmbeddingTokens / 1e6) * ref.emb.inputUsdPerMTok,
    );
    // GPU rental alternative: the serving devices rented by the hour instead of bought, powered and hosted.
    rentalAlt.push(
      totalUsd -
        byCategory["serving hardware"]! -
        hostingUsdPerMonth(servingRackUnits, c) -
        energyUsdPerMonth(servingAvgW, c) -
        supportUsdPerMonth(servingCapex, c) +
        rentalMonthly,
    );
  }
  const tco = cumulative;
  const breakEven = (alt: number[]): number | null => {
    let a = 0;
    let b = 0;
    for (let m = 0; m < monthly.length; m++) {
      a += monthly[m]!.totalUsd;
      b += alt[m]!;
      if (a <= b) return m;
    }
    return null;
  };
  lines.push(
    ...monthlyLine("power", "Electricity (average draw × PUE)", monthly, "power", c.pricesAsOf),
    ...monthlyLine("hosting", `Colocation, ${rackUnits} rack units`, monthly, "hosting", c.pricesAsOf),
    ...monthlyLine(
      "support",
      `Hardware support (${c.supportPctOfCapexPerYear}% of CAPEX per year)`,
      monthly,
      "support",
      c.pricesAsOf,
    ),
    ...monthlyLine(
      "storage",
      "Provisioned storage with 30% margin (NVMe, SSD, HDD)",
      monthly,
      "storage",
      c.pricesAsOf,
    ),
    ...monthlyLine("staff", "Operations staff", monthly, "staff", c.pricesAsOf),
    ...monthlyLine(
      "cloud LLM",
      "Cloud LLM API (input and output tokens)",
      monthly,
      "cloud LLM",
      c.pricesAsOf,
    ),
    ...monthlyLine("cloud embeddings", "Cloud embedding API", monthly, "cloud embeddings", c.pricesAsOf),
  );
  const first = monthly[0];
  return {
    monthly,
    capexUsd: r2(capex),
    monthlyOpexUsd: r2(first?.opexUsd ?? 0),
    monthlyCloudUsd: r2(first?.cloudUsd ?? 0),
    tcoUsd: r2(tco),
    // Unit costs need at least one token / request over the horizon (0 otherwise: nothing to divide).
    perMillionTokensUsd: sumTokens >= 1 ? r2(tco / (sumTokens / 1e6)) : 0,
    perThousandRequestsUsd: sumRequests >= 1 ? r2(tco / (sumRequests / 1000)) : 0,
    lines,
    cloudAlternative: {
      model: `${ref.llm.name} + ${ref.emb.name}`,
      monthlyUsd: r2(cloudAlt[0] ?? 0),
      tcoUsd: r2(cloudAlt.reduce((a, b) => a + b, 0)),
      breakEvenMonth: breakEven(cloudAlt),
    },
    gpuRentalAlternative: {
      monthlyUsd: r2(rentalAlt[1] ?? rentalAlt[0] ?? 0),
      tcoUsd: r2(rentalAlt.reduce((a, b) => a + b, 0)),
      breakEvenMonth: rentalMonthly > 0 ? breakEven(rentalAlt) : null,
    },
  };
}

function monthlyLine(
  category: string,
  item: string,
  months: CostMonth[],
  key: string,
  asOf: string,
): CostLine[] {
  const first = months[0]?.byCategory[key] ?? 0;
  if (first <= 0) return [];
  return [
    {
      category,
      item,
      quantity: 1,
      unitUsd: r2(first),
      capexUsd: 0,
      monthlyUsd: r2(first),
      asOf,
      source: "plan cost assumptions (month 0; grows with the workload)",
    },
  ];
}
