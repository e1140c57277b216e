import { COMPONENTS, type ComponentKind } from "../../catalog/components";
import { SPEC_TIERS, type TierRow } from "../../catalog/spec-tiers";
import { minReplicas, type Environment } from "../policy";

export interface ComponentSize {
  replicas: number;
  /** Per replica. */
  cpuCores: number;
  memoryGb: number;
  storageGb: number;
  gpusPerReplica: number;
}

/**
 * The reference tiers as sizing anchors (docs/reference-platform.md §2): each row of each tier applies at the low and
 * high ends of the tier's user range (minimal: one point, < 50 users). Between anchors — and across the gaps between
 * tiers (50–100, 500–1,000) — every figure is interpolated on log(users), so the spec's tables come out exactly at
 * their user counts and sizes change smoothly in between. Above 10,000 users replicas grow linearly with users.
 */
const ANCHORS: { users: number; tier: keyof typeof SPEC_TIERS; end: 0 | 1 }[] = [
  { users: 49, tier: "minimal", end: 0 },
  { users: 100, tier: "production", end: 0 },
  { users: 500, tier: "production", end: 1 },
  { users: 1000, tier: "enterprise", end: 0 },
  { users: 10_000, tier: "enterprise", end: 1 },
];

interface AnchorValues {
  cpuCores: number;
  memoryGb: number;
  /** Per replica, except object storage whose rows are cluster totals. */
  storageGb: number;
  replicas: number;
  gpus: number;
}

function rowFor(kind: ComponentKind, tier: keyof typeof SPEC_TIERS): TierRow | undefined {
  const own = SPEC_TIERS[tier].rows[kind];
  if (own) return own;
  // A tier that omits a component (no load balancer in the minimal tier, no monitoring below enterprise) borrows the
  // nearest tier's per-replica figures with a single replica (the environment's HA floor adds more where required).
  const order: (keyof typeof SPEC_TIERS)[] =
    tier === "minimal"
      ? ["production", "enterprise"]
      : tier === "production"
        ? ["enterprise", "minimal"]
        : ["production", "minimal"];
  for (const t of order) {
    const row = SPEC_TIERS[t].rows[kind];
    if (row) return { ...row, replicas: [1, 1], autoscale: false };
  }
  return undefined;
}

function anchorValues(kind: ComponentKind, anchor: (typeof ANCHORS)[number]): AnchorValues | undefined {
  const row = rowFor(kind, anchor.tier);
  if (!row) return undefined;
  const at = (r: [number, number]) => r[anchor.end];
  const replicas = at(row.replicas);
  const storage = at(row.storageGb);
  return {
    cpuCores: at(row.cpuCores),
    memoryGb: at(row.memoryGb),
    storageGb: row.storagePerCluster ? storage / replicas : storage,
    replicas,
    gpus: row.gpuPerReplica ?? 0,
  };
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/**
 * What the sizing model recommends for one platform component at `users` and `environment`: the interpolated tier
 * figures, then the environment's HA floor. Serving components (llm, embeddings, cloud-llm) are sized by the
 * inference model instead and get undefined.
 */
export function recommendedSize(
  kind: ComponentKind,
  users: number,
  environment: Environment,
): ComponentSize | undefined {
  if (COMPONENTS[kind].serving) return undefined;
  const u = Math.max(1, users);
  let lower = ANCHORS[0]!;
  let upper = ANCHORS[0]!;
  for (const a of ANCHORS) {
    if (a.users <= u) lower = a;
    if (a.users >= u) {
      upper = a;
      break;
    }
    upper = a;
  }
  const lo = anchorValues(kind, lower);
  const hi = anchorValues(kind, upper);
  if (!lo || !hi) return undefined;
  const t = upper.users === lower.users ? 0 : Math.log(u / lower.users) / Math.log(upper.users / lower.users);
  const tt = Math.min(1, Math.max(0, t));
  const beyond = u > ANCHORS[ANCHORS.length - 1]!.users ? u / ANCHORS[ANCHORS.length - 1]!.users : 1;
  const stateless = !COMPONENTS[kind].stateful;
  let replicas = Math.ceil(
    lerp(lo.replicas, hi.replicas, tt) * (stateless || kind === "s3" ? beyond : 1) - 1e-9,
  );
  const storageTotal =
    lerp(lo.storageGb * lo.replicas, hi.storageGb * hi.replicas, tt) * (kind === "s3" ? beyond : 1);
  replicas = Math.max(replicas, minReplicas(kind, environment));
  const perClusterStorage = kind === "s3";
  return {
    replicas,
    cpuCores: Math.round(lerp(lo.cpuCores, hi.cpuCores, tt) * 2) / 2,
    memoryGb: Math.round(lerp(lo.memoryGb, hi.memoryGb, tt)),
    storageGb: Math.round(
      perClusterStorage
        ? storageTotal / replicas
        : lerp(lo.storageGb, hi.storageGb, tt) *
            (kind === "postgres" || kind === "chroma" ? Math.max(1, beyond) : 1),
    ),
    gpusPerReplica: u >= 1000 || lo.gpus > 0 ? Math.round(lerp(lo.gpus, hi.gpus, tt)) : 0,
  };
}
