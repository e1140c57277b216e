export {
  useAdvisor,
  useScenarioComparison,
  useSensitivity,
  requestSpecScenarios,
  type AdvisorOptions,
} from "./use-advisor";
export {
  useEngineTask,
  type EngineTaskOptions,
  type EngineTaskState,
  type EngineTaskStatus,
} from "./use-engine-task";
export {
  createEngineClient,
  getEngineClient,
  SupersededError,
  type EngineClient,
  type EngineClientOptions,
  type WorkerLike,
} from "./engine-client";
export { planSignature } from "./plan-signature";
export type { EngineRequest, EngineResults, SensitivityBase, SensitivityResult } from "./protocol";
