import type { FieldMeta } from "./registry";

/**
 * Field registry of the plan's workload, service levels and cost assumptions (attached in ../workload-schema.ts).
 * Labels name the quantity without its unit; the unit (./units.ts) adds its symbol where the label is shown.
 */

const t = (en: string, fr: string) => ({ en, fr });

export const WORKLOAD_FIELDS = {
  users: {
    label: t("Users", "Utilisateurs"),
    help: t("Total named users", "Nombre total d’utilisateurs nommés"),
    unit: "user",
    slider: { scale: "log", max: 1_000_000 },
  },
  activeShareAtPeak: {
    label: t("Active share at peak", "Part active à la pointe"),
    help: t(
      "Share of users active in the peak hour",
      "Part des utilisateurs actifs pendant l’heure de pointe",
    ),
    basis: "planner",
    unit: "share",
    slider: { scale: "log" },
    step: 0.01,
    decimals: 1,
  },
  requestsPerActiveUserPerMinute: {
    label: t("Requests per active user", "Requêtes par utilisateur actif"),
    help: t(
      "Chat or RAG requests per active user per minute",
      "Requêtes de chat ou RAG par utilisateur actif et par minute",
    ),
    basis: "planner",
    unit: "perMinute",
    slider: { scale: "log", logOffset: 0.1 },
    step: 0.1,
    decimals: 2,
  },
  promptTokens: {
    label: t("Prompt + context tokens", "Jetons de prompt + contexte"),
    help: t(
      "Prompt tokens per request, retrieved context included",
      "Jetons du prompt par requête, contexte récupéré compris",
    ),
    basis: "planner",
    unit: "token",
    slider: { scale: "log" },
  },
  outputTokens: {
    label: t("Output tokens", "Jetons générés"),
    help: t("Generated tokens per request", "Jetons générés par requête"),
    basis: "planner",
    unit: "token",
    slider: { scale: "log" },
  },
  embeddingCallsPerRequest: {
    label: t("Query embeddings per request", "Vectorisations par requête"),
    help: t("Embedding calls made for each request", "Appels d’embedding faits pour chaque requête"),
    unit: "count",
  },
  queryEmbeddingTokens: {
    label: t("Tokens per query embedding", "Jetons par vectorisation de requête"),
    help: t(
      "The user’s question, embedded for retrieval",
      "La question de l’utilisateur, vectorisée pour la recherche",
    ),
    basis: "planner",
    unit: "token",
  },
  busyHoursPerDay: {
    label: t("Busy time per day", "Durée chargée par jour"),
    help: t(
      "Hours per working day at peak-hour traffic; turns peak rates into monthly volumes",
      "Heures par jour ouvré au trafic de l’heure de pointe ; convertit les débits de pointe en volumes mensuels",
    ),
    basis: "planner",
    unit: "hours",
  },
  workingDaysPerMonth: {
    label: t("Working days per month", "Jours ouvrés par mois"),
    basis: "planner",
    unit: "count",
  },
  documentsPerUser: {
    label: t("Documents per user", "Documents par utilisateur"),
    help: t("Documents stored per user", "Documents stockés par utilisateur"),
    basis: "§5",
    unit: "document",
    slider: { scale: "log", logOffset: 1 },
    decimals: 1,
  },
  averageDocumentSizeMb: {
    label: t("Average document size", "Taille moyenne d’un document"),
    help: t("Average file size", "Taille moyenne d’un fichier"),
    basis: "§5",
    unit: "mb",
  },
  pagesPerDocument: {
    label: t("Pages per document", "Pages par document"),
    basis: "planner",
    unit: "page",
  },
  tokensPerPage: {
    label: t("Tokens per page", "Jetons par page"),
    help: t("Text tokens per page", "Jetons de texte par page"),
    basis: "planner",
    unit: "token",
  },
  chunkSizeTokens: {
    label: t("Tokens per chunk", "Jetons par fragment"),
    help: t("Chunk size for retrieval", "Taille des fragments pour la recherche"),
    unit: "token",
  },
  chunkOverlapTokens: {
    label: t("Overlap between chunks", "Chevauchement entre fragments"),
    help: t("Tokens two neighbouring chunks share", "Jetons communs à deux fragments voisins"),
    unit: "token",
  },
  embeddingDimensions: {
    label: t("Embedding dimensions", "Dimensions des vecteurs"),
    help: t("Vector width stored per chunk", "Largeur du vecteur stocké par fragment"),
    unit: "count",
  },
  reindexPerYear: {
    label: t("Full re-indexings", "Réindexations complètes"),
    help: t("Full re-embeddings of the corpus per year", "Re-vectorisations complètes du corpus par an"),
    unit: "perYear",
  },
  yearlyGrowthPct: {
    label: t("Yearly growth", "Croissance annuelle"),
    help: t("Yearly growth of users and documents", "Croissance annuelle des utilisateurs et des documents"),
    unit: "percent",
    slider: { scale: "log", logOffset: 1 },
    decimals: 1,
  },
  horizonMonths: {
    label: t("Planning horizon", "Horizon de planification"),
    help: t("At most 5 years", "5 ans au plus"),
    unit: "months",
    slider: { scale: "linear" },
  },
  backupRetentionDays: {
    label: t("Backup retention", "Rétention des sauvegardes"),
    basis: "§5",
    unit: "days",
  },
  logsGbPerMonth: {
    label: t("Logs at 1,000 users", "Journaux pour 1 000 utilisateurs"),
    help: t(
      "Logs written per month at 1,000 users (they scale with the users)",
      "Journaux écrits par mois pour 1 000 utilisateurs (proportionnels au nombre d’utilisateurs)",
    ),
    basis: "§5",
    unit: "gbPerMonth",
  },
} satisfies Record<string, FieldMeta>;

export const SLO_FIELDS = {
  minTokensPerSecondPerUser: {
    label: t("Min. speed per user", "Vitesse min. par utilisateur"),
    help: t(
      "Minimum decode speed each user sees, per stream",
      "Vitesse de décodage minimale vue par chaque utilisateur, par flux",
    ),
    unit: "tokensPerSecond",
    slider: { scale: "log" },
    decimals: 1,
  },
  maxTtftMs: {
    label: t("Max. time to first token", "Délai max. avant le premier jeton"),
    help: t("Maximum time to first token at peak", "Délai maximal avant le premier jeton à la pointe"),
    unit: "ms",
    slider: { scale: "log" },
  },
  availabilityPct: {
    label: t("Availability target", "Objectif de disponibilité"),
    unit: "percent",
    slider: { scale: "nines" },
    step: 0.01,
    decimals: 4,
  },
  rpoMinutes: {
    label: t("Recovery point objective", "Objectif de point de reprise (RPO)"),
    help: t(
      "Data loss tolerated (RPO), at most 15 minutes in §5",
      "Perte de données tolérée (RPO), 15 minutes au plus au §5",
    ),
    basis: "§5",
    unit: "minutes",
  },
  maxIngestionDays: {
    label: t("Initial indexing within", "Indexation initiale en moins de"),
    help: t(
      "Longest acceptable time to embed the existing documents on the embedding servers (default 7 days)",
      "Durée maximale acceptable pour encoder les documents existants sur les serveurs d'embedding (7 jours par défaut)",
    ),
    unit: "days",
  },
  rtoHours: {
    label: t("Recovery time objective", "Objectif de temps de reprise (RTO)"),
    help: t(
      "Time to restore service (RTO), at most 4 hours in §5",
      "Temps de rétablissement du service (RTO), 4 heures au plus au §5",
    ),
    basis: "§5",
    unit: "hours",
  },
  backupBandwidthGbps: {
    label: t("Restore bandwidth", "Débit de restauration"),
    help: t(
      "Network bandwidth available to restore backups (the reference asks 1 Gbit/s or more)",
      "Débit réseau disponible pour restaurer les sauvegardes (la référence demande 1 Gbit/s ou plus)",
    ),
    basis: "planner",
    unit: "gbitPerSecond",
  },
} satisfies Record<string, FieldMeta>;

export const STORAGE_PRICE_FIELDS = {
  nvme: { label: t("NVMe", "NVMe"), unit: "usdPerTbMonth" },
  ssd: { label: t("SSD", "SSD"), unit: "usdPerTbMonth" },
  hdd: { label: t("HDD", "HDD"), unit: "usdPerTbMonth" },
} satisfies Record<string, FieldMeta>;

export const COST_FIELDS = {
  pricesAsOf: {
    label: t("Prices checked on", "Prix vérifiés le"),
    help: t("Date the prices were checked (YYYY-MM-DD)", "Date de vérification des prix (AAAA-MM-JJ)"),
  },
  hardwarePriceOverridesUsd: {
    label: t("Hardware price overrides", "Prix de matériel remplacés"),
    help: t(
      "Unit price by product or hardware id, USD",
      "Prix unitaire par identifiant de produit ou de matériel, USD",
    ),
  },
  cloudPriceOverrides: {
    label: t("Cloud model price overrides", "Prix de modèles cloud remplacés"),
    help: t(
      "USD per million tokens, by cloud model id",
      "USD par million de jetons, par identifiant de modèle cloud",
    ),
  },
  gpuRentalOverridesUsdPerHour: {
    label: t("GPU rental price overrides", "Prix de location de GPU remplacés"),
    help: t("USD per GPU-hour, by hardware id", "USD par heure de GPU, par identifiant de matériel"),
  },
  cloudBaselines: {
    label: t("Cloud baselines compared", "Références cloud comparées"),
    help: t(
      "What the plan's cost is compared with; prices are the catalog's, overridable above",
      "Ce à quoi le coût du plan est comparé ; prix du catalogue, remplaçables ci-dessus",
    ),
    options: {
      "premium-api": { label: t("Premium API (GPT-4.1 class)", "API premium (classe GPT-4.1)") },
      "small-api": { label: t("Small API (GPT-4o mini class)", "API compacte (classe GPT-4o mini)") },
      "open-weight-api": {
        label: t("Hosted API of the same open model", "API hébergée du même modèle ouvert"),
      },
      "gpu-rental": {
        label: t("GPU rental (same GPUs, per hour)", "Location de GPU (mêmes GPU, à l'heure)"),
      },
    },
  },
  rackPowerKw: {
    label: t("Power per rack", "Puissance par baie"),
    unit: "kw",
    step: 1,
    help: t(
      "Power feed of one rack, kW (default 15: the common air-cooled ceiling, Schneider Electric WP 156)",
      "Alimentation d'une baie, kW (15 par défaut : plafond courant en refroidissement par air, Schneider Electric WP 156)",
    ),
  },
  coolingClass: {
    label: t("Rack cooling", "Refroidissement des baies"),
    options: {
      air: { label: t("Room air (≤ 15 kW per rack)", "Air ambiant (≤ 15 kW par baie)") },
      "rear-door": {
        label: t(
          "Rear-door heat exchanger (≤ 40 kW per rack)",
          "Échangeur en porte arrière (≤ 40 kW par baie)",
        ),
      },
      liquid: {
        label: t("Direct-to-chip liquid (≤ 100 kW per rack)", "Liquide direct sur puce (≤ 100 kW par baie)"),
      },
    },
  },
  powerUsdPerKwh: {
    label: t("Electricity", "Électricité"),
    unit: "usdPerKwh",
    step: 0.01,
  },
  pue: {
    label: t("Datacentre PUE", "PUE du centre de données"),
    help: t(
      "Power usage effectiveness: facility power ÷ IT power",
      "Efficacité énergétique : puissance du site ÷ puissance informatique",
    ),
    unit: "count",
    step: 0.1,
  },
  hostingUsdPerRackUnitMonth: {
    label: t("Colocation per rack unit", "Hébergement par unité de baie"),
    unit: "usdPerMonth",
  },
  supportPctOfCapexPerYear: {
    label: t("Hardware support", "Support matériel"),
    help: t("Support and maintenance, % of CAPEX per year", "Support et maintenance, en % du CAPEX par an"),
    unit: "percent",
  },
  amortisationMonths: {
    label: t("Amortisation", "Amortissement"),
    help: t("Straight-line depreciation period", "Durée d’amortissement linéaire"),
    unit: "months",
  },
  computeServerUsd: {
    label: t("CPU compute server", "Serveur de calcul CPU"),
    help: t(
      "One server (32 cores, 128 GB) for the platform components",
      "Un serveur (32 cœurs, 128 Go) pour les composants de la plateforme",
    ),
    unit: "usd",
    step: 100,
  },
  storageUsdPerTbMonth: {
    label: t("Storage prices", "Prix du stockage"),
    help: t(
      "Provisioned storage per TB per month (amortised hardware + hosting), USD",
      "Stockage provisionné par To et par mois (matériel amorti + hébergement), USD",
    ),
  },
  staffUsdPerMonth: {
    label: t("Other staff cost", "Autres coûts de personnel"),
    help: t(
      "Flat monthly amount on top of the staff FTEs below",
      "Montant mensuel fixe en plus des ETP ci-dessous",
    ),
    unit: "usdPerMonth",
    step: 100,
  },
  platformStaffFte: {
    label: t("Platform operations staff", "Personnel d’exploitation de la plateforme"),
    help: t(
      "Full-time equivalents running the platform components (also in the all-cloud alternative)",
      "Équivalents temps plein exploitant les composants de la plateforme (aussi dans l’alternative tout cloud)",
    ),
    basis: "planner",
    unit: "count",
    step: 0.05,
    decimals: 2,
  },
  servingStaffFte: {
    label: t("GPU serving operations staff", "Personnel d’exploitation du service GPU"),
    help: t(
      "Full-time equivalents running self-hosted model serving (none when every model is a cloud API)",
      "Équivalents temps plein exploitant le service de modèles auto-hébergé (aucun si tout est en API cloud)",
    ),
    basis: "planner",
    unit: "count",
    step: 0.05,
    decimals: 2,
  },
  staffUsdPerFteYear: {
    label: t("Cost per FTE", "Coût par ETP"),
    help: t("Fully loaded, per year", "Chargé, par an"),
    basis: "planner",
    unit: "usd",
    step: 1000,
  },
  hostingUsdPerKwMonth: {
    label: t("Colocation per kW", "Hébergement par kW"),
    help: t(
      "Per kW of rated power a month, on top of the price per rack unit (0: space pricing only)",
      "Par kW de puissance nominale et par mois, en plus du prix par unité de baie (0 : prix à l’espace seul)",
    ),
    unit: "usdPerMonth",
    step: 10,
  },
} satisfies Record<string, FieldMeta>;
