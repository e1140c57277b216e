export { advise, violations } from "./advise";
export {
  adviseResultSchema,
  optionSchema,
  type AdviseResult,
  type AdviseOption,
  type Deployment,
} from "./advise-schema";
export { specScenarios } from "./spec-scenarios";
