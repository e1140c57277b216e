export { advise, violations } from "./advise";
export {
  adviseResultSchema,
  EXCLUSION_CODES,
  exclusionSchema,
  optionSchema,
  type Exclusion,
  type AdviseResult,
  type AdviseOption,
  type Deployment,
} from "./advise-schema";
export { MODEL_SWAP_NOTE } from "./model-swap-note";
