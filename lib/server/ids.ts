import { randomBytes } from "node:crypto";

/** A random URL-safe id (base64url of `bytes` random bytes): plan ids 9 bytes → 12 characters. */
export function newId(bytes = 9): string {
  return randomBytes(bytes).toString("base64url");
}
