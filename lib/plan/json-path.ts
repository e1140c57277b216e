import type { z } from "zod";

/** One problem in a document: where (a JSON path such as `$.nodes[2].serving.precision`) and what is wrong. */
export interface PlanIssue {
  path: string;
  message: string;
}

/** Renders a zod path as a JSON path: ["nodes", 2, "id"] → `$.nodes[2].id`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = "$";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (typeof part === "string" && /^[A-Za-z_$][\w$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

export function zodIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): PlanIssue[] {
  return error.issues.map((issue) => ({
    path: jsonPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
}
