import { CURRENT_SCHEMA_VERSION } from "./plan-schema";
import { ZONES, ZONE_KINDS, type ComponentKind, COMPONENT_KINDS, COMPONENTS } from "../catalog/components";

/**
 * Schema-version migrations. Each step takes a document of version N (unknown JSON, already known to carry
 * `schemaVersion: N`) and returns version N+1. Steps never throw on missing optional data: they fill defaults and
 * leave validation to the zod schema that runs after the last step.
 *
 * Version history
 * - 1: the first prototype's flat document: `{ schemaVersion: 1, name, description?, environment?, users?,
 *      nodes: [{ id, type, label?, x, y, replicas?, zone? }], edges: [{ id?, from, to, port? }] }`.
 * - 2: metadata / workload / slos / costs / constraints / zones / nodes / edges / scenarios (current).
 */
type Json = Record<string, unknown>;

const steps: Record<number, (doc: Json) => Json> = {
  1: migrateV1toV2,
};

export class PlanVersionError extends Error {
  constructor(
    message: string,
    readonly path: (string | number)[] = ["schemaVersion"],
  ) {
    super(message);
  }
}

/** Upgrades a plan document of any known older schemaVersion to the current one; current documents pass through. */
export function migratePlan(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  let doc = input as Json;
  const version = doc.schemaVersion;
  if (version === undefined) return doc; // the schema reports the missing field with its path
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    throw new PlanVersionError(
      `schemaVersion must be an integer from 1 to ${CURRENT_SCHEMA_VERSION}, got ${JSON.stringify(version)}`,
    );
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new PlanVersionError(
      `schemaVersion ${version} is newer than this Stackplan understands (${CURRENT_SCHEMA_VERSION}): upgrade Stackplan to open it`,
    );
  }
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = steps[v];
    if (!step) throw new PlanVersionError(`no migration from schemaVersion ${v}`);
    doc = step(doc);
  }
  return doc;
}

const V1_TYPE_ALIASES: Record<string, ComponentKind> = {
  "load-balancer": "lb",
  nginx: "lb",
  web: "frontend",
  backend: "api",
  worker: "odin",
  vector: "chroma",
  chromadb: "chroma",
  meilisearch: "meili",
  search: "meili",
  minio: "s3",
  "object-storage": "s3",
  prometheus: "monitoring",
  vllm: "llm",
  embedding: "embeddings",
  openai: "cloud-llm",
};

function migrateV1toV2(doc: Json): Json {
  const nodesV1 = Array.isArray(doc.nodes) ? (doc.nodes as Json[]) : [];
  const edgesV1 = Array.isArray(doc.edges) ? (doc.edges as Json[]) : [];
  const usedZones = new Set<string>();
  const nodes = nodesV1.map((n) => {
    const rawType = String(n.type ?? n.kind ?? "");
    const kind = (COMPONENT_KINDS as readonly string[]).includes(rawType)
      ? (rawType as ComponentKind)
      : V1_TYPE_ALIASES[rawType];
    const zone =
      typeof n.zone === "string" && (ZONE_KINDS as readonly string[]).includes(n.zone)
        ? n.zone
        : kind
          ? COMPONENTS[kind].defaultZone
          : null;
    if (zone) usedZones.add(zone);
    const out: Json = {
      id: n.id,
      kind: kind ?? rawType,
      label: n.label ?? (kind ? COMPONENTS[kind].name : rawType),
      zoneId: zone,
      position: { x: Number(n.x ?? 0), y: Number(n.y ?? 0) },
      replicas: n.replicas ?? 1,
    };
    if (kind === "llm" || kind === "embeddings") {
      out.serving =
        kind === "llm"
          ? { hardware: "h100-sxm", devices: 2, model: "llama-3.3-70b", precision: "fp8", framework: "vllm" }
          : {
              hardware: "l4",
              devices: 1,
              model: "e5-mistral-7b-instruct",
              precision: "bf16",
              framework: "vllm",
            };
    }
    if (kind === "cloud-llm") out.cloud = { provider: "openai", model: "openai-gpt-4.1", purpose: "llm" };
    return out;
  });
  const edges = edgesV1.map((e, i) => ({
    id: e.id ?? `e${i + 1}`,
    source: e.from ?? e.source,
    target: e.to ?? e.target,
    port: e.port ?? defaultPortFor(nodes, String(e.to ?? e.target)),
  }));
  const zones = ZONE_KINDS.filter((z) => usedZones.has(z)).map((z, i) => ({
    id: z,
    kind: z,
    label: ZONES[z].name,
    cidr: ZONES[z].defaultCidr,
    position: { x: i * 460, y: 0 },
  }));
  const workload: Json = {};
  if (typeof doc.users === "number") workload.users = doc.users;
  return {
    schemaVersion: 2,
    metadata: {
      name: doc.name ?? "Untitled plan",
      description: doc.description ?? "",
      environment: doc.environment ?? "production",
    },
    workload,
    zones,
    nodes,
    edges,
  };
}

function defaultPortFor(nodes: Json[], targetId: string): number {
  const target = nodes.find((n) => n.id === targetId);
  const kind = target?.kind as ComponentKind | undefined;
  return (kind && COMPONENTS[kind]?.ports[0]?.port) || 80;
}
