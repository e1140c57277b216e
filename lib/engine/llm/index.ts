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
export {
  API_FIELD_NAMES,
  TooManyDevicesError,
  tooManyDevicesMessage,
  withProductDevices,
  type DeviceFieldNames,
  type DevicesFromProduct,
  type TooManyDevices,
} from "./product-devices";
export { EFFICIENCY_TABLE, efficiencyFor } from "./efficiency";
