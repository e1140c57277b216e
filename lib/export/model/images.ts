/**
 * Container images of the third-party components, at the versions the reference platform asks for (§1: PostgreSQL
 * 17, ChromaDB ≥ 1.0.6, Meilisearch ≥ 1.13.3, Redis ≥ 7.4) or a current release of the add-on. Pin them to digests
 * approved in your registry before production; the README lists them.
 */
export const IMAGES = {
  postgres: "postgres:17.6",
  chroma: "chromadb/chroma:1.0.6",
  meili: "getmeili/meilisearch:v1.13.3",
  redis: "redis:7.4",
  minio: "minio/minio:RELEASE.2025-04-22T22-12-26Z",
  prometheus: "prom/prometheus:v2.55.1",
  grafana: "grafana/grafana:11.4.0",
  postgresExporter: "quay.io/prometheuscommunity/postgres-exporter:v0.16.0",
  redisExporter: "oliver006/redis_exporter:v1.67.0",
  /** CloudNativePG's PostgreSQL 17 operand image (the operator's own images come with its install manifest). */
  cnpgPostgres: "ghcr.io/cloudnative-pg/postgresql:17.6",
  /** OT-Container-Kit's Redis and Sentinel images (the operator's entrypoints need them). */
  redisOperator: "quay.io/opstree/redis:v8.2.5",
  redisSentinel: "quay.io/opstree/redis-sentinel:v8.2.5",
  dcgmExporter: "nvcr.io/nvidia/k8s/dcgm-exporter:4.5.3-4.8.2-distroless",
} as const;

/** Tag of the platform's own images (API, frontend, Odin): the vendor ships them, so the bundle cannot know it. */
export const PLATFORM_TAG = "REPLACE-ME";

/** Repository of one of the platform's own images; overlays rewrite it with kustomize `images:`. */
export function platformImageRepository(prefix: string, component: string): string {
  return `registry.example.com/${prefix}/${component}`;
}

/**
 * GPU Feature Discovery's `nvidia.com/gpu.product` label per catalog GPU (the NVIDIA GPU Operator of §7 sets it on
 * every GPU node). Check yours with `kubectl get nodes -L nvidia.com/gpu.product`.
 */
export const GPU_PRODUCT_LABELS: Record<string, string> = {
  "h100-sxm": "NVIDIA-H100-80GB-HBM3",
  "h100-pcie": "NVIDIA-H100-PCIe",
  // nvidia-smi names the card "NVIDIA H100 NVL"; GFD labels nodes with it, spaces as dashes.
  "h100-nvl": "NVIDIA-H100-NVL",
  "h200-sxm": "NVIDIA-H200",
  b200: "NVIDIA-B200",
  "a100-sxm-80gb": "NVIDIA-A100-SXM4-80GB",
  "a100-pcie-80gb": "NVIDIA-A100-80GB-PCIe",
  "a100-40gb": "NVIDIA-A100-SXM4-40GB",
  l40s: "NVIDIA-L40S",
  a40: "NVIDIA-A40",
  l4: "NVIDIA-L4",
  t4: "Tesla-T4",
};
