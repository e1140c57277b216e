import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { exportBundle } from "./bundle";
import { baseDocuments, DNS_1123_LABEL, parseYamlStream } from "./testing/bundle-files";
import { planVariation, variedPlan } from "./testing/hostile-plans";
import { loadKubernetesModels, validateObject } from "./testing/k8s-validate";
import { validateValues } from "./testing/ajv";
import { parse } from "yaml";

beforeAll(loadKubernetesModels, 60_000);

describe("export of any valid plan (property)", () => {
  it("never throws; names are DNS-1123 labels; every object validates; plan text round-trips", () => {
    fc.assert(
      fc.property(planVariation, (v) => {
        const plan = variedPlan(v);
        const bundle = exportBundle(plan);
        const docs = baseDocuments(bundle.files);
        expect(docs.flatMap(validateObject)).toEqual([]);
        for (const d of docs) {
          const meta = d.metadata as {
            name: string;
            namespace?: string;
            annotations?: Record<string, string>;
          };
          expect(meta.name).toMatch(DNS_1123_LABEL);
          expect(meta.name.length).toBeLessThanOrEqual(63);
          if (meta.namespace) expect(meta.namespace).toMatch(DNS_1123_LABEL);
        }
        // Any text survives YAML escaping exactly.
        const planConfig = docs.find((d) => (d.metadata as { name: string }).name === "stackplan-plan")!;
        expect((planConfig.data as Record<string, string>).PLAN_NAME).toBe(plan.metadata.name);
        const labels = docs
          .filter((d) => d.kind === "Deployment" || d.kind === "StatefulSet")
          .map(
            (d) => (d.metadata as { annotations: Record<string, string> }).annotations["stackplan.io/label"],
          );
        for (const l of labels) expect(plan.nodes.some((n) => n.label === l)).toBe(true);
        const schema = JSON.parse(bundle.files["helm/values.schema.json"]!) as Record<string, unknown>;
        expect(validateValues(schema, parse(bundle.files["helm/values.yaml"]!))).toEqual([]);
        expect(parseYamlStream(bundle.files["compose/docker-compose.yml"]!)).toHaveLength(1);
        // README: the title stays one heading line whatever the name holds.
        const title = bundle.files["README.md"]!.split("\n")[0]!;
        expect(title.startsWith("# ")).toBe(true);
        expect(title.endsWith(" — deployable bundle")).toBe(true);
      }),
      { numRuns: 25, seed: 20251127 },
    );
    // 25 whole bundles, each validated object by object (CRDs included): minutes on a loaded 2-core machine.
  }, 300_000);

  it("is deterministic: the same plan gives byte-identical files", () => {
    fc.assert(
      fc.property(planVariation, (v) => {
        const plan = variedPlan(v);
        expect(exportBundle(plan).files).toStrictEqual(exportBundle(structuredClone(plan)).files);
      }),
      { numRuns: 5, seed: 7 },
    );
  });
});
