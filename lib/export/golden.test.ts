/**
 * Golden files of the bundle, per template: a manifest of every file's SHA-256 (and the zip's), plus a few files in
 * full so a diff shows what changed. Byte-compared. After an intended change, regenerate with:
 *
 *   UPDATE_GOLDEN=1 npx vitest run lib/export/golden.test.ts
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildTemplate, TEMPLATE_IDS, type TemplateId } from "../templates";
import { exportBundle } from "./bundle";
import { zipFiles } from "./zip";

const ROOT = fileURLToPath(new URL("./__golden__/", import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === "1";

/** Files kept in full (small, and the ones reviewers read): the rest are covered by their hash. */
const FULL: Partial<Record<TemplateId, string[]>> = {
  minimal: [
    "README.md",
    "compose/docker-compose.yml",
    "kubernetes/overlays/dev/kustomization.yaml",
    "report/proposal.md",
  ],
  enterprise: [
    "kubernetes/base/components/llm.yaml",
    "kubernetes/overlays/staging/kustomization.yaml",
    "monitoring/alerts.rules.yml",
    "report/bill-of-materials.csv",
  ],
  "mac-cluster": ["kubernetes/base/external-services.yaml"],
};

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
const goldenName = (path: string) => `${path.replace(/\//g, "__")}.golden`;

function manifest(files: Record<string, string>): string {
  const lines = Object.entries(files).map(([path, content]) => `${sha256(content)}  ${path}`);
  lines.push(`${sha256(zipFiles(files))}  (bundle.zip)`);
  return `${lines.join("\n")}\n`;
}

describe("golden bundles", () => {
  it.each(TEMPLATE_IDS)("%s matches its golden files byte for byte", (id) => {
    const { files } = exportBundle(buildTemplate(id));
    const dir = join(ROOT, id);
    const expected: Record<string, string> = { "manifest.txt": manifest(files) };
    for (const path of FULL[id] ?? []) expected[join("files", goldenName(path))] = files[path]!;
    if (UPDATE) {
      rmSync(dir, { recursive: true, force: true });
      for (const [name, content] of Object.entries(expected)) {
        mkdirSync(join(dir, name, ".."), { recursive: true });
        writeFileSync(join(dir, name), content);
      }
    }
    for (const [name, content] of Object.entries(expected)) {
      const file = join(dir, name);
      if (!existsSync(file))
        throw new Error(
          `missing golden file ${file}: run UPDATE_GOLDEN=1 npx vitest run lib/export/golden.test.ts`,
        );
      expect(content, `${id}/${name} differs from its golden file`).toBe(readFileSync(file, "utf8"));
    }
  });
});
