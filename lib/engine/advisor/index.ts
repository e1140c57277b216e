export { advise, violations } from "./advise";
export {
  adviseResultSchema,
  optionSchema,
  type AdviseResult,
  type AdviseOption,
  type Deployment,
} from "./advise-schema";
