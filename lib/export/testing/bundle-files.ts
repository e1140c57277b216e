/** Test helpers over a bundle's files: YAML documents, names, writing to a temp dir, running the CLI tools. */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseAllDocuments } from "yaml";

/** Every YAML document of every Kubernetes manifest in the base (kustomization files excluded). */
export function baseDocuments(files: Record<string, string>): Record<string, unknown>[] {
  return Object.entries(files)
    .filter(
      ([p]) => p.startsWith("kubernetes/base/") && p.endsWith(".yaml") && !p.endsWith("kustomization.yaml"),
    )
    .flatMap(([, text]) => parseYamlStream(text));
}

export function parseYamlStream(text: string): Record<string, unknown>[] {
  return parseAllDocuments(text).map((d) => {
    if (d.errors.length) throw new Error(d.errors.map((e) => e.message).join("; "));
    return d.toJS() as Record<string, unknown>;
  });
}

export function writeBundle(files: Record<string, string>, prefix = "stackplan-bundle-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/**
 * Runs a validator binary. A missing binary is a failure with the fix, never a skip: `.ci/run` installs kubectl,
 * docker-compose and promtool (Debian packages kubectl, docker-compose, prometheus).
 */
export function runTool(bin: string, args: string[], cwd: string): { stdout: string; stderr: string } {
  const r = spawnSync(bin, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.error && (r.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new Error(
      `${bin} is not installed: the export tests need it. .ci/run installs it (apt-get install kubectl docker-compose prometheus).`,
    );
  }
  if (r.status !== 0)
    throw new Error(`${bin} ${args.join(" ")} failed (exit ${r.status}):\n${r.stderr}\n${r.stdout}`);
  return { stdout: r.stdout, stderr: r.stderr };
}

/** DNS-1123 label (what every object name and namespace we generate must be; Services need DNS-1035). */
export const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** The value at a dotted path (`spec.template.spec.containers.0.args`) of parsed YAML, typed by the caller. */
export function at<T = unknown>(value: unknown, path: string): T {
  return path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value) as T;
}

/** The object of a kind and name among parsed documents (throws when absent: a test wants it). */
export function findObject(
  docs: Record<string, unknown>[],
  kind: string,
  name: string,
): Record<string, unknown> {
  const found = docs.find((d) => d.kind === kind && at(d, "metadata.name") === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
}
