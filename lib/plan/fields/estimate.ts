import { SERVING_FIELDS } from "./node";
import type { FieldMeta } from "./registry";

/**
 * Field registry of the estimate request (`stackplan estimate`, `POST /api/estimate`; attached in
 * lib/engine/llm/estimate-schema.ts). The CLI derives its flags, defaults, bounds and help from these and the schema.
 * Shared meanings reuse the serving fields of a plan node.
 */

const t = (en: string, fr: string) => ({ en, fr });

export const ESTIMATE_FIELDS = {
  model: {
    label: t("Model", "Modèle"),
    help: t(
      "Model id (stackplan catalog lists them), or a custom architecture in JSON input",
      "Identifiant du modèle (stackplan catalog les liste), ou une architecture personnalisée en entrée JSON",
    ),
    example: "llama-3.3-70b",
  },
  hardware: {
    ...SERVING_FIELDS.hardware,
    help: t(
      "One accelerator or one Apple chip, or custom specs in JSON input",
      "Un accélérateur ou une puce Apple, ou des caractéristiques personnalisées en entrée JSON",
    ),
  },
  devices: SERVING_FIELDS.devices,
  devicesPerNode: SERVING_FIELDS.devicesPerNode,
  interconnect: SERVING_FIELDS.interconnect,
  product: {
    ...SERVING_FIELDS.product,
    help: t(
      "Catalog server the devices sit in: its GPU-to-GPU link (NVLink, NVLink-bridged pairs, PCIe) carries tensor parallelism",
      "Serveur du catalogue qui porte les équipements : son lien entre GPU (NVLink, paires NVLink bridge, PCIe) porte le parallélisme tensoriel",
    ),
    empty: t("None (the hardware’s own link)", "Aucun (le lien propre au matériel)"),
  },
  intraNodeInterconnect: {
    label: t("Interconnect between GPUs", "Interconnexion entre GPU"),
    help: t(
      "GPU-to-GPU link inside a server (nvlink, nvlink-bridge, pcie-gen5, pcie); overrides the product’s",
      "Lien entre GPU d’un même serveur (nvlink, nvlink-bridge, pcie-gen5, pcie) ; remplace celui du produit",
    ),
    empty: t("The product’s, else the hardware’s", "Celle du produit, sinon celle du matériel"),
    example: "pcie-gen5",
  },
  replicas: {
    label: t("Replicas", "Réplicas"),
    help: t("Data-parallel copies of the instance", "Copies de l’instance en parallèle de données"),
    unit: "replica",
  },
  precision: {
    ...SERVING_FIELDS.precision,
    empty: t("The model’s published precision", "La précision publiée du modèle"),
  },
  kvPrecision: {
    ...SERVING_FIELDS.kvPrecision,
    empty: t("fp16, or bf16 where supported", "fp16, ou bf16 là où il est pris en charge"),
  },
  framework: {
    label: SERVING_FIELDS.framework.label,
    help: t(
      "Serving framework: vllm, sglang, tensorrt-llm, tgi, nim, llama.cpp, ollama, mlx, exo",
      "Framework de service : vllm, sglang, tensorrt-llm, tgi, nim, llama.cpp, ollama, mlx, exo",
    ),
    empty: t("vllm on NVIDIA, llama.cpp on Apple", "vllm sur NVIDIA, llama.cpp sur Apple"),
  },
  concurrency: {
    label: SERVING_FIELDS.concurrency.label,
    help: t(
      'Concurrent sequences per replica, or "max" (the most the memory allows)',
      "Séquences simultanées par réplica, ou « max » (le maximum permis par la mémoire)",
    ),
    unit: "sequence",
  },
  inputTokens: {
    label: t("Input tokens", "Jetons en entrée"),
    help: t("Prompt tokens per request", "Jetons du prompt par requête"),
    unit: "token",
  },
  outputTokens: {
    label: t("Output tokens", "Jetons générés"),
    help: t(
      "Generated tokens per request (0 for embeddings)",
      "Jetons générés par requête (0 pour les embeddings)",
    ),
    unit: "token",
  },
  memoryGb: SERVING_FIELDS.memoryGb,
  requestRatePerSecond: {
    label: t("Request rate", "Débit de requêtes"),
    help: t(
      "Arrival rate of requests for all replicas together, req/s (instead of concurrency: the engine solves the operating point)",
      "Débit d’arrivée des requêtes pour tous les réplicas, req/s (au lieu de la concurrence : le moteur résout le point de fonctionnement)",
    ),
    unit: "requestsPerSecond",
    example: 6,
  },
  arrivalProcess: {
    label: t("Arrival process", "Processus d’arrivée"),
    help: t(
      "How requests arrive: poisson (independent users) or constant (a load generator at a fixed rate)",
      "Comment arrivent les requêtes : poisson (utilisateurs indépendants) ou constant (générateur à débit fixe)",
    ),
    options: {
      poisson: { label: t("Poisson", "Poisson") },
      constant: { label: t("Constant rate", "Débit constant") },
    },
  },
  maxNumSeqs: {
    label: t("Max sequences per step", "Séquences max par pas"),
    help: t(
      "Sequences the scheduler runs at once (vLLM --max-num-seqs)",
      "Séquences que l’ordonnanceur traite à la fois (vLLM --max-num-seqs)",
    ),
    unit: "sequence",
    empty: t("The framework’s default", "La valeur par défaut du framework"),
  },
  maxBatchedTokens: {
    label: t("Token budget per step", "Budget de jetons par pas"),
    help: t(
      "Decode tokens + prefill chunk one step may hold (vLLM --max-num-batched-tokens)",
      "Jetons de décodage + morceau de préremplissage par pas (vLLM --max-num-batched-tokens)",
    ),
    unit: "token",
    empty: t("The framework’s default", "La valeur par défaut du framework"),
  },
  gpuMemoryUtilization: {
    label: t("GPU memory utilisation", "Utilisation de la mémoire GPU"),
    help: t(
      "Share of device memory the framework claims (vLLM --gpu-memory-utilization)",
      "Part de la mémoire de l’accélérateur réservée par le framework (vLLM --gpu-memory-utilization)",
    ),
    unit: "share",
    empty: t("The framework’s default", "La valeur par défaut du framework"),
  },
  cpuKvOffload: {
    label: t("CPU KV offload", "Déchargement KV vers le CPU"),
    help: t(
      "KV blocks spill to host memory instead of being recomputed when the cache is full (true/false)",
      "Les blocs KV débordent en mémoire hôte au lieu d’être recalculés quand le cache est plein (true/false)",
    ),
    empty: t("Off", "Désactivé"),
  },
  prefixCacheHitRatio: {
    label: t("Prefix-cache hit ratio", "Taux de succès du cache de préfixes"),
    help: t(
      "Share of each prompt already in the prefix cache (shared system prompts); its prefill is skipped",
      "Part de chaque prompt déjà dans le cache de préfixes (prompts système partagés) ; son préremplissage est évité",
    ),
    unit: "share",
    empty: t("0 (no prefix caching)", "0 (pas de cache de préfixes)"),
  },
  sharedPrefixTokens: {
    label: t("Shared prefix", "Préfixe partagé"),
    help: t(
      "Leading prompt tokens every request shares (a RAG system prompt), served from the prefix cache",
      "Jetons de tête communs à toutes les requêtes (prompt système RAG), servis par le cache de préfixes",
    ),
    unit: "token",
    empty: t("None", "Aucun"),
  },
  speculativeMethod: {
    label: t("Speculative decoding", "Décodage spéculatif"),
    help: t(
      "draft (small model), eagle, mtp or ngram; where the framework supports it",
      "draft (petit modèle), eagle, mtp ou ngram ; là où le framework le permet",
    ),
    empty: t("Off", "Désactivé"),
  },
  draftTokens: {
    label: t("Draft tokens per step", "Jetons proposés par pas"),
    help: t("Tokens proposed per step for verification", "Jetons proposés par pas pour vérification"),
    unit: "token",
  },
  draftAcceptanceRate: {
    label: t("Draft acceptance rate", "Taux d’acceptation des propositions"),
    help: t("Probability each proposed token is accepted", "Probabilité qu’un jeton proposé soit accepté"),
    unit: "share",
  },
} satisfies Record<string, FieldMeta>;
