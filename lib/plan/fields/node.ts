import type { FieldMeta } from "./registry";

/**
 * Field registry of the canvas elements: nodes (with their resources, autoscaling, serving and cloud settings),
 * edges and zones (attached in ../node-schema.ts). The estimate request reuses the serving fields.
 */

const t = (en: string, fr: string) => ({ en, fr });

export const RESOURCE_FIELDS = {
  cpuCores: { label: t("CPU cores per replica", "Cœurs CPU par réplica"), unit: "core" },
  memoryGb: { label: t("Memory per replica", "Mémoire par réplica"), unit: "gb" },
  storageGb: {
    label: t("Storage per replica", "Stockage par réplica"),
    help: t("Persistent storage", "Stockage persistant"),
    unit: "gb",
  },
} satisfies Record<string, FieldMeta>;

export const AUTOSCALE_FIELDS = {
  minReplicas: { label: t("Minimum replicas", "Réplicas minimum"), unit: "replica" },
  maxReplicas: { label: t("Maximum replicas", "Réplicas maximum"), unit: "replica" },
  targetCpuPct: { label: t("Target CPU utilisation", "Utilisation CPU visée"), unit: "percent" },
} satisfies Record<string, FieldMeta>;

export const GPU_FIELDS = {
  hardware: { label: t("OCR GPU", "GPU d’OCR") },
  perReplica: { label: t("GPUs per replica", "GPU par réplica"), unit: "device" },
} satisfies Record<string, FieldMeta>;

export const NODE_FIELDS = {
  label: { label: t("Name", "Nom") },
  zoneId: {
    label: t("Zone", "Zone"),
    help: t(
      "Moving it into a zone places it in the zone’s first free slot.",
      "Le placer dans une zone le met au premier emplacement libre de la zone.",
    ),
    empty: t("Outside every zone", "Hors de toute zone"),
  },
  replicas: {
    label: t("Replicas", "Réplicas"),
    help: t(
      "Pods, cluster members or data-parallel copies",
      "Pods, membres d’un cluster ou copies en parallèle de données",
    ),
    unit: "replica",
  },
  autoscale: { label: t("Autoscale (Kubernetes HPA)", "Mise à l’échelle automatique (HPA Kubernetes)") },
  resources: {
    label: t("Resources per replica", "Ressources par réplica"),
    help: t(
      "Empty: the sizing model’s recommendation for the plan’s users.",
      "Vide : la recommandation du modèle de dimensionnement pour les utilisateurs du plan.",
    ),
    empty: t("Sized by the model", "Dimensionné par le modèle"),
  },
  gpu: {
    label: t("GPUs for OCR", "GPU pour l’OCR"),
    help: t(
      "GPUs for a non-serving component (Odin OCR)",
      "GPU d’un composant qui ne sert pas de modèle (OCR Odin)",
    ),
  },
  serving: { label: t("Serving", "Service du modèle") },
  cloud: { label: t("Cloud provider", "Fournisseur cloud") },
  notes: { label: t("Notes", "Notes") },
} satisfies Record<string, FieldMeta>;

export const SERVING_FIELDS = {
  product: {
    label: t("Server / machine", "Serveur / machine"),
    help: t(
      "Sets the accelerator, devices per server and memory option.",
      "Fixe l’accélérateur, le nombre d’équipements par serveur et l’option mémoire.",
    ),
    empty: t("None (hardware chosen directly)", "Aucun (matériel choisi directement)"),
    example: "hgx-h100-8",
  },
  hardware: {
    label: t("Hardware", "Matériel"),
    help: t("One accelerator or one Apple chip", "Un accélérateur ou une puce Apple"),
    example: "h100-sxm",
  },
  devices: {
    label: t("Devices per instance (GPUs or Macs)", "Équipements par instance (GPU ou Mac)"),
    help: t(
      "Accelerators (or Macs) one model instance spans, tensor or pipeline parallel",
      "Accélérateurs (ou Mac) sur lesquels s’étend une instance du modèle, en parallélisme tensoriel ou en pipeline",
    ),
    unit: "device",
  },
  devicesPerNode: {
    label: t("Devices per server", "Équipements par serveur"),
    help: t(
      "Devices per server; more devices span servers",
      "Équipements par serveur ; au-delà, l’instance s’étend sur plusieurs serveurs",
    ),
    unit: "device",
    empty: t("All in one server", "Tous dans un serveur"),
  },
  interconnect: {
    label: t("Interconnect between servers", "Interconnexion entre serveurs"),
    help: t(
      "Fabric between servers when an instance spans several",
      "Réseau entre serveurs quand une instance en occupe plusieurs",
    ),
    empty: t("Default for the hardware", "Celle du matériel par défaut"),
    example: "infiniband-400g",
  },
  memoryGb: {
    label: t("Unified memory per machine", "Mémoire unifiée par machine"),
    help: t("Memory per device override (Apple options)", "Mémoire par équipement imposée (options Apple)"),
    unit: "gb",
    example: 256,
  },
  model: { label: t("Model", "Modèle"), example: "llama-3.3-70b" },
  precision: {
    label: t("Weight precision", "Précision des poids"),
    help: t(
      "Weight precision: bf16, fp8, int4, q4_k_m, …",
      "Précision des poids : bf16, fp8, int4, q4_k_m, …",
    ),
    example: "fp8",
  },
  kvPrecision: {
    label: t("KV-cache precision", "Précision du cache KV"),
    empty: t("Default (fp16/bf16)", "Par défaut (fp16/bf16)"),
    example: "fp8",
  },
  framework: {
    label: t("Serving framework", "Framework de service"),
    help: t(
      "Changing it may adjust the precision to one the framework can load.",
      "En changer peut ajuster la précision à une que le framework sait charger.",
    ),
    example: "vllm",
  },
  concurrency: {
    label: t("Concurrent sequences per replica", "Séquences simultanées par réplica"),
    unit: "sequence",
    empty: t("The most the SLOs allow", "Le maximum permis par les SLO"),
    options: {
      max: {
        label: t(
          "Run at the maximum concurrency the memory allows",
          "Tourner à la concurrence maximale permise par la mémoire",
        ),
      },
    },
  },
  trafficSharePct: {
    label: t("Share of the traffic", "Part du trafic"),
    unit: "percent",
    empty: t("Split evenly", "Répartie également"),
  },
} satisfies Record<string, FieldMeta>;

export const CLOUD_FIELDS = {
  provider: {
    label: t("Provider", "Fournisseur"),
    options: {
      openai: { label: t("OpenAI", "OpenAI") },
      "azure-openai": { label: t("Azure OpenAI", "Azure OpenAI") },
      anthropic: { label: t("Anthropic", "Anthropic") },
      together: { label: t("Together AI (open-weight models)", "Together AI (modèles ouverts)") },
      deepinfra: { label: t("DeepInfra (open-weight models)", "DeepInfra (modèles ouverts)") },
    },
  },
  model: { label: t("Model", "Modèle"), example: "openai-gpt-4.1" },
  purpose: {
    label: t("Purpose", "Usage"),
    options: {
      llm: { label: t("Generation (LLM)", "Génération (LLM)") },
      embeddings: { label: t("Embeddings", "Embeddings") },
    },
  },
  role: {
    label: t("Role", "Rôle"),
    options: {
      primary: { label: t("Primary", "Principal") },
      fallback: { label: t("Fallback (overflow share only)", "Secours (débordement uniquement)") },
    },
  },
  trafficSharePct: SERVING_FIELDS.trafficSharePct,
} satisfies Record<string, FieldMeta>;

export const EDGE_FIELDS = {
  port: { label: t("Port", "Port"), unit: "count" },
  linkClass: { label: t("Link class", "Classe de lien") },
  latencyMs: {
    label: t("Latency override", "Latence imposée"),
    help: t(
      "Measured or expected round trip; empty uses the link class.",
      "Aller-retour mesuré ou attendu ; vide, la classe de lien s’applique.",
    ),
    unit: "ms",
  },
  note: { label: t("Note", "Note") },
} satisfies Record<string, FieldMeta>;

export const ZONE_FIELDS = {
  kind: { label: t("Kind", "Type") },
  label: { label: t("Name", "Nom") },
  cidr: { label: t("Subnet (CIDR)", "Sous-réseau (CIDR)") },
} satisfies Record<string, FieldMeta>;

export const POSITION_FIELDS = {
  x: { label: t("X", "X"), unit: "px" },
  y: { label: t("Y", "Y"), unit: "px" },
} satisfies Record<string, FieldMeta>;

export const SIZE_FIELDS = {
  width: { label: t("Width", "Largeur"), unit: "px" },
  height: { label: t("Height", "Hauteur"), unit: "px" },
} satisfies Record<string, FieldMeta>;
