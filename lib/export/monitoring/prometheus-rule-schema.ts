import { z } from "zod";

/**
 * Structural schema of the PrometheusRule we emit (monitoring.coreos.com/v1, from the Prometheus Operator CRD),
 * strict so that misspelled keys fail the tests. kubernetes-models has no schema for CRDs.
 */
const ruleSchema = z
  .object({
    alert: z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/),
    expr: z.string().min(1),
    for: z.string().regex(/^(\d+(ms|s|m|h|d|w|y))+$/),
    labels: z.record(z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/), z.string()),
    annotations: z.record(z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/), z.string()),
  })
  .strict();

export const prometheusRuleSchema = z
  .object({
    apiVersion: z.literal("monitoring.coreos.com/v1"),
    kind: z.literal("PrometheusRule"),
    metadata: z
      .object({
        name: z.string().regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/),
        namespace: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/),
        labels: z.record(z.string(), z.string()).optional(),
      })
      .strict(),
    spec: z
      .object({
        groups: z.array(z.object({ name: z.string().min(1), rules: z.array(ruleSchema) }).strict()),
      })
      .strict(),
  })
  .strict();
