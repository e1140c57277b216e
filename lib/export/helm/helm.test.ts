import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { buildTemplate, TEMPLATE_IDS } from "../../templates";
import { exportBundle } from "../bundle";
import { validateJsonSchema } from "../testing/json-schema-lite";
import { valuesSchema } from "./values-schema";

describe("Helm values", () => {
  it.each(TEMPLATE_IDS)("%s: values.yaml validates against values.schema.json and the zod schema", (id) => {
    const { files } = exportBundle(buildTemplate(id));
    const values = parse(files["helm/values.yaml"]!) as Record<string, unknown>;
    const schema = JSON.parse(files["helm/values.schema.json"]!) as Record<string, unknown>;
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(validateJsonSchema(schema, values)).toEqual([]);
    expect(valuesSchema.safeParse(values).success).toBe(true);
  });

  it("values.schema.json is z.toJSONSchema of the zod schema (one source)", () => {
    const { files } = exportBundle(buildTemplate("minimal"));
    expect(JSON.parse(files["helm/values.schema.json"]!)).toEqual(
      z.toJSONSchema(valuesSchema, { target: "draft-7" }),
    );
  });

  it("the JSON Schema rejects what Helm must refuse: unknown keys, wrong types, bad quantities", () => {
    const { files } = exportBundle(buildTemplate("enterprise"));
    const schema = JSON.parse(files["helm/values.schema.json"]!) as Record<string, unknown>;
    const values = parse(files["helm/values.yaml"]!) as {
      global: Record<string, unknown>;
      components: Record<string, Record<string, unknown>>;
    };
    const broken = structuredClone(values);
    broken.global.replica = 3;
    broken.components.api!.replicas = "eight";
    (broken.components.api!.resources as { limits: { memory: string } }).limits.memory = "6 GB";
    const errors = validateJsonSchema(schema, broken).join("\n");
    expect(errors).toMatch(/\$\.global\.replica: no value allowed/);
    expect(errors).toMatch(/\$\.components\.api\.replicas: expected integer/);
    expect(errors).toMatch(/limits\.memory: does not match/);
  });

  it("carries the plan's sizing: replicas, autoscaling, GPUs, storage and serving settings", () => {
    const values = parse(exportBundle(buildTemplate("enterprise")).files["helm/values.yaml"]!);
    expect(values.components.api).toMatchObject({
      replicas: 8,
      autoscaling: { enabled: true, minReplicas: 5, maxReplicas: 10, targetCPUUtilizationPercentage: 70 },
      resources: { requests: { cpu: "4", memory: "6Gi" } },
    });
    expect(values.components.postgres.persistence).toMatchObject({ storageClass: "fast-ssd", size: "3431G" });
    expect(values.components.llm.serving).toMatchObject({
      tensorParallelSize: 2,
      maxNumSeqs: 39,
      precision: "fp8",
    });
    expect(values.components.llm.resources.limits["nvidia.com/gpu"]).toBe(2);
    expect(values.components.monitoring.resources.limits).toEqual({ cpu: "4", memory: "16Gi" });
    expect(values.ingress.controller.replicaCount).toBe(2);
  });
});
