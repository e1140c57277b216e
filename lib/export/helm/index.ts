import type { DeploymentModel } from "../model/build";
import { namespacesFor } from "../model/environment";
import { toJson, toYaml } from "../yaml";
import { chartOf, chartYaml, DCGM_ALIAS, VLLM_ALIAS, type Dependency } from "./charts";
import { dcgmValues, vllmValues } from "./servers";
import { chromaValues, meiliValues, minioValues, postgresValues, redisValues } from "./stores";
import { helmResolver, templateFiles } from "./templates";
import { valuesJsonSchema, valuesSchema, type HelmValues } from "./values-schema";

/** The dependencies of the plan and each one's values, keyed by alias. */
export function dependencyValues(model: DeploymentModel): {
  deps: Dependency[];
  values: Record<string, unknown>;
} {
  const deps: Dependency[] = [];
  const values: Record<string, unknown> = {};
  const resolve = helmResolver(model);
  const vllm = model.workloads.filter((w) => chartOf(w) === "vllm");
  for (const w of model.workloads) {
    const chart = chartOf(w);
    if (!chart || chart === "vllm") continue;
    deps.push({ alias: w.name, chart });
    if (chart === "postgres") {
      const s3 = w.connections.find((c) => c.targetKind === "s3");
      values[w.name] = postgresValues(
        w,
        model.prefix,
        s3 ? `http://${resolve(s3)}:${s3.port}` : "https://s3.REPLACE-ME.example.com",
      );
    } else if (chart === "redis") values[w.name] = redisValues(w);
    else if (chart === "chroma") values[w.name] = chromaValues(w);
    else if (chart === "meili") values[w.name] = meiliValues(w);
    else values[w.name] = minioValues(w);
  }
  if (vllm.length) {
    deps.push({ alias: VLLM_ALIAS, chart: "vllm" });
    values[VLLM_ALIAS] = vllmValues(vllm, model.modelCaches);
  }
  if (model.workloads.some((w) => w.gpu)) {
    deps.push({ alias: DCGM_ALIAS, chart: "dcgm" });
    values[DCGM_ALIAS] = dcgmValues();
  }
  return { deps, values };
}

/**
 * helm/: a real umbrella chart — Chart.yaml with the upstream charts pinned, values.yaml with each dependency's
 * values, values.schema.json for the umbrella's own keys, and templates/ for the platform's own parts.
 */
export function helmFiles(base: DeploymentModel): Record<string, string> {
  // The chart installs one environment: the app tier's namespace is that environment's (Kustomize uses overlays).
  const model = { ...base, namespaces: namespacesFor(base.prefix, base.environment) };
  const { deps, values } = dependencyValues(model);
  const all: HelmValues = { global: { security: { allowInsecureImages: true } }, ...values };
  const aliases = deps.map((d) => d.alias);
  // The generator and the schema must agree: a mismatch is a bug, caught here rather than by `helm install`.
  valuesSchema(aliases).parse(all);
  return {
    "helm/Chart.yaml": toYaml(chartYaml(model.prefix, model.plan.metadata.name, deps)),
    "helm/values.yaml": toYaml(all),
    "helm/values.schema.json": toJson(valuesJsonSchema(aliases)),
    ...templateFiles(model),
  };
}
