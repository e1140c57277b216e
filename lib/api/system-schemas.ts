import { z } from "zod";
import { defineOperation } from "./operation";

/** Schemas of the system endpoints (health, this API's description, sign-in), and their operations. */

/** GET /api/health: the version, whether the database answers, and whether every committed migration is applied. */
export const healthSchema = z
  .object({
    status: z.enum(["ok", "degraded"]).describe("ok: 200; degraded: 503"),
    version: z.string().describe("The app's version (package.json)"),
    planSchemaVersion: z.number().int(),
    catalogVersion: z.string(),
    database: z
      .object({
        provider: z.enum(["sqlite", "postgres"]),
        url: z.string().describe("SQLite file URL, or the PostgreSQL URL with its password redacted"),
        reachable: z.boolean(),
        migrationsApplied: z.boolean(),
        pendingMigrations: z.array(z.string()),
        error: z.string().optional(),
      })
      .strict(),
  })
  .strict()
  .meta({ id: "Health" });
export type Health = z.infer<typeof healthSchema>;

/** GET /api/session: the one-time sign-in link. */
export const signInQuerySchema = z.object({
  key: z.string().describe("The owner key"),
  next: z.string().optional().describe("A path of this site to open after signing in (default /plans)"),
});

/** POST /api/session: the sign-in form's fields (or the same as JSON). */
export const signInBodySchema = z
  .object({
    key: z.string().describe("The owner key"),
    next: z.string().optional().describe("Where to go next (a path of this site)"),
  })
  .describe("The owner key and where to go next");

/** GET /api/openapi.json: an OpenAPI 3.1 document (checked against the specification's schema by a test). */
export const openApiDocumentSchema = z
  .object({ openapi: z.string(), info: z.object({ title: z.string(), version: z.string() }) })
  .loose()
  .describe("An OpenAPI 3.1 document");

// Operations -------------------------------------------------------------------------------------------------------

export const healthOperation = defineOperation({
  id: "getHealth",
  method: "get",
  path: "/api/health",
  auth: "public",
  tag: "system",
  summary: "Version, database reachable, migrations applied",
  ok: { status: 200, schema: healthSchema, description: "Healthy" },
  errors: [],
  other: {
    "503": { schema: healthSchema, description: "Degraded: the database is unreachable or not migrated" },
  },
});

export const openApiOperation = defineOperation({
  id: "getOpenApiDocument",
  method: "get",
  path: "/api/openapi.json",
  auth: "public",
  tag: "system",
  summary: "This OpenAPI 3.1 document",
  ok: { status: 200, schema: openApiDocumentSchema, description: "The OpenAPI document" },
  errors: [],
});

const SIGNED_IN = "To `next` with the owner cookie, or back to /sign-in?error=…";

export const signInLinkOperation = defineOperation({
  id: "signInWithLink",
  method: "get",
  path: "/api/session",
  auth: "public",
  tag: "session",
  summary: "Sign in with the one-time link `npm start` prints (sets the owner cookie)",
  query: signInQuerySchema,
  ok: { status: 303, description: SIGNED_IN },
  errors: [],
});

export const signInOperation = defineOperation({
  id: "signIn",
  method: "post",
  path: "/api/session",
  auth: "public",
  tag: "session",
  summary: "Sign in with the owner key (the /sign-in form: form fields or JSON `{ key, next }`)",
  body: { schema: signInBodySchema, form: true },
  ok: { status: 303, description: SIGNED_IN },
  errors: [],
});

export const signOutOperation = defineOperation({
  id: "signOut",
  method: "post",
  path: "/api/session/sign-out",
  auth: "public",
  tag: "session",
  summary: "Sign out (clears the owner cookie)",
  ok: { status: 303, description: "To /sign-in" },
  errors: [],
});

export const SYSTEM_OPERATIONS = [
  healthOperation,
  openApiOperation,
  signInLinkOperation,
  signInOperation,
  signOutOperation,
];
