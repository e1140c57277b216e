export {
  estimate,
  estimateBatch,
  estimateDetail,
  estimateResolved,
  toEstimateError,
  type EstimateDetail,
} from "./estimate";
export {
  estimateRequestSchema,
  estimateResultSchema,
  type EstimateRequest,
  type EstimateRequestInput,
  type EstimateResult,
  type EstimateError,
  type EngineWarning,
} from "./estimate-schema";
export { EngineInputError, resolveRequest, type ResolvedRequest } from "./resolve";
export { EFFICIENCY_TABLE, efficiencyFor } from "./efficiency";
