import { describe, expect, it } from "vitest";
import { parsePlanOrThrow } from "../../plan/parse";
import { buildTemplate } from "../../templates";
import { evaluate } from "../evaluate";
import {
  minioLayout,
  minioTopology,
  postgresTopology,
  redisTopology,
  storeTopologies,
} from "./store-topology";
import { storeTopologyFindings } from "./store-topology-findings";

const node = (plan: ReturnType<typeof buildTemplate>, kind: string) =>
  plan.nodes.find((n) => n.kind === kind)!;
const inputs = (plan: ReturnType<typeof buildTemplate>) => {
  const r = evaluate(plan);
  return {
    components: r.components,
    serving: r.serving,
    initialIngestionTokens: r.demand.initialIngestionTokens,
  };
};

describe("store topology", () => {
  it("PostgreSQL: instances from the plan, async under a 15-min RPO, PgBouncer past 80 of 100 connections", () => {
    const plan = buildTemplate("enterprise");
    const t = postgresTopology(node(plan, "postgres"), plan);
    // The API is its one client (plan edge api → postgres): 10 pods at its autoscale peak × 10 connections = 100 > 80.
    expect(t).toMatchObject({ instances: 4, synchronous: 0, archiveTimeoutMinutes: 5 });
    expect(t.pooler).toEqual({ instances: 2, clientConnections: 100, serverConnections: 80 });
    expect(t.backupTarget?.nodeId).toBe(node(plan, "s3").id);
    expect(t.summary).toBe(
      "PostgreSQL: CloudNativePG, 1 primary + 3 replicas, async, WAL to Object storage (S3 / MinIO) every ≤ 5 min, daily base backup, PgBouncer ×2",
    );
  });

  it("PostgreSQL: an RPO under a minute makes one standby synchronous; the archive runs every minute", () => {
    const base = buildTemplate("production");
    const plan = parsePlanOrThrow({ ...base, slos: { ...base.slos, rpoMinutes: 0 } });
    expect(postgresTopology(node(plan, "postgres"), plan)).toMatchObject({
      synchronous: 1,
      archiveTimeoutMinutes: 1,
    });
    // production: 3 API + 2 Odin pods × 10 = 50 connections, within 80: no pooler.
    expect(postgresTopology(node(plan, "postgres"), plan).pooler).toBeNull();
  });

  it("Redis: Sentinel (3, quorum 2) only with replicas", () => {
    const plan = buildTemplate("production");
    expect(redisTopology(node(plan, "redis"))).toMatchObject({ replicas: 3, sentinels: 3, maxmemoryPct: 75 });
    expect(redisTopology({ ...node(plan, "redis"), replicas: 1 })).toMatchObject({ sentinels: 0 });
  });

  it("MinIO: erasure sets by hand — 4 servers EC:2 survive 1 down, 8 EC:4 survive 3, 2 servers get 2 drives and survive none", () => {
    const s3 = node(buildTemplate("production"), "s3");
    expect(minioTopology({ ...s3, replicas: 4 })).toMatchObject({
      setSize: 4,
      parity: 2,
      serverLossesTolerated: 1,
    });
    expect(minioTopology({ ...s3, replicas: 8 })).toMatchObject({
      setSize: 8,
      parity: 4,
      serverLossesTolerated: 3,
    });
    // 2 × 2 drives = 4, EC:2: write quorum 3 of 4 (parity is half the set), one server holds 2 drives.
    expect(minioTopology({ ...s3, replicas: 2 })).toMatchObject({
      drivesPerServer: 2,
      setSize: 4,
      serverLossesTolerated: 0,
    });
    expect(minioLayout(3)).toEqual({ drivesPerServer: 2, setSize: 6 });
    expect(minioLayout(17)).toEqual({ drivesPerServer: 1, setSize: null });
  });

  it("ChromaDB: the rebuild re-embeds the corpus at the embedding servers' capacity", () => {
    const plan = buildTemplate("production");
    const i = inputs(plan);
    const chroma = storeTopologies(plan, i).find((t) => t.kind === "chroma")!;
    const capacity = i.serving
      .filter((s) => s.purpose === "embeddings" && s.mode === "self-hosted")
      .reduce((s, x) => s + x.capacityInputTokensPerSecond, 0);
    expect(chroma).toMatchObject({ deployed: 1, plannedReplicas: 3 });
    if (chroma.kind !== "chroma") throw new Error("chroma");
    expect(chroma.rebuildHours).toBeCloseTo(Math.round(i.initialIngestionTokens) / capacity / 3600, 6);
  });

  it("findings: replicas that cannot replicate, a rebuild beyond the RTO, a MinIO that stops writing after one loss", () => {
    const base = buildTemplate("production");
    const plan = parsePlanOrThrow({
      ...base,
      nodes: base.nodes.map((n) => (n.kind === "s3" ? { ...n, replicas: 2 } : n)),
    });
    const codes = storeTopologyFindings(plan, inputs(plan)).map((f) => `${f.code}:${f.severity}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        "store-cannot-replicate:warning",
        "store-rebuild-exceeds-rto:warning",
        "minio-no-server-tolerance:warning",
      ]),
    );
    // The same plan in dev: replicas that cannot replicate are only worth knowing, no RTO or quorum warnings.
    const dev = parsePlanOrThrow({ ...plan, metadata: { ...plan.metadata, environment: "dev" } });
    expect(storeTopologyFindings(dev, inputs(dev)).map((f) => f.severity)).toEqual(["info", "info"]);
  });

  it("the minimal template (one of everything, in dev) raises no store finding", () => {
    const plan = buildTemplate("minimal");
    expect(storeTopologyFindings(plan, inputs(plan))).toEqual([]);
  });
});
