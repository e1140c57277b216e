import type { FieldMeta } from "./registry";

/** Field registry of the plan's metadata and the advisor's constraints (attached in ../plan-schema.ts). */

const t = (en: string, fr: string) => ({ en, fr });
const NO_LIMIT = t("No limit", "Aucune limite");

export const METADATA_FIELDS = {
  name: { label: t("Plan name", "Nom du plan") },
  description: { label: t("Description", "Description") },
  environment: {
    label: t("Environment", "Environnement"),
    options: {
      dev: { label: t("Development", "Développement") },
      staging: { label: t("Staging", "Préproduction") },
      production: { label: t("Production", "Production") },
    },
  },
  namespacePrefix: {
    label: t("Namespace prefix", "Préfixe des espaces de noms"),
    help: t(
      "Kubernetes namespaces are <prefix>-prod, <prefix>-ai, …",
      "Les espaces de noms Kubernetes sont <préfixe>-prod, <préfixe>-ai, …",
    ),
  },
  kubernetesVersion: { label: t("Kubernetes version", "Version de Kubernetes") },
  currency: {
    label: t("Display currency", "Devise d’affichage"),
    options: {
      USD: { label: t("US dollar (USD)", "Dollar américain (USD)") },
      EUR: { label: t("Euro (EUR)", "Euro (EUR)") },
      GBP: { label: t("Pound sterling (GBP)", "Livre sterling (GBP)") },
      CHF: { label: t("Swiss franc (CHF)", "Franc suisse (CHF)") },
    },
  },
  usdToCurrencyRate: {
    label: t("Exchange rate", "Taux de change"),
    help: t(
      "Display currency per USD (costs are computed in USD and converted with this rate)",
      "Devise d’affichage pour 1 USD (les coûts sont calculés en USD puis convertis à ce taux)",
    ),
    unit: "count",
    step: 0.0001,
  },
  exchangeRateAsOf: {
    label: t("Exchange rate date", "Date du taux de change"),
    help: t("The day the rate was published (YYYY-MM-DD)", "Le jour de publication du taux (AAAA-MM-JJ)"),
  },
  language: {
    label: t("Document language", "Langue des documents"),
    help: t(
      "Language of the report, the proposal and the customer view; empty: the reader's",
      "Langue du rapport, de la proposition et de la vue client ; vide : celle du lecteur",
    ),
    empty: t("Reader's language", "Langue du lecteur"),
    options: {
      en: { label: t("English", "English") },
      fr: { label: t("French", "Français") },
    },
  },
  templateId: {
    label: t("Template", "Modèle de départ"),
    help: t("Template the plan started from", "Modèle dont le plan est parti"),
  },
} satisfies Record<string, FieldMeta>;

export const CONSTRAINT_FIELDS = {
  dataOnPremises: {
    label: t("Data stays on premises", "Les données restent sur site"),
    help: t(
      "No cloud LLM or embedding API (GDPR / HIPAA, reference §3)",
      "Aucune API cloud de LLM ou d’embedding (RGPD / HIPAA, référence §3)",
    ),
  },
  allowedHardwareFamilies: {
    label: t("Allowed hardware families", "Familles de matériel autorisées"),
    options: {
      nvidia: {
        label: t("NVIDIA GPUs", "GPU NVIDIA"),
        help: t("H100, H200, B200, A100, L40S, L4…", "H100, H200, B200, A100, L40S, L4…"),
      },
      apple: {
        label: t("Apple Silicon (Mac Studio / Mac mini)", "Apple Silicon (Mac Studio / Mac mini)"),
        help: t(
          "Proposed in production only when it is the only family allowed, up to 500 users (reference §3)",
          "Proposé en production seulement s’il est la seule famille autorisée, jusqu’à 500 utilisateurs (référence §3)",
        ),
      },
      cpu: {
        label: t("CPU only", "CPU uniquement"),
        help: t("Never proposed for LLM serving", "Jamais proposé pour servir un LLM"),
      },
    },
  },
  maxMonthlyUsd: {
    label: t("Monthly budget", "Budget mensuel"),
    help: t("Whole plan, with CAPEX amortised", "Plan entier, CAPEX amorti"),
    unit: "usdPerMonth",
    empty: NO_LIMIT,
    example: 20_000,
    step: 100,
  },
  capexCapUsd: {
    label: t("CAPEX cap", "Plafond de CAPEX"),
    help: t("Hardware bought up front", "Matériel acheté d’emblée"),
    unit: "usd",
    empty: NO_LIMIT,
    example: 500_000,
    step: 1000,
  },
  maxPowerW: {
    label: t("Maximum power", "Puissance maximale"),
    help: t("Whole plan at typical load", "Plan entier en charge typique"),
    unit: "watts",
    empty: NO_LIMIT,
    example: 20_000,
    step: 100,
  },
  maxRackUnits: {
    label: t("Maximum rack space", "Espace en baie maximal"),
    help: t("Whole plan", "Plan entier"),
    unit: "rackUnits",
    empty: NO_LIMIT,
    example: 42,
  },
  minModelParamsB: {
    label: t("Minimum model size", "Taille minimale du modèle"),
    help: t(
      "The reference advises ≥ 70 B for enterprise reasoning",
      "La référence conseille ≥ 70 B pour le raisonnement en entreprise",
    ),
    unit: "billionParams",
    empty: t("Any size", "Toute taille"),
    example: 70,
  },
  allowedModels: {
    label: t("Allowed models", "Modèles autorisés"),
    help: t("Only these models are considered", "Seuls ces modèles sont envisagés"),
    empty: t("The plan’s own models", "Les modèles du plan"),
  },
  precisionFloor: {
    label: t("Precision floor", "Précision minimale"),
    help: t(
      "Lowest acceptable precision: FP8 rules out 4-bit formats",
      "Précision la plus basse acceptée : FP8 exclut les formats 4 bits",
    ),
    empty: t("No floor (any precision)", "Aucun plancher (toute précision)"),
  },
  modelSwap: {
    label: t("Model swap", "Changement de modèle"),
    help: t(
      "Whether the advisor may propose another LLM than the plan's",
      "Si le conseiller peut proposer un autre LLM que celui du plan",
    ),
    empty: t("Any model", "Tout modèle"),
    options: {
      any: { label: t("Any model", "Tout modèle") },
      "same-class": {
        label: t("Same quality class or better", "Même classe de qualité ou mieux"),
        help: t(
          "Small < large (30–200 B, GPT-4.1 mini) < frontier (GPT-4.1, ≥ 200 B)",
          "Petit < grand (30–200 B, GPT-4.1 mini) < frontière (GPT-4.1, ≥ 200 B)",
        ),
      },
      "same-model": { label: t("The plan's model only", "Le modèle du plan uniquement") },
    },
  },
  costBasis: {
    label: t("Rank options by", "Classer les options par"),
    empty: t("Monthly cost", "Coût mensuel"),
    options: {
      monthly: {
        label: t("Monthly cost", "Coût mensuel"),
        help: t("Run cost with CAPEX amortised", "Coût d’exploitation avec CAPEX amorti"),
      },
      horizon: {
        label: t("TCO over the horizon", "TCO sur l’horizon"),
        help: t("Every month's cash, purchases included", "Trésorerie de chaque mois, achats compris"),
      },
    },
  },
} satisfies Record<string, FieldMeta>;
