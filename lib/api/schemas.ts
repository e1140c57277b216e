/**
 * Every request and response schema of the REST API, in one pure module (no server or React code): the route
 * handlers parse with them, lib/api/openapi.ts turns them into the OpenAPI document, and the client hooks parse
 * responses with them.
 */
export * from "./plan-schemas";
export * from "./version-schemas";
export * from "./share-schemas";
export * from "./diff-schema";
export * from "./errors";
export * from "./limits";
