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
} satisfies Record<string, FieldMeta>;
