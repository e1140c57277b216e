/**
 * The sizing policy: the rules that turn the engine's capacity figures into a design — how much headroom serving
 * keeps, the production HA floors, how many replicas a demand needs, how power follows utilisation, and the monthly
 * operating-cost terms. Templates, the advisor, the rules and the cost report all read them here, so a template,
 * the advisor's recommendation and the findings on either always agree.
 */
export {
  aboveTargetUtilisation,
  minReplicas,
  PRODUCTION_MIN_REPLICAS,
  PRODUCTION_SERVING_MIN_REPLICAS,
  replicasFor,
  TARGET_UTILISATION,
  type Environment,
} from "./replicas";
export { averagePowerW, COOLING_LIMIT_KW, IDLE_POWER_SHARE, powerShare, rackLimitKw } from "./power";
export {
  amortisedUsdPerMonth,
  energyUsdPerMonth,
  hostingUsdPerMonth,
  ownershipUsdPerMonth,
  staffUsdPerMonth,
  storageUsdPerMonth,
  supportUsdPerMonth,
  type StorageMedia,
} from "./opex";
export {
  devicesPerServer,
  N_PLUS_ONE_AVAILABILITY_PCT,
  nPlusOneReplicas,
  replicasPerServer,
  requiresNPlusOne,
  survivesServerLoss,
} from "./ha";
