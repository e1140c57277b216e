import type { PlanIssue } from "../plan/parse";

/**
 * Domain errors of the storage layer. They say what went wrong in domain terms; lib/server/http.ts maps each to an
 * HTTP status and the API's JSON error body, so store code never deals with HTTP.
 */

export class NotFoundError extends Error {
  constructor(
    readonly entity: "plan" | "version" | "share link",
    readonly id: string,
    message?: string,
  ) {
    super(message ?? `${entity} "${id}" does not exist`);
    this.name = "NotFoundError";
  }
}

/** Someone saved in between: the edit was based on `baseRevision` but the plan is at `currentRevision`. */
export class ConflictError extends Error {
  constructor(
    readonly currentRevision: number,
    readonly baseRevision?: number,
  ) {
    super(
      (baseRevision === currentRevision
        ? `revision ${currentRevision + 1} was taken by another writer at the same moment`
        : `the plan was saved by someone else in the meantime: it is at revision ${currentRevision}` +
          (baseRevision !== undefined ? `, this edit was based on revision ${baseRevision}` : "")) +
        `; load the current revision, re-apply the edit and save with baseRevision ${currentRevision}`,
    );
    this.name = "ConflictError";
  }
}

/** A plan document failed validation. Issue paths are relative to the document (`$.nodes[2].id`). */
export class DocumentInvalidError extends Error {
  constructor(readonly issues: PlanIssue[]) {
    super(
      `the plan document is invalid: ${issues
        .slice(0, 3)
        .map((i) => `${i.path}: ${i.message}`)
        .join("; ")}${issues.length > 3 ? ` (+${issues.length - 3} more)` : ""}`,
    );
    this.name = "DocumentInvalidError";
  }
}

/** Any other invalid input; paths are relative to the request body. */
export class InputInvalidError extends Error {
  constructor(readonly issues: PlanIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join("; "));
    this.name = "InputInvalidError";
  }
}

export class TooManyNodesError extends Error {
  constructor(
    readonly count: number,
    readonly limit: number,
  ) {
    super(
      `the plan has ${count} nodes but a plan holds at most ${limit}: split it into several plans or merge replicas into one node`,
    );
    this.name = "TooManyNodesError";
  }
}

export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** A share link that existed but no longer works. */
export class LinkGoneError extends Error {
  constructor(
    readonly reason: "revoked" | "expired",
    readonly at: Date,
  ) {
    super(
      reason === "revoked"
        ? `this share link was revoked on ${at.toISOString()}: ask the plan's owner for a new link`
        : `this share link expired on ${at.toISOString()}: ask the plan's owner for a new link`,
    );
    this.name = "LinkGoneError";
  }
}

export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`too many requests from this address: retry in ${retryAfterSeconds} s`);
    this.name = "RateLimitedError";
  }
}

/**
 * The server declines work it could do later or not at all within its limits: the engine's queue is full
 * (`unavailable`, with Retry-After) or a job ran past its time limit (`job_timeout`; `limit` in ms).
 */
export class UnavailableError extends Error {
  constructor(
    readonly code: "unavailable" | "job_timeout",
    message: string,
    readonly retryAfterSeconds?: number,
    readonly limit?: number,
  ) {
    super(message);
    this.name = "UnavailableError";
  }
}

/** An anonymous caller sent more than the public engine routes accept (413 naming the limit). */
export class PublicLimitError extends Error {
  constructor(
    readonly what: string,
    readonly count: number,
    readonly limit: number,
  ) {
    super(
      `the public engine API accepts at most ${limit} ${what} per request without the owner's access, and this one has ${count}: send a smaller plan, or sign in / send Authorization: Bearer <owner key>`,
    );
    this.name = "PublicLimitError";
  }
}
