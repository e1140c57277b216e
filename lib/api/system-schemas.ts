import { z } from "zod";

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
        url: z
          .string()
          .optional()
          .describe(
            "The owner only: SQLite file URL, or the PostgreSQL URL with its password redacted (never shown to anonymous callers)",
          ),
        reachable: z.boolean(),
        migrationsApplied: z.boolean(),
        pendingMigrations: z.array(z.string()),
        error: z
          .string()
          .optional()
          .describe(
            "Why the database is unreachable (the owner only; anonymous callers see reachable: false)",
          ),
      })
      .strict(),
    engine: z
      .object({
        threads: z.number().int().describe("Worker threads of the engine pool"),
        running: z.number().int().describe("Jobs running now"),
        queued: z.number().int().describe("Jobs waiting for a thread (above ENGINE_QUEUE: 503)"),
      })
      .strict()
      .optional()
      .describe("The owner only, once the engine has started: its worker pool's load"),
  })
  .strict();
export type Health = z.infer<typeof healthSchema>;

/** The JSON answer of the export endpoints (`Accept: application/json`): the files to preview and the warnings. */
export const exportFilesResponseSchema = z
  .object({
    fileName: z.string().describe("The zip's file name"),
    format: z.string(),
    environment: z.string(),
    files: z.record(z.string(), z.string()).describe("Path in the bundle → file content"),
    warnings: z.array(
      z
        .object({ code: z.string(), subject: z.string().nullable(), message: z.string() })
        .strict()
        .describe("What the bundle could not express, and why (also listed in its README.md)"),
    ),
  })
  .strict();

/** One item of a POST /api/estimate batch that failed (the batch itself never fails as a whole). */
export const estimateItemErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), path: z.string() }) })
  .describe("The error of one batch item");

/** GET /api/session: the one-time sign-in link. */
export const signInQuerySchema = z.object({
  key: z.string().describe("The owner key"),
  next: z.string().optional().describe("A path of this site to open after signing in (default /plans)"),
});
