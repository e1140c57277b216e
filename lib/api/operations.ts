import { ENGINE_OPERATIONS } from "./engine-schemas";
import { EXPORT_OPERATIONS } from "./export-schemas";
import type { ApiOperation } from "./operation";
import { PLAN_OPERATIONS } from "./plan-schemas";
import { SHARE_OPERATIONS } from "./share-schemas";
import { SYSTEM_OPERATIONS } from "./system-schemas";
import { VERSION_OPERATIONS } from "./version-schemas";

/**
 * Every operation of the REST API, for the OpenAPI document and the tests (one route file under app/api per path,
 * exporting one handler per method). Declared beside their schemas; the browser client imports only the ones it
 * calls, so this list — which reaches the engine's schemas — stays on the server.
 */
export const API_OPERATIONS: readonly ApiOperation[] = [
  ...PLAN_OPERATIONS,
  ...VERSION_OPERATIONS,
  ...SHARE_OPERATIONS,
  ...EXPORT_OPERATIONS,
  ...ENGINE_OPERATIONS,
  ...SYSTEM_OPERATIONS,
];
