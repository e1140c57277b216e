import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const API_DIR = join(process.cwd(), "app", "api");
export const HTTP_METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"] as const;

export interface ApiRoute {
  /** The route's path in OpenAPI form: `/api/plans/{id}/versions/{rev}`. */
  path: string;
  /** The module's exports (the handlers by method). */
  mod: Record<string, unknown>;
  /** Methods it exports, upper case. */
  methods: (typeof HTTP_METHODS)[number][];
}

/** Every route.ts under app/api (test folders starting with `_` skipped), imported. */
export async function apiRoutes(): Promise<ApiRoute[]> {
  const out: ApiRoute[] = [];
  const walk = async (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (!name.startsWith("_")) await walk(full);
      } else if (name === "route.ts") {
        const path = `/api/${relative(API_DIR, dir)}`.replace(/\[([^\]]+)\]/g, "{$1}");
        const mod = (await import(full)) as Record<string, unknown>;
        out.push({ path, mod, methods: HTTP_METHODS.filter((m) => typeof mod[m] === "function") });
      }
    }
  };
  await walk(API_DIR);
  return out;
}
