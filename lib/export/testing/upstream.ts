/** The vendored upstream files (testing/upstream/, provenance in its README) and the lists in testing/metrics/. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse, parseAllDocuments } from "yaml";

const ROOT = fileURLToPath(new URL("./", import.meta.url));

export function upstreamText(path: string): string {
  return readFileSync(`${ROOT}upstream/${path}`, "utf8");
}

export function upstreamYaml<T = unknown>(path: string): T {
  return parse(upstreamText(path)) as T;
}

export function upstreamJson<T = unknown>(path: string): T {
  return JSON.parse(upstreamText(path)) as T;
}

/** Every document of a YAML file (CRD files hold one). */
export function upstreamDocuments(path: string): Record<string, unknown>[] {
  return parseAllDocuments(upstreamText(path)).map((d) => d.toJS() as Record<string, unknown>);
}

/**
 * Metric names a list declares, with the series names Prometheus scrapes from them: counters as `_total`,
 * histograms as `_bucket`/`_sum`/`_count` (the lists' own headers say so). Lines are `name<TAB>type…`.
 */
export function metricNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const [name, type] = line.split("\t");
    if (!name || !type) continue;
    out.add(name);
    if (type === "counter" && !name.endsWith("_total")) out.add(`${name}_total`);
    if (type === "histogram") for (const s of ["_bucket", "_sum", "_count"]) out.add(`${name}${s}`);
  }
  return out;
}

/** Every metric a deployed exporter or engine of the bundle emits, by the list it comes from. */
export function knownMetrics(): Set<string> {
  const lists = [
    upstreamText("vllm/metric-names.txt"),
    upstreamText("dcgm-exporter/metric-names.txt"),
    readFileSync(`${ROOT}metrics/cnpg-metric-names.txt`, "utf8"),
    readFileSync(`${ROOT}metrics/redis-exporter-metric-names.txt`, "utf8"),
    readFileSync(`${ROOT}metrics/platform-metric-names.txt`, "utf8"),
  ];
  return new Set(lists.flatMap((t) => [...metricNames(t)]));
}
