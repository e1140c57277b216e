import { COMPONENTS } from "../../catalog/components";
import type { PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import type { ComponentReport, ServingReport } from "../report-schema";

/**
 * How each stateful store of a plan really runs — the one source of the bundle's manifests (CloudNativePG, Redis
 * Sentinel, single-writer vector and search servers, MinIO erasure sets), of the README and capacity report lines,
 * and of the findings below. Every store is run the way its open-source server supports, never as N unconnected
 * copies behind one Service.
 */

/** What the rules need from the evaluation (the Report carries the same fields). */
export interface TopologyInputs {
  components: ComponentReport[];
  serving: ServingReport[];
  /** Embedding tokens to index today's corpus once (Report.demand.initialIngestionTokens). */
  initialIngestionTokens: number;
}

/**
 * CloudNativePG's default `archive_timeout` (5 min): a WAL segment is archived at least that often, so losing the
 * whole cluster loses at most that much committed work. Below 1 min the archive cannot bound the loss (a forced
 * segment switch per few seconds floods the object store): the RPO then needs a synchronous standby.
 */
export const ARCHIVE_TIMEOUT_MAX_MINUTES = 5;
export const SYNC_REPLICATION_BELOW_RPO_MINUTES = 1;
/** PostgreSQL's default max_connections (the bundle keeps it). */
export const POSTGRES_MAX_CONNECTIONS = 100;
/** Connections one client replica opens: node-postgres' Pool default `max` (10) [planner: the API is Node.js, §1]. */
export const POOL_CONNECTIONS_PER_CLIENT = 10;
/** §8's alert threshold on connections; a pooler is added before clients could reach it. */
export const CONNECTION_ALERT_SHARE = 0.8;
/**
 * Share of a Redis pod's memory given to `maxmemory`; the rest holds the copy-on-write pages of background saves
 * (RDB snapshots and AOF rewrites fork the process), replication and client buffers [planner].
 */
export const REDIS_MAXMEMORY_PCT = 75;
/** Sentinels watching a Redis primary: three, so a majority (2) survives the loss of one host. */
export const REDIS_SENTINELS = 3;
/** Meilisearch snapshots (`--schedule-snapshot`): daily, as §5 asks for ChromaDB's. */
export const SNAPSHOT_INTERVAL_HOURS = 24;

export interface PostgresTopology {
  kind: "postgres";
  nodeId: string;
  label: string;
  instances: number;
  /** Synchronous standbys (quorum `ANY n`): 0 = asynchronous streaming replication. */
  synchronous: number;
  archiveTimeoutMinutes: number;
  /** The plan's object store the WAL archive and base backups go to (null: an external S3 to fill in). */
  backupTarget: { nodeId: string; label: string } | null;
  pooler: { instances: number; clientConnections: number; serverConnections: number } | null;
  summary: string;
  why: string;
}

export interface RedisTopology {
  kind: "redis";
  nodeId: string;
  label: string;
  replicas: number;
  sentinels: number;
  maxmemoryPct: number;
  evictionPolicy: "volatile-lru";
  summary: string;
  why: string;
}

export interface SingleWriterTopology {
  kind: "chroma" | "meili";
  nodeId: string;
  label: string;
  plannedReplicas: number;
  deployed: 1;
  /** Hours to rebuild the store from S3 + PostgreSQL (re-embedding the corpus); null when not computable. */
  rebuildHours: number | null;
  snapshotIntervalHours: number | null;
  summary: string;
  why: string;
}

export interface MinioTopology {
  kind: "s3";
  nodeId: string;
  label: string;
  servers: number;
  drivesPerServer: number;
  /** Drives per erasure set (null: no valid layout for this server count). */
  setSize: number | null;
  parity: number;
  /** Whole servers that may be lost while writes still reach quorum. */
  serverLossesTolerated: number;
  summary: string;
  why: string;
}

export type StoreTopology = PostgresTopology | RedisTopology | SingleWriterTopology | MinioTopology;

/** English number formats by fraction digits, built once (toLocaleString builds one per call: most of this rule's time). */
const FORMATS = new Map<number, Intl.NumberFormat>();
export const fmt = (x: number, digits = 1) => {
  let f = FORMATS.get(digits);
  if (!f) FORMATS.set(digits, (f = new Intl.NumberFormat("en-US", { maximumFractionDigits: digits })));
  return f.format(x);
};
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Client replicas at their peak (autoscale maximum) times their pool: the connections PostgreSQL must accept. */
function postgresClients(node: PlanNode, { nodes, callers }: PlanIndex): number {
  let total = 0;
  for (const id of callers.get(node.id) ?? []) {
    const c = nodes.get(id);
    if (c) total += (c.autoscale?.maxReplicas ?? c.replicas) * POOL_CONNECTIONS_PER_CLIENT;
  }
  return total;
}

/** The plan's nodes by id and each node's callers (edge sources by target). */
export interface PlanIndex {
  nodes: Map<string, PlanNode>;
  callers: Map<string, Set<string>>;
}
export function planIndex(plan: PlanDocument): PlanIndex {
  const callers = new Map<string, Set<string>>();
  for (const e of plan.edges) {
    const set = callers.get(e.target) ?? new Set<string>();
    set.add(e.source);
    callers.set(e.target, set);
  }
  return { nodes: new Map(plan.nodes.map((n) => [n.id, n])), callers };
}

/** CloudNativePG: instances from the plan, sync standbys when the RPO needs them, WAL to the plan's object store. */
export function postgresTopology(
  node: PlanNode,
  plan: PlanDocument,
  index: PlanIndex = planIndex(plan),
): PostgresTopology {
  const rpo = plan.slos.rpoMinutes;
  const instances = node.replicas;
  const synchronous = rpo < SYNC_REPLICATION_BELOW_RPO_MINUTES && instances > 1 ? 1 : 0;
  const archiveTimeoutMinutes = Math.max(1, Math.min(ARCHIVE_TIMEOUT_MAX_MINUTES, Math.floor(rpo)));
  const s3 = plan.nodes.find((n) => n.kind === "s3");
  const clientConnections = postgresClients(node, index);
  const poolerInstances = plan.metadata.environment === "production" ? 2 : 1;
  const pooler =
    clientConnections > CONNECTION_ALERT_SHARE * POSTGRES_MAX_CONNECTIONS
      ? {
          instances: poolerInstances,
          clientConnections,
          serverConnections: Math.floor(CONNECTION_ALERT_SHARE * POSTGRES_MAX_CONNECTIONS),
        }
      : null;
  const target = s3 ? s3.label : "an external S3 bucket";
  const summary = [
    `PostgreSQL: CloudNativePG, ${instances > 1 ? `1 primary + ${plural(instances - 1, "replica")}` : "1 instance (no replica)"}`,
    synchronous ? `sync ${synchronous}` : "async",
    `WAL to ${target} every ≤ ${archiveTimeoutMinutes} min`,
    "daily base backup",
    ...(pooler ? [`PgBouncer ×${pooler.instances}`] : []),
  ].join(", ");
  const why = [
    instances > 1
      ? "The operator elects one primary and streams WAL to the replicas; clients write through the -rw Service, which always points at the current primary (reads may use -ro)."
      : "The operator runs one instance (no failover: it restarts in place, or is restored from the archive); clients use the -rw Service.",
    synchronous
      ? `An RPO of ${rpo} min is below what WAL archiving can bound, so one standby confirms every commit (quorum ANY 1).`
      : `An RPO of ${rpo} min is met by continuous WAL archiving (a segment at least every ${archiveTimeoutMinutes} min) without synchronous commits, which would add a round trip to every write.`,
    pooler
      ? `Clients may open ${clientConnections} connections at their autoscale peak, above ${CONNECTION_ALERT_SHARE * 100}% of max_connections (${POSTGRES_MAX_CONNECTIONS}): PgBouncer multiplexes them onto ${pooler.serverConnections}.`
      : `Clients open at most ${clientConnections} connections, within ${CONNECTION_ALERT_SHARE * 100}% of max_connections (${POSTGRES_MAX_CONNECTIONS}): no pooler.`,
  ].join(" ");
  return {
    kind: "postgres",
    nodeId: node.id,
    label: node.label,
    instances,
    synchronous,
    archiveTimeoutMinutes,
    backupTarget: s3 ? { nodeId: s3.id, label: s3.label } : null,
    pooler,
    summary,
    why,
  };
}

/** Redis: one primary plus replicas watched by Sentinel (a failover moves the -master Service), or one server. */
export function redisTopology(node: PlanNode): RedisTopology {
  const replicas = node.replicas;
  const sentinels = replicas > 1 ? REDIS_SENTINELS : 0;
  const summary =
    replicas > 1
      ? `Redis: 1 primary + ${plural(replicas - 1, "replica")}, ${sentinels} Sentinels, maxmemory ${REDIS_MAXMEMORY_PCT}% (volatile-lru), AOF + RDB`
      : `Redis: 1 server, maxmemory ${REDIS_MAXMEMORY_PCT}% (volatile-lru), AOF + RDB`;
  const why =
    (replicas > 1
      ? "Replicas are read-only: Sentinel promotes a replica when the primary fails and the operator moves the -master Service to it, so writes always reach the current primary. "
      : "One server: a restart replays its append-only file. ") +
    "Cache and session keys carry a TTL and are evicted least-recently-used; queue keys have none and are never evicted. AOF (fsync every second) plus RDB snapshots, as §5 asks.";
  return {
    kind: "redis",
    nodeId: node.id,
    label: node.label,
    replicas,
    sentinels,
    maxmemoryPct: REDIS_MAXMEMORY_PCT,
    evictionPolicy: "volatile-lru",
    summary,
    why,
  };
}

/** Embedding tokens per second the self-hosted embedding servers sustain (null without any). */
function embeddingCapacity(serving: ServingReport[]): number | null {
  const own = serving.filter((s) => s.purpose === "embeddings" && s.mode === "self-hosted");
  const total = own.reduce((sum, s) => sum + s.capacityInputTokensPerSecond, 0);
  return own.length && total > 0 ? total : null;
}

/**
 * ChromaDB and Meilisearch (Community Edition): their open-source servers do not replicate, so one server writes
 * and serves; it is rebuilt from what S3 and PostgreSQL hold (ChromaDB by re-embedding the corpus, Meilisearch by
 * re-feeding documents after restoring its latest snapshot).
 */
export function singleWriterTopology(
  node: PlanNode,
  inputs: TopologyInputs,
  capacity: number | null = embeddingCapacity(inputs.serving),
): SingleWriterTopology {
  const kind = node.kind as "chroma" | "meili";
  const tokens = Math.round(inputs.initialIngestionTokens);
  const rebuildHours = kind === "chroma" && capacity ? tokens / capacity / 3600 : null;
  const name = COMPONENTS[kind].name;
  const recovery =
    kind === "chroma"
      ? `rebuilt from S3 + PostgreSQL${rebuildHours !== null ? ` (re-embedding ~${fmt(rebuildHours)} h)` : ""}`
      : `daily snapshot, re-fed from PostgreSQL`;
  const summary = `${name}: 1 server (single writer), ${recovery}${node.replicas > 1 ? `; the plan's ${node.replicas} replicas cannot replicate` : ""}`;
  const why =
    kind === "chroma"
      ? "Open-source ChromaDB has no replication and its distributed mode is marked not production-ready upstream; N copies behind one Service would each hold a different index. One server owns the index; after a loss the document worker re-embeds the corpus from S3 and PostgreSQL."
      : "Meilisearch Community Edition does not replicate; N copies behind one Service would diverge. One server owns the index, snapshots it daily to a second volume, and the document worker re-feeds what changed since.";
  return {
    kind,
    nodeId: node.id,
    label: node.label,
    plannedReplicas: node.replicas,
    deployed: 1,
    rebuildHours,
    snapshotIntervalHours: kind === "meili" ? SNAPSHOT_INTERVAL_HOURS : null,
    summary,
    why,
  };
}

/** MinIO's default parity (EC:N) for an erasure set of `drives` drives. */
export function minioParity(drives: number): number {
  return drives <= 1 ? 0 : drives <= 3 ? 1 : drives <= 5 ? 2 : drives <= 7 ? 3 : 4;
}

/**
 * The erasure layout MinIO picks for one server pool: sets of 2–16 drives that divide the pool evenly and spread
 * symmetrically over the servers. Drives per server are the fewest (1, 2 or 4) giving at least 4 drives in all.
 */
export function minioLayout(servers: number): { drivesPerServer: number; setSize: number | null } {
  if (servers === 1) return { drivesPerServer: 1, setSize: 1 };
  for (const d of [1, 2, 4]) {
    const drives = servers * d;
    if (drives < 4) continue;
    for (let s = 16; s >= 2; s--) {
      if (drives % s === 0 && (s % servers === 0 || servers % s === 0))
        return { drivesPerServer: d, setSize: s };
    }
  }
  return { drivesPerServer: 1, setSize: null };
}

export function minioTopology(node: PlanNode): MinioTopology {
  const servers = node.replicas;
  const { drivesPerServer, setSize } = minioLayout(servers);
  const parity = setSize ? minioParity(setSize) : 0;
  // Write quorum: data shards, plus one when parity is exactly half the set (MinIO's tie-break).
  const writeQuorum = setSize ? setSize - parity + (parity * 2 === setSize ? 1 : 0) : 0;
  const drivesPerSetPerServer = setSize ? Math.max(1, setSize / Math.min(servers, setSize)) : 1;
  const serverLossesTolerated =
    setSize && servers > 1 ? Math.floor((setSize - writeQuorum) / drivesPerSetPerServer) : 0;
  const summary =
    servers === 1
      ? "MinIO: 1 server, 1 drive (no erasure coding)"
      : setSize
        ? `MinIO: ${servers} servers × ${plural(drivesPerServer, "drive")}, erasure sets of ${setSize} (EC:${parity}), survives ${plural(serverLossesTolerated, "server")} down`
        : `MinIO: ${servers} servers — no valid erasure layout`;
  const why =
    servers === 1
      ? "A single server stores each object once: losing its drive loses the objects (fine for dev/test only)."
      : `Distributed mode stripes each object over an erasure set with ${parity} parity shards; usable capacity is ${fmt(setSize ? ((setSize - parity) / setSize) * 100 : 0, 0)}% of raw.`;
  return {
    kind: "s3",
    nodeId: node.id,
    label: node.label,
    servers,
    drivesPerServer,
    setSize,
    parity,
    serverLossesTolerated,
    summary,
    why,
  };
}

/** The topology of every stateful store of the plan, in plan order. */
export function storeTopologies(plan: PlanDocument, inputs: TopologyInputs): StoreTopology[] {
  const out: StoreTopology[] = [];
  // Built once for all stores (a 1,000-node plan has a hundred of them).
  const index = planIndex(plan);
  const capacity = embeddingCapacity(inputs.serving);
  for (const node of plan.nodes) {
    if (node.kind === "postgres") out.push(postgresTopology(node, plan, index));
    else if (node.kind === "redis") out.push(redisTopology(node));
    else if (node.kind === "chroma" || node.kind === "meili")
      out.push(singleWriterTopology(node, inputs, capacity));
    else if (node.kind === "s3") out.push(minioTopology(node));
  }
  return out;
}
