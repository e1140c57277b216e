import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildTemplate, TEMPLATE_IDS } from "../../templates";
import { exportBundle } from "../bundle";
import { validateValues } from "../testing/ajv";
import { parseYamlStream } from "../testing/bundle-files";
import { loadKubernetesModels, validateObject } from "../testing/k8s-validate";
import { podSpecOf, restrictedProblems } from "../testing/pod-security";
import { upstreamJson, upstreamYaml } from "../testing/upstream";
import { beforeAll } from "vitest";

beforeAll(loadKubernetesModels, 60_000);

/** Vendored files of each upstream chart: its Chart.yaml, default values and (when it ships one) its schema. */
const CHARTS: Record<string, { dir: string; schema: boolean }> = {
  cluster: { dir: "cloudnative-pg/chart-cluster", schema: true },
  redis: { dir: "bitnami-redis", schema: true },
  "vllm-stack": { dir: "vllm-production-stack", schema: true },
  chromadb: { dir: "chroma/chromadb-chart", schema: false },
  meilisearch: { dir: "meilisearch", schema: false },
  minio: { dir: "minio-chart", schema: false },
  "dcgm-exporter": { dir: "dcgm-exporter", schema: false },
};

/** Values the charts hand to Kubernetes unchanged (resources, security contexts, env maps): their keys are Kubernetes'. */
const PASSTHROUGH = new Set([
  "environment",
  "resources",
  "securityContext",
  "podSecurityContext",
  "containerSecurityContext",
]);

/**
 * Keys of `values` that the chart's default values.yaml does not have. Below a default that is a free-form map
 * ({}), a list or null, and below a pass-through key, anything goes (resources, annotations, parameters…).
 */
function unknownKeys(values: unknown, defaults: unknown, path = ""): string[] {
  if (!values || typeof values !== "object" || Array.isArray(values)) return [];
  if (!defaults || typeof defaults !== "object" || Array.isArray(defaults)) return [];
  const known = defaults as Record<string, unknown>;
  if (Object.keys(known).length === 0) return [];
  return Object.entries(values as Record<string, unknown>).flatMap(([k, v]) =>
    !(k in known) ? [`${path}.${k}`] : PASSTHROUGH.has(k) ? [] : unknownKeys(v, known[k], `${path}.${k}`),
  );
}

interface Dependency {
  name: string;
  version: string;
  repository: string;
  alias?: string;
}

function chart(id: (typeof TEMPLATE_IDS)[number]) {
  const { files } = exportBundle(buildTemplate(id));
  const chartYaml = parse(files["helm/Chart.yaml"]!) as { dependencies: Dependency[] };
  const values = parse(files["helm/values.yaml"]!) as Record<string, unknown>;
  return { files, deps: chartYaml.dependencies, values };
}

describe("Helm umbrella chart", () => {
  it.each(TEMPLATE_IDS)("%s: dependencies are pinned to the upstream releases", (id) => {
    const { deps } = chart(id);
    expect(deps.length).toBeGreaterThan(0);
    for (const d of deps) {
      const upstream = upstreamYaml<{ name: string; version: string }>(`${CHARTS[d.name]!.dir}/Chart.yaml`);
      expect({ name: d.name, version: d.version }).toEqual({
        name: upstream.name,
        version: upstream.version,
      });
    }
  });

  it.each(TEMPLATE_IDS)(
    "%s: each dependency's values validate against its chart (schema and default keys)",
    (id) => {
      const { deps, values } = chart(id);
      for (const d of deps) {
        const v = values[d.alias ?? d.name];
        const { dir, schema } = CHARTS[d.name]!;
        if (schema)
          expect(validateValues(upstreamJson(`${dir}/values.schema.json`), v), `${d.name} schema`).toEqual(
            [],
          );
        expect(unknownKeys(v, upstreamYaml(`${dir}/values.yaml`)), `${d.name} keys`).toEqual([]);
      }
    },
  );

  it("the charts' schemas and defaults refuse what Helm would: a wrong type, a misspelt key", () => {
    const { values } = chart("enterprise");
    const postgres = structuredClone(values.postgres) as { cluster: Record<string, unknown> };
    postgres.cluster.instances = "four";
    expect(
      validateValues(upstreamJson("cloudnative-pg/chart-cluster/values.schema.json"), postgres).join(),
    ).toMatch(/instances must be integer/);
    const meili = { ...(values.meili as Record<string, unknown>), persistance: { enabled: true } };
    expect(unknownKeys(meili, upstreamYaml("meilisearch/values.yaml"))).toEqual([".persistance"]);
  });

  it("the umbrella's values.schema.json admits its values and refuses an unknown dependency key", () => {
    const { files, values } = chart("enterprise");
    const schema = JSON.parse(files["helm/values.schema.json"]!) as Record<string, unknown>;
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(validateValues(schema, values)).toEqual([]);
    expect(validateValues(schema, { ...values, postgress: {} }).join()).toMatch(
      /additional properties \(postgress\)/,
    );
  });

  it.each(TEMPLATE_IDS)("%s: the chart's own templates are valid manifests with restricted pods", (id) => {
    const { files } = chart(id);
    const docs = Object.entries(files)
      .filter(([p]) => p.startsWith("helm/templates/"))
      .flatMap(([, text]) => parseYamlStream(text));
    expect(docs.length).toBeGreaterThan(5);
    expect(docs.flatMap(validateObject)).toEqual([]);
    const pods = docs.flatMap((d) => {
      const pod = podSpecOf(d);
      return pod ? restrictedProblems(pod, String(d.kind)) : [];
    });
    expect(pods).toEqual([]);
  });

  it("carries the plan's sizing into the stores' charts and the vLLM stack", () => {
    const { values } = chart("enterprise");
    expect(values.postgres).toMatchObject({
      fullnameOverride: "postgres",
      cluster: { instances: 4, storage: { size: "3431G", storageClass: "fast-ssd" } },
      backups: { enabled: true, method: "plugin" },
      poolers: [{ name: "rw", instances: 2 }],
    });
    expect(values.redis).toMatchObject({
      architecture: "replication",
      replica: { replicaCount: 6 },
      sentinel: { enabled: true },
    });
    expect(values.s3).toMatchObject({ mode: "distributed", replicas: 8, drivesPerNode: 1 });
    const vllm = values["vllm-stack"] as { servingEngineSpec: { modelSpec: Record<string, unknown>[] } };
    expect(vllm.servingEngineSpec.modelSpec.find((m) => m.name === "llm")).toMatchObject({
      modelURL: "meta-llama/Llama-3.3-70B-Instruct",
      replicaCount: 6, // rate-based sizing needs 2 TP2 instances; N+1 across two 8-GPU boards: 4 + 2
      requestGPU: 2,
      vllmConfig: { tensorParallelSize: 2, maxNumSeqs: 74, maxModelLen: 4352 },
    });
  });
});
